#include "reports/escpos/EscPosWriter.h"

#include "qr/QrCode.h"
#include "reports/escpos/EscPosText.h"

#include <algorithm>

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char LF = 0x0A;

// Font A is 12 dots wide; 203 dpi heads print 384 (58 mm) or 576 (80 mm) dots.
constexpr int FontADots = 12;
// 8 dots (1 mm at 203 dpi) per module reads well from a phone; larger only
// wastes paper.
constexpr int MaxModuleDots = 8;
// A stacked bar shows each series with its own sign, the first (Paid) as '#'.
constexpr char SeriesMarks[] = {'#', '+', '.', ':', '*'};

char seriesMark(int index)
{
    return SeriesMarks[std::min<int>(index, int(sizeof SeriesMarks) - 1)];
}

void appendLittleEndian16(QByteArray &bytes, int value)
{
    bytes += char(value & 0xFF);
    bytes += char((value >> 8) & 0xFF);
}

// The command stream, with the style the printer is in, so that a style is
// sent only when it changes. ESC @ puts the printer into the state this starts
// from: left-aligned, not bold, single size, not inverted.
class Commands
{
public:
    QByteArray bytes;

    void initialise()
    {
        bytes += ESC;
        bytes += '@';
        bytes += ESC; // the code page our bytes are in (PC858: Latin letters and €)
        bytes += 't';
        bytes += char(EscPosText::CodePage);
        bytes += ESC; // font A, whose width columns() counts in
        bytes += 'M';
        bytes += char(0);
    }

    // ESC a only works at the start of a line: every block starts there.
    void setAlign(PrintBlock::Align align)
    {
        if (align == m_align)
            return;
        m_align = align;
        bytes += ESC;
        bytes += 'a';
        bytes += char(align == PrintBlock::Align::Left ? 0 : align == PrintBlock::Align::Center ? 1 : 2);
    }

    void setBold(bool bold)
    {
        if (bold == m_bold)
            return;
        m_bold = bold;
        bytes += ESC;
        bytes += 'E';
        bytes += char(bold ? 1 : 0);
    }

    // GS ! n: the width multiplier minus one in the high nibble, the height's in the low.
    void setSize(int width, int height)
    {
        if (width == m_width && height == m_height)
            return;
        m_width = width;
        m_height = height;
        bytes += GS;
        bytes += '!';
        bytes += char(((width - 1) << 4) | (height - 1));
    }

    void setInverted(bool inverted)
    {
        if (inverted == m_inverted)
            return;
        m_inverted = inverted;
        bytes += GS;
        bytes += 'B';
        bytes += char(inverted ? 1 : 0);
    }

    void plain(PrintBlock::Align align = PrintBlock::Align::Left, bool bold = false)
    {
        setAlign(align);
        setBold(bold);
        setSize(1, 1);
        setInverted(false);
    }

    // `text` comes from EscPosText::printable() and fits the line.
    void line(const QString &text)
    {
        bytes += EscPosText::encode(text);
        bytes += LF;
    }

    void wrapped(const QString &text, int width)
    {
        for (const QString &part : EscPosText::wrap(text, width))
            line(part);
    }

    void feed(int lines)
    {
        bytes += ESC;
        bytes += 'd';
        bytes += char(lines);
    }

    // GS ( k: a QR code function; `fn` is the function's letter (A = 165 ...).
    void qrFunction(char fn, const QByteArray &parameters)
    {
        bytes += GS;
        bytes += '(';
        bytes += 'k';
        appendLittleEndian16(bytes, int(parameters.size()) + 2);
        bytes += char(49); // cn: QR code
        bytes += fn;
        bytes += parameters;
    }

private:
    PrintBlock::Align m_align = PrintBlock::Align::Left;
    bool m_bold = false;
    int m_width = 1;
    int m_height = 1;
    bool m_inverted = false;
};

// The text of a block as printable lines, one per line of its own.
QStringList paragraphs(const QString &text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList out;
    for (const QString &part : unified.split(QLatin1Char('\n')))
        out << EscPosText::printable(part);
    return out;
}

