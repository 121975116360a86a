#pragma once

// Reads ESC/POS bytes back the way a receipt printer would take them, for the
// tests: the printed lines with their style, raster pictures (GS v 0) as
// images, the QR codes the printer is asked to draw itself (GS ( k) and the
// cuts. It knows only the commands the console may send; anything else is a
// failure (with its offset), as is text after the last line feed, which a
// printer would never print. Text is decoded from the selected code page with
// glibc's iconv, not with the console's own table, so a wrong table shows.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <iconv.h>

namespace EscPos {

struct Style
{
    int align = 0; // 0 left, 1 centre, 2 right
    bool bold = false;
    int width = 1;  // character width multiplier
    int height = 1; // character height multiplier
    bool inverted = false;
    friend bool operator==(const Style &a, const Style &b)
    {
        return a.align == b.align && a.bold == b.bold && a.width == b.width && a.height == b.height
                && a.inverted == b.inverted;
    }
};

struct Line
{
    QString text;
    Style style;
    bool mixedStyle = false; // a style changed inside the line
    // Columns of font A the line takes on paper.
    int columns() const { return int(text.size()) * style.width; }
};

struct NativeQr
{
    int model = 0;           // 49 model 1, 50 model 2, 51 micro
    int moduleSize = 0;      // dots per module
    int errorCorrection = 0; // 48 L, 49 M, 50 Q, 51 H
    QByteArray data;         // as stored with function 180
};

struct Raster
{
    QImage image; // Grayscale8: 0 where a dot is burnt, 255 elsewhere
    int density = 0;
};

struct Parsed
{
    enum class Item { Line, Raster, Qr, Cut, Feed };

    bool ok = false;
    QString error;
    int errorOffset = -1;

    int initialisations = 0;
    bool codePageBeforeText = false; // ESC t came before the first non-ASCII text
    int codePage = 0;
    QList<Line> lines;
    QList<Raster> rasters;
    QList<NativeQr> qrs;
    int cuts = 0;
    int lastCutMode = -1; // GS V m
    int feedLines = 0;
    QByteArray textBytes; // every byte printed as text, as sent
    QList<Item> items;    // what came out of the printer, in order

