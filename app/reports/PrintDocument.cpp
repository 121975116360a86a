#include "reports/PrintDocument.h"

#include <algorithm>

bool ChartData::isEmpty() const
{
    return labels.isEmpty() || largestStack() == 0;
}

qint64 ChartData::largestStack() const
{
    qint64 largest = 0;
    for (int i = 0; i < labels.size(); ++i) {
        qint64 stack = 0;
        for (const Series &s : series)
            stack += i < s.values.size() ? s.values.at(i) : 0;
        largest = std::max(largest, stack);
    }
    return largest;
}

PrintDocument &PrintDocument::text(const QString &line, PrintBlock::Align align, PrintBlock::Size size, bool bold)
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::Text;
    block.text = line;
    block.align = align;
    block.size = size;
    block.bold = bold;
    blocks << block;
    return *this;
}

PrintDocument &PrintDocument::banner(const QString &line)
{
    text(line, PrintBlock::Align::Center, PrintBlock::Size::Huge, true);
    blocks.last().inverted = true;
    return *this;
}

PrintDocument &PrintDocument::columns(const QString &left, const QString &right, bool bold)
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::Columns;
    block.text = left;
    block.right = right;
    block.bold = bold;
    blocks << block;
    return *this;
}

PrintDocument &PrintDocument::rule()
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::Rule;
    blocks << block;
    return *this;
}

PrintDocument &PrintDocument::qr(const QString &payload)
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::Qr;
    block.text = payload;
    block.align = PrintBlock::Align::Center;
    blocks << block;
    return *this;
}

PrintDocument &PrintDocument::chart(const ChartData &data)
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::Chart;
    block.chart = data;
    blocks << block;
    return *this;
}

PrintDocument &PrintDocument::space()
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::Space;
    blocks << block;
    return *this;
}

QStringList PrintDocument::lines() const
{
    QStringList out;
    for (const PrintBlock &block : blocks) {
        switch (block.kind) {
        case PrintBlock::Kind::Text:
            out << block.text;
            break;
        case PrintBlock::Kind::Columns:
            out << block.text + QLatin1Char(' ') + block.right;
            break;
        case PrintBlock::Kind::Chart:
            out << block.chart.title;
            break;
        case PrintBlock::Kind::Qr:
        case PrintBlock::Kind::Rule:
        case PrintBlock::Kind::Space:
            break;
        }
    }
    return out;
}