void writeText(Commands &out, const PrintBlock &block, int columns)
{
    const QStringList lines = paragraphs(block.text);
    int width = 1;
    int height = 1;
    if (block.size == PrintBlock::Size::Large) {
        width = height = 2;
    } else if (block.size == PrintBlock::Size::Huge) {
        // As wide as the longest line allows: triple if it fits on the paper,
        // else double (and wrapped if even that is too wide). Always triple height.
        height = 3;
        const int longest = std::max_element(lines.cbegin(), lines.cend(), [](const QString &a, const QString &b) {
                                return a.size() < b.size();
                            })->size();
        width = longest * 3 <= columns ? 3 : 2;
    }
    out.setAlign(block.align);
    out.setBold(block.bold);
    out.setSize(width, height);
    out.setInverted(block.inverted);
    const int perLine = std::max(1, columns / width);
    for (const QString &paragraph : lines) {
        for (QString part : EscPosText::wrap(paragraph, perLine)) {
            // White on black covers only the characters: a space either side
            // makes a band rather than letters cut out of a bar.
            if (block.inverted && !part.isEmpty() && part.size() + 2 <= perLine)
                part = QLatin1Char(' ') + part + QLatin1Char(' ');
            out.line(part);
        }
    }
}

void writeColumns(Commands &out, const PrintBlock &block, int columns)
{
    out.plain(PrintBlock::Align::Left, block.bold);
    const QString left = EscPosText::printable(block.text).trimmed();
    const QString right = EscPosText::printable(block.right).trimmed();
    if (right.size() > columns) {
        // No amount is this long (18 decimals and a unit fit 32 columns); if
        // one were, the printer would break it anyway: break it here, visibly.
        out.wrapped(left, columns);
        out.wrapped(right, columns);
        return;
    }
    const int leftWidth = columns - int(right.size()) - 1;
    if (left.size() <= leftWidth) {
        out.line(left + QString(columns - left.size() - right.size(), QLatin1Char(' ')) + right);
        return;
    }
    if (leftWidth >= columns / 3) {
        // The label wrapped in its column, the amount beside its last line.
        const QStringList parts = EscPosText::wrap(left, leftWidth);
        for (int i = 0; i + 1 < parts.size(); ++i)
            out.line(parts.at(i));
        const QString &last = parts.last();
        out.line(last + QString(columns - last.size() - right.size(), QLatin1Char(' ')) + right);
        return;
    }
    // A long amount leaves the label too little room: the label over the
    // whole line, the amount under it on the right.
    out.wrapped(left, columns);
    out.line(QString(columns - right.size(), QLatin1Char(' ')) + right);
}

void writeRasterQr(Commands &out, const QrCode &code, int dots)
{
    const int module = std::clamp(dots / code.sizeWithQuietZone(), 1, MaxModuleDots);
    const QImage image = code.toImage(module);
    // The picture is as wide as the paper with the code in its middle: not
    // every printer centres a raster image after ESC a.
    const int bytesPerRow = (dots + 7) / 8;
    const int offset = std::max(0, (dots - image.width()) / 2);
    const int height = image.height();
    out.plain();
    out.bytes += GS;
    out.bytes += 'v';
    out.bytes += '0';
    out.bytes += char(0); // normal density
    appendLittleEndian16(out.bytes, bytesPerRow);
    appendLittleEndian16(out.bytes, height);
    QByteArray row(bytesPerRow, 0);
    for (int y = 0; y < height; ++y) {
        row.fill(0);
        const uchar *pixels = image.constScanLine(y);
        for (int x = 0; x < image.width() && offset + x < dots; ++x) {
            if (pixels[x] < 128) { // a dark pixel: a dot burnt (1), most significant bit leftmost
                const int dot = offset + x;
                row[dot / 8] = char(uchar(row[dot / 8]) | (0x80 >> (dot % 8)));
            }
        }
        out.bytes += row;
    }
}

void writeNativeQr(Commands &out, const QrCode &code, int dots)
{
    const int module = std::clamp(dots / code.sizeWithQuietZone(), 1, MaxModuleDots);
    out.plain(PrintBlock::Align::Center);
    out.qrFunction('A', QByteArray("\x32\x00", 2)); // 165: model 2
    out.qrFunction('C', QByteArray(1, char(module))); // 167: dots per module
    out.qrFunction('E', QByteArray(1, char(49))); // 169: error correction M, as QrCode encodes
    out.qrFunction('P', QByteArray(1, char(48)) + code.text().toUtf8()); // 180: store the text
    out.qrFunction('Q', QByteArray(1, char(48))); // 181: print it
}

