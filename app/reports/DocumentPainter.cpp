#include "reports/DocumentPainter.h"

#include "qr/QrCode.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace {
// A roll receipt keeps a few millimetres clear on each side (printers cannot
// print to the edge), and a QR code a customer scans from the counter.
constexpr qreal RollMarginMm = 3;
constexpr qreal PageMarginMm = 15;
constexpr qreal RollQrMm = 38;
constexpr qreal PageQrMm = 45;
constexpr qreal RollChartMm = 45;
constexpr qreal PageChartMm = 70;
constexpr qreal RuleMm = 2.5;
constexpr qreal SpaceMm = 2.5;
constexpr qreal PadMm = 0.8;
// The resolution of the PDFs written here, and of the measuring pass.
constexpr int MeasureDpi = 600;

qreal pointSize(PrintBlock::Size size)
{
    switch (size) {
    case PrintBlock::Size::Normal:
        return 8.5;
    case PrintBlock::Size::Large:
        return 12;
    case PrintBlock::Size::Huge:
        return 17;
    }
    return 8.5;
}

QFont fontFor(const PrintBlock &block, QPaintDevice *device)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize(block.size));
    font.setBold(block.bold);
    return QFont(font, device);
}

Qt::Alignment alignmentOf(PrintBlock::Align align)
{
    switch (align) {
    case PrintBlock::Align::Left:
        return Qt::AlignLeft;
    case PrintBlock::Align::Center:
        return Qt::AlignHCenter;
    case PrintBlock::Align::Right:
        return Qt::AlignRight;
    }
    return Qt::AlignLeft;
}

// Words wrap; a word longer than the column (an address, a link) breaks anywhere.
QTextOption wrapping(Qt::Alignment align)
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

qreal textHeight(const QFont &font, QPaintDevice *device, qreal width, const QString &text, Qt::Alignment align)
{
    const QFontMetricsF metrics(font, device);
    const int flags = int(align) | Qt::TextWrapAnywhere | Qt::TextWordWrap;
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
}
} // namespace

DocumentPainter::DocumentPainter(const PrintDocument &document, const ChartPainter *charts)
    : m_document(document), m_charts(charts)
{
}

qreal DocumentPainter::columnWidthMm(Format format)
{
    switch (format) {
    case Format::Roll58:
        return 58 - 2 * RollMarginMm;
    case Format::Roll80:
        return 80 - 2 * RollMarginMm;
    case Format::Page:
        return QPageSize(QPageSize::A4).size(QPageSize::Millimeter).width() - 2 * PageMarginMm;
    }
    return 0;
}

qreal DocumentPainter::heightMm(qreal widthMm) const
{
    // Measured on the kind of device it is drawn on: a PDF writer's fonts are
    // not hinted like an image's, and a line more would spill onto a second page.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter probe(&sink);
    probe.setResolution(MeasureDpi);
    const qreal pxPerMm = MeasureDpi / 25.4;
    QPainter painter(&probe);
    const qreal height = layout(&painter, widthMm * pxPerMm, 0, pxPerMm, nullptr) / pxPerMm;
    painter.end();
    return height;
}

bool DocumentPainter::paint(QPagedPaintDevice *device, Format format) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const qreal pxPerMm = device->logicalDpiX() / 25.4;
    const qreal pageWidth = device->width();
    qreal column = pageWidth;
    if (format != Format::Page)
        column = std::min(pageWidth, columnWidthMm(format) * pxPerMm);
    // A roll receipt on office paper sits at the top, in the middle.
    painter.translate((pageWidth - column) / 2, 0);
    layout(&painter, column, device->height(), pxPerMm, device);
    return painter.end();
}

QString DocumentPainter::writePdf(const QString &path, Format format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        //: %1 is the file, %2 the system's reason
        return tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString());
    // Owner-only before anything is written: a receipt names a customer's order.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return tr("%1 could not be made private.").arg(QFileInfo(path).fileName());
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(m_document.title);
        pdf.setCreator(QStringLiteral("Merchant Console"));
        pdf.setResolution(MeasureDpi);
        if (format == Format::Page) {
            pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm),
                                          QPageLayout::Millimeter));
        } else {
            // One page as long as the receipt: what a roll printer would give.
            const qreal width = columnWidthMm(format) + 2 * RollMarginMm;
            // A page size is kept in whole points: a little room so the last
            // line never spills onto a second page.
            const qreal height = heightMm(columnWidthMm(format)) + 2 * RollMarginMm + 2;
            pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(width, height), QPageSize::Millimeter, QString(),
                                                    QPageSize::ExactMatch),
                                          QPageLayout::Portrait,
                                          QMarginsF(RollMarginMm, RollMarginMm, RollMarginMm, RollMarginMm),
                                          QPageLayout::Millimeter));
        }
        if (!paint(&pdf, format)) {
            file.cancelWriting();
            return tr("%1 could not be drawn.").arg(QFileInfo(path).fileName());
        }
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString());
    return QString();
}

