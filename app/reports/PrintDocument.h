#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A bar chart's numbers, as a report hands them to whoever draws them: one bar
// per bucket (an hour of a shift, a day of a month), stacked by series. Counts
// of invoices, never money: bars of different currencies cannot share an axis.
struct ChartData
{
    struct Series {
        QString name;          // "Paid", "Underpaid", "Unpaid" (translated)
        QList<qint64> values;  // one per label
    };
    QString title;             // "Sales per hour"
    QStringList labels;        // "09:00", "10:00"... or "1 Nov", "2 Nov"...
    QList<Series> series;

    bool isEmpty() const;
    qint64 largestStack() const;
};

// One block of a printed document: a line of text in a style, two columns
// (label and amount), a rule, a QR code, a chart or some space.
struct PrintBlock
{
    enum class Kind { Text, Columns, Rule, Qr, Chart, Space };
    enum class Align { Left, Center, Right };
    // Large: the shop's name and the total. Huge: what must not be misread
    // (NOT PAID, DUPLICATE, TEST — NO MONEY).
    enum class Size { Normal, Large, Huge };

    Kind kind = Kind::Text;
    QString text;   // Text: the line; Columns: the left column; Qr: the encoded text
    QString right;  // Columns: the right column (an amount with its unit)
    Align align = Align::Left;
    Size size = Size::Normal;
    bool bold = false;
    bool inverted = false; // white on black: marks a receipt as not a normal one
    ChartData chart;
};

// A document as both kinds of printer take it, made once by the receipt and
// report builders: DocumentPainter draws it (PDF, printers the system knows),
// EscPosWriter writes it as commands for a thermal printer. Neither decides
// what is printed, only how.
struct PrintDocument
{
    QString title; // the PDF's title, the print job's name
    QList<PrintBlock> blocks;

    PrintDocument &text(const QString &line, PrintBlock::Align align = PrintBlock::Align::Left,
                        PrintBlock::Size size = PrintBlock::Size::Normal, bool bold = false);
    // A line that must stand out: huge, bold, centred, white on black.
    PrintDocument &banner(const QString &line);
    PrintDocument &columns(const QString &left, const QString &right, bool bold = false);
    PrintDocument &rule();
    PrintDocument &qr(const QString &payload);
    PrintDocument &chart(const ChartData &data);
    PrintDocument &space();

    // Every line of text in order (columns as "left right"): what a reader of
    // the printed page should find, for tests and plain-text output.
    QStringList lines() const;
};