void writeChart(Commands &out, const ChartData &chart, int columns)
{
    out.plain(PrintBlock::Align::Left, true);
    if (!chart.title.isEmpty())
        out.wrapped(EscPosText::printable(chart.title), columns);
    out.setBold(false);
    if (chart.isEmpty()) {
        out.wrapped(EscPosText::printable(EscPosWriter::tr("No sales to show.")), columns);
        return;
    }
    const qint64 largest = chart.largestStack();
    int labelWidth = 0;
    QStringList labels;
    for (const QString &label : chart.labels) {
        labels << EscPosText::printable(label);
        labelWidth = std::max(labelWidth, int(labels.last().size()));
    }
    labelWidth = std::min(labelWidth, columns / 3);
    const int countWidth = int(QString::number(largest).size());
    const int barWidth = std::max(1, columns - labelWidth - countWidth - 2);
    for (int i = 0; i < labels.size(); ++i) {
        // Each series ends where its running total falls on the bar, so the
        // parts always add up to the whole bar, however they round.
        QString bar;
        qint64 total = 0;
        int drawn = 0;
        for (int s = 0; s < chart.series.size(); ++s) {
            const QList<qint64> &values = chart.series.at(s).values;
            total += std::max<qint64>(0, i < values.size() ? values.at(i) : 0);
            const int end = int((total * barWidth * 2 + largest) / (2 * largest));
            bar += QString(end - drawn, QLatin1Char(seriesMark(s)));
            drawn = end;
        }
        if (total > 0 && bar.isEmpty()) { // a sale too small for the scale still shows
            for (int s = 0; s < chart.series.size() && bar.isEmpty(); ++s) {
                const QList<qint64> &values = chart.series.at(s).values;
                if (i < values.size() && values.at(i) > 0)
                    bar = QString(1, QLatin1Char(seriesMark(s)));
            }
        }
        out.line(labels.at(i).left(labelWidth).leftJustified(labelWidth) + QLatin1Char(' ')
                 + bar.leftJustified(barWidth) + QLatin1Char(' ')
                 + QString::number(total).rightJustified(countWidth));
    }
    if (chart.series.size() > 1) {
        QStringList legend;
        for (int s = 0; s < chart.series.size(); ++s)
            legend << QString(1, QLatin1Char(seriesMark(s))) + QLatin1Char(' ')
                            + EscPosText::printable(chart.series.at(s).name);
        out.wrapped(legend.join(QStringLiteral("  ")), columns);
    }
}

}

int EscPosOptions::columns() const
{
    return dots() / FontADots;
}

int EscPosOptions::dots() const
{
    return paper == Paper::Mm58 ? 384 : 576;
}

QByteArray EscPosWriter::write(const PrintDocument &doc, const EscPosOptions &options)
{
    const int columns = options.columns();
    Commands out;
    out.initialise();
    for (const PrintBlock &block : doc.blocks) {
        switch (block.kind) {
        case PrintBlock::Kind::Text:
            writeText(out, block, columns);
            break;
        case PrintBlock::Kind::Columns:
            writeColumns(out, block, columns);
            break;
        case PrintBlock::Kind::Rule:
            out.plain();
            out.line(QString(columns, QLatin1Char('-')));
            break;
        case PrintBlock::Kind::Qr: {
            const QrEncoding encoding = QrCode::encode(block.text);
            if (!encoding.code) {
                // What the screen shows instead of a broken code: the reason.
                out.plain(PrintBlock::Align::Center);
                out.wrapped(EscPosText::printable(encoding.error), columns);
            } else if (options.qr == EscPosOptions::QrMode::Native) {
                writeNativeQr(out, *encoding.code, options.dots());
            } else {
                writeRasterQr(out, *encoding.code, options.dots());
            }
            break;
        }
        case PrintBlock::Kind::Chart:
            writeChart(out, block.chart, columns);
            break;
        case PrintBlock::Kind::Space:
            out.plain();
            out.bytes += LF;
            break;
        }
    }
    out.plain();
    if (options.cut) {
        out.feed(3);
        // GS V 66 n: feed to the cutter and cut, leaving a tab to tear.
        out.bytes += GS;
        out.bytes += 'V';
        out.bytes += char(66);
        out.bytes += char(0);
    } else {
        out.feed(5); // past the tear bar
    }
    return out.bytes;
}