qreal DocumentPainter::layout(QPainter *painter, qreal width, qreal pageHeight, qreal pxPerMm,
                              QPagedPaintDevice *device) const
{
    QPaintDevice *metricsDevice = painter->device();
    const bool roll = width < 100 * pxPerMm;
    qreal y = 0;
    qreal total = 0;
    // Goes to a new page when `height` does not fit on this one (never for the
    // first block of a page: a block taller than a page is drawn clipped).
    auto reserve = [&](qreal height) {
        if (device && pageHeight > 0 && y > 0 && y + height > pageHeight) {
            device->newPage();
            total += y;
            y = 0;
        }
    };

    for (const PrintBlock &block : m_document.blocks) {
        switch (block.kind) {
        case PrintBlock::Kind::Text: {
            const QFont font = fontFor(block, metricsDevice);
            const Qt::Alignment align = alignmentOf(block.align);
            const qreal pad = block.inverted ? PadMm * pxPerMm : 0;
            const qreal h = textHeight(font, metricsDevice, width - 2 * pad, block.text, align) + 2 * pad;
            reserve(h);
            if (device) {
                painter->save();
                if (block.inverted)
                    painter->fillRect(QRectF(0, y, width, h), Qt::black);
                painter->setPen(block.inverted ? Qt::white : Qt::black);
                painter->setFont(font);
                painter->drawText(QRectF(pad, y + pad, width - 2 * pad, h - 2 * pad), block.text, wrapping(align));
                painter->restore();
            }
            y += h;
            break;
        }
        case PrintBlock::Kind::Columns: {
            const QFont font = fontFor(block, metricsDevice);
            const QFontMetricsF metrics(font, metricsDevice);
            const qreal gap = 2 * pxPerMm;
            const qreal rightWidth = metrics.horizontalAdvance(block.right);
            // An amount is never broken: when label and amount cannot share a
            // line, the amount goes under the label, on the right.
            const bool shared = rightWidth + gap < width * 0.75;
            const qreal leftWidth = shared ? width - rightWidth - gap : width;
            const qreal leftHeight = textHeight(font, metricsDevice, leftWidth, block.text, Qt::AlignLeft);
            const qreal rightHeight = textHeight(font, metricsDevice, width, block.right, Qt::AlignRight);
            const qreal h = shared ? std::max(leftHeight, rightHeight) : leftHeight + rightHeight;
            reserve(h);
            if (device) {
                painter->save();
                painter->setPen(Qt::black);
                painter->setFont(font);
                painter->drawText(QRectF(0, y, leftWidth, leftHeight), block.text, wrapping(Qt::AlignLeft));
                const QRectF right = shared ? QRectF(width - rightWidth - gap, y, rightWidth + gap, rightHeight)
                                            : QRectF(0, y + leftHeight, width, rightHeight);
                painter->drawText(right, block.right, wrapping(Qt::AlignRight));
                painter->restore();
            }
            y += h;
            break;
        }
        case PrintBlock::Kind::Rule: {
            const qreal h = RuleMm * pxPerMm;
            reserve(h);
            if (device) {
                painter->save();
                QPen pen(Qt::black, 0.25 * pxPerMm, Qt::DashLine);
                painter->setPen(pen);
                painter->drawLine(QPointF(0, y + h / 2), QPointF(width, y + h / 2));
                painter->restore();
            }
            y += h;
            break;
        }
        case PrintBlock::Kind::Qr: {
            const QrEncoding encoding = QrCode::encode(block.text);
            if (!encoding.code)
                break;
            const QrCode &code = *encoding.code;
            const qreal target = std::min(width, (roll ? RollQrMm : PageQrMm) * pxPerMm);
            // Whole device pixels per module: a module smeared over two pixels
            // blurs on a thermal head or a low-resolution printer.
            const int modules = code.sizeWithQuietZone();
            const int module = std::max(1, int(target / modules));
            const qreal side = qreal(module) * modules;
            reserve(side);
            if (device) {
                painter->save();
                const qreal left = std::floor((width - side) / 2);
                const qreal top = std::floor(y);
                painter->fillRect(QRectF(left, top, side, side), Qt::white);
                for (int row = 0; row < code.size(); ++row) {
                    for (int col = 0; col < code.size(); ++col) {
                        if (code.isDark(col, row))
                            painter->fillRect(QRectF(left + (col + QrCode::QuietZone) * module,
                                                     top + (row + QrCode::QuietZone) * module, module, module),
                                              Qt::black);
                    }
                }
                painter->restore();
            }
            y += side;
            break;
        }
        case PrintBlock::Kind::Chart: {
            if (!m_charts || block.chart.labels.isEmpty())
                break;
            const qreal h = (roll ? RollChartMm : PageChartMm) * pxPerMm;
            reserve(h);
            if (device) {
                painter->save();
                m_charts->paint(*painter, QRectF(0, y, width, h), block.chart);
                painter->restore();
            }
            y += h;
            break;
        }
        case PrintBlock::Kind::Space: {
            const qreal h = SpaceMm * pxPerMm;
            reserve(h);
            y += h;
            break;
        }
        }
    }
    return total + y;
}