    QStringList texts() const
    {
        QStringList out;
        for (const Line &line : lines)
            out << line.text;
        return out;
    }
    // All text as one string of words: for finding what was wrapped.
    QString words() const { return texts().join(QLatin1Char(' ')).simplified(); }
    // Nothing comes out after the last cut.
    bool endsWithCut() const { return !items.isEmpty() && items.last() == Item::Cut; }
};

namespace detail {

inline QString decode(const QByteArray &bytes, int codePage, bool *ok)
{
    *ok = true;
    bool ascii = true;
    for (const char c : bytes)
        ascii = ascii && uchar(c) < 0x80;
    if (ascii)
        return QString::fromLatin1(bytes);
    const char *name = codePage == 19 ? "IBM858" : codePage == 0 ? "IBM437" : codePage == 2 ? "IBM850" : nullptr;
    if (!name) {
        *ok = false;
        return QString();
    }
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == iconv_t(-1)) {
        *ok = false;
        return QString();
    }
    QByteArray in = bytes;
    QByteArray out(bytes.size() * 4 + 4, '\0');
    char *inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (result == size_t(-1)) {
        *ok = false;
        return QString();
    }
    out.resize(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

}

inline Parsed parse(const QByteArray &bytes)
{
    Parsed p;
    Style style;
    QByteArray pending;
    Style pendingStyle;
    bool pendingMixed = false;
    bool codePageSet = false;
    NativeQr current; // a QR code's settings and data gather until it is printed
    bool sawNonAsciiText = false;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    const auto at = [&](qsizetype k) { return uchar(bytes.at(k)); };
    const auto fail = [&](const QString &why, qsizetype offset) {
        p.ok = false;
        p.error = why;
        p.errorOffset = int(offset);
        return p;
    };
    const auto need = [&](qsizetype count) { return i + count <= n; };
    const auto flushLine = [&]() -> bool {
        bool ok = false;
        Line line;
        line.text = detail::decode(pending, p.codePage, &ok);
        if (!ok)
            return false;
        line.style = pending.isEmpty() ? style : pendingStyle;
        line.mixedStyle = pendingMixed;
        p.lines << line;
        p.items << Parsed::Item::Line;
        p.textBytes += pending;
        pending.clear();
        pendingMixed = false;
        return true;
    };
    const auto styleChanged = [&]() {
        if (!pending.isEmpty())
            pendingMixed = true;
    };

    while (i < n) {
        const qsizetype start = i;
        const uchar b = at(i++);
        if (b == 0x0A) {
            if (!flushLine())
                return fail(QStringLiteral("text in code page %1 that does not decode").arg(p.codePage), start);
            continue;
        }
        if (b == 0x1B) {
            if (!need(1))
                return fail(QStringLiteral("ESC at the end"), start);
            const uchar c = at(i++);
            switch (c) {
            case '@':
                if (!pending.isEmpty())
                    return fail(QStringLiteral("ESC @ throws away unprinted text"), start);
                style = Style();
                current = NativeQr();
                p.codePage = 0;
                ++p.initialisations;
                continue;
            case 't':
                if (!need(1))
                    return fail(QStringLiteral("ESC t without n"), start);
                p.codePage = at(i++);
                codePageSet = true;
                continue;
            case 'a': {
                if (!need(1))
                    return fail(QStringLiteral("ESC a without n"), start);
                const int a = at(i++);
                if (!pending.isEmpty())
                    return fail(QStringLiteral("ESC a inside a line (ignored by printers)"), start);
                if (a > 2 && (a < 48 || a > 50))
                    return fail(QStringLiteral("ESC a %1").arg(a), start);
                style.align = a % 48;
                continue;
            }
            case 'E':
                if (!need(1))
                    return fail(QStringLiteral("ESC E without n"), start);
                style.bold = at(i++) & 1;
                styleChanged();
                continue;
            case 'M': {
                if (!need(1))
                    return fail(QStringLiteral("ESC M without n"), start);
                const int font = at(i++);
                if (font != 0 && font != 48)
                    return fail(QStringLiteral("font %1 (columns are counted in font A)").arg(font), start);
                continue;
            }
            case 'd': {
                if (!need(1))
                    return fail(QStringLiteral("ESC d without n"), start);
                if (!pending.isEmpty() && !flushLine())
                    return fail(QStringLiteral("text that does not decode"), start);
                p.feedLines += at(i++);
                p.items << Parsed::Item::Feed;
                continue;
            }
            default:
                return fail(QStringLiteral("unknown command ESC 0x%1").arg(c, 2, 16, QLatin1Char('0')), start);
            }
        }
        if (b == 0x1D) {
            if (!need(1))
                return fail(QStringLiteral("GS at the end"), start);
            const uchar c = at(i++);
            switch (c) {
            case '!': {
                if (!need(1))
                    return fail(QStringLiteral("GS ! without n"), start);
                const int v = at(i++);
                style.width = (v >> 4) + 1;
                style.height = (v & 0x0F) + 1;
                if (style.width > 8 || style.height > 8)
                    return fail(QStringLiteral("GS ! %1").arg(v), start);
                styleChanged();
                continue;
            }
            case 'B':
                if (!need(1))
                    return fail(QStringLiteral("GS B without n"), start);
                style.inverted = at(i++) & 1;
                styleChanged();
                continue;
            case 'v': {
                if (!need(6) || at(i) != '0')
                    return fail(QStringLiteral("GS v without 0 m xL xH yL yH"), start);
                if (!pending.isEmpty())
                    return fail(QStringLiteral("a raster image inside a line"), start);
                const int m = at(i + 1);
                const int widthBytes = at(i + 2) | (at(i + 3) << 8);
                const int height = at(i + 4) | (at(i + 5) << 8);
                i += 6;
                if ((m > 3 && (m < 48 || m > 51)) || widthBytes < 1 || height < 1)
                    return fail(QStringLiteral("GS v 0 with m %1, %2 bytes, %3 rows").arg(m).arg(widthBytes).arg(height),
                                start);
                if (!need(qsizetype(widthBytes) * height))
                    return fail(QStringLiteral("GS v 0 cut short"), start);
                QImage image(widthBytes * 8, height, QImage::Format_Grayscale8);
                image.fill(255);
                for (int y = 0; y < height; ++y) {
                    uchar *row = image.scanLine(y);
                    for (int xb = 0; xb < widthBytes; ++xb) {
                        const uchar bits = at(i++);
                        for (int bit = 0; bit < 8; ++bit) {
                            if (bits & (0x80 >> bit))
                                row[xb * 8 + bit] = 0;
                        }
                    }
                }
                p.rasters << Raster{image, m % 48};
                p.items << Parsed::Item::Raster;
                continue;
            }
            case '(': {
                if (!need(3) || at(i) != 'k')
                    return fail(QStringLiteral("GS ( other than k"), start);
                const int length = at(i + 1) | (at(i + 2) << 8);
                i += 3;
                if (length < 2 || !need(length))
                    return fail(QStringLiteral("GS ( k cut short"), start);
                const int cn = at(i);
                const int fn = at(i + 1);
                const QByteArray params = bytes.mid(i + 2, length - 2);
                i += length;
                if (cn != 49)
                    return fail(QStringLiteral("GS ( k for symbol %1, not QR").arg(cn), start);
                switch (fn) {
                case 65:
                    if (params.size() != 2)
                        return fail(QStringLiteral("GS ( k 165 with %1 bytes").arg(params.size()), start);
                    current.model = uchar(params.at(0));
                    continue;
                case 67:
                    if (params.size() != 1)
                        return fail(QStringLiteral("GS ( k 167 with %1 bytes").arg(params.size()), start);
                    current.moduleSize = uchar(params.at(0));
                    continue;
                case 69:
                    if (params.size() != 1)
                        return fail(QStringLiteral("GS ( k 169 with %1 bytes").arg(params.size()), start);
                    current.errorCorrection = uchar(params.at(0));
                    continue;
                case 80:
                    if (params.isEmpty() || params.at(0) != '0')
                        return fail(QStringLiteral("GS ( k 180 without m = 48"), start);
                    current.data = params.mid(1);
                    continue;
                case 81:
                    if (params.size() != 1 || params.at(0) != '0')
                        return fail(QStringLiteral("GS ( k 181 without m = 48"), start);
                    if (!pending.isEmpty())
                        return fail(QStringLiteral("a QR code inside a line"), start);
                    p.qrs << current;
                    p.items << Parsed::Item::Qr;
                    current.data.clear(); // the settings stay, as in a printer
                    continue;
                default:
                    return fail(QStringLiteral("GS ( k function %1").arg(fn + 100), start);
                }
            }
            case 'V': {
                if (!need(1))
                    return fail(QStringLiteral("GS V without m"), start);
                const int m = at(i++);
                if (m == 65 || m == 66) {
                    if (!need(1))
                        return fail(QStringLiteral("GS V %1 without n").arg(m), start);
                    ++i;
                } else if (m != 0 && m != 1 && m != 48 && m != 49) {
                    return fail(QStringLiteral("GS V %1").arg(m), start);
                }
                if (!pending.isEmpty())
                    return fail(QStringLiteral("a cut inside a line"), start);
                ++p.cuts;
                p.lastCutMode = m;
                p.items << Parsed::Item::Cut;
                continue;
            }
            default:
                return fail(QStringLiteral("unknown command GS 0x%1").arg(c, 2, 16, QLatin1Char('0')), start);
            }
        }
        if (b < 0x20 || b == 0x7F)
            return fail(QStringLiteral("control byte 0x%1").arg(b, 2, 16, QLatin1Char('0')), start);
        if (b >= 0x80 && !codePageSet)
            sawNonAsciiText = true;
        if (pending.isEmpty())
            pendingStyle = style;
        pending += char(b);
    }
    if (!pending.isEmpty())
        return fail(QStringLiteral("text after the last line feed is never printed"), n);
    p.codePageBeforeText = !sawNonAsciiText;
    p.ok = true;
    return p;
}

}
