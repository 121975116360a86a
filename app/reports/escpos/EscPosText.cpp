#include "reports/escpos/EscPosText.h"

#include <QChar>

namespace {

// Unicode of the bytes 0x80..0xFF in code page 858 (IBM's table: code page 850
// with the euro sign at 0xD5 where 850 has the dotless i).
constexpr char16_t UpperHalf[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
    0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0,
    0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x20AC, 0x00CD, 0x00CE,
    0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,
    0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

int byteFor(char32_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return int(c);
    for (int i = 0; i < 128; ++i) {
        if (UpperHalf[i] == c)
            return 0x80 + i;
    }
    return -1;
}

bool hasByte(char32_t c)
{
    return byteFor(c) >= 0;
}

// Signs that Unicode does not decompose but that have a plain spelling.
QString plainForm(char32_t c)
{
    switch (c) {
    case 0x0131: return QStringLiteral("i"); // dotless i (Turkish); 858 gave its place to the euro
    case 0x0141: return QStringLiteral("L");
    case 0x0142: return QStringLiteral("l");
    case 0x0110: return QStringLiteral("D");
    case 0x0111: return QStringLiteral("d");
    case 0x0152: return QStringLiteral("OE");
    case 0x0153: return QStringLiteral("oe");
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return QStringLiteral("'");
    case 0x201C: case 0x201D: case 0x201E: case 0x2033:
        return QStringLiteral("\"");
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return QStringLiteral("-");
    case 0x2022: return QStringLiteral("*");
    default: return QString();
    }
}

bool isInvisible(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

}

namespace EscPosText {

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint u : codePoints) {
        const char32_t c = char32_t(u);
        if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            out += QLatin1Char(' ');
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            out += QLatin1Char('?'); // a control character: never sent, it could be a command
            continue;
        }
        if (isInvisible(c))
            continue;
        if (hasByte(c)) {
            out += QChar(char16_t(c));
            continue;
        }
        const QString plain = plainForm(c);
        if (!plain.isEmpty()) {
            out += plain;
            continue;
        }
        if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing)
            continue; // a lone accent: the letter before it is already written
        // The compatibility decomposition without its accents: ş -> s, ﬁ -> fi,
        // … -> ..., a full-width A -> A. Used only when all of it can be printed.
        const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
        QString spelled;
        bool ok = !decomposed.isEmpty();
        for (const uint d : decomposed.toUcs4()) {
            const char32_t part = char32_t(d);
            if (QChar::category(part) == QChar::Mark_NonSpacing)
                continue;
            if (!hasByte(part)) {
                ok = false;
                break;
            }
            spelled += QChar(char16_t(part));
        }
        out += ok && !spelled.isEmpty() ? spelled : QStringLiteral("?");
    }
    return out;
}

QByteArray encode(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const int byte = byteFor(ch.unicode());
        out += byte >= 0 ? char(byte) : '?';
    }
    return out;
}

QStringList wrap(const QString &text, int width)
{
    width = qMax(1, width);
    if (text.size() <= width)
        return {text};
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() <= width) {
            line += QLatin1Char(' ') + word;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line.clear();
        while (word.size() > width) { // a word longer than the paper: broken, not cut off
            lines << word.left(width);
            word = word.mid(width);
        }
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

}
