#pragma once

#include "reports/PrintDocument.h"

#include <QCoreApplication>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

// Draws a report's chart. The engine knows no widgets, and Qt Charts is made of
// them: the window and the command line hand in the Qt Charts drawing
// (SalesChart); with none, a chart block is left out of the page.
class ChartPainter
{
public:
    virtual ~ChartPainter() = default;
    virtual void paint(QPainter &painter, const QRectF &rect, const ChartData &chart) const = 0;
};

// Draws a PrintDocument on a page device: a PDF (QPdfWriter) or a printer the
// system knows (QPrinter), in a column as wide as a receipt roll or as the page.
// Text wraps inside the column, QR modules land on whole device pixels, and a
// document longer than a page goes on over the next ones.
class DocumentPainter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPainter)

public:
    // The column a document is laid out in.
    enum class Format {
        Roll58, // a receipt as a 58 mm roll prints it
        Roll80, // a receipt as an 80 mm roll prints it
        Page,   // the page's printable width (reports, receipts on office paper)
    };

    explicit DocumentPainter(const PrintDocument &document, const ChartPainter *charts = nullptr);

    static qreal columnWidthMm(Format format);
    // The height, in millimetres, the document takes in a column `widthMm`
    // wide: a roll receipt's PDF page is cut to it.
    qreal heightMm(qreal widthMm) const;

    // Paints on a device already set up (page size, margins, resolution); a
    // Page column is as wide as the page's paint rectangle, a roll column is
    // centred at the top. Returns false if painting could not begin.
    bool paint(QPagedPaintDevice *device, Format format) const;

    // Writes the document to a PDF file: a roll format gets one page as long
    // as the receipt, Page gets A4 pages. Returns an error sentence, or empty.
    // The file is written under a temporary name and readable by its owner only.
    QString writePdf(const QString &path, Format format) const;

private:
    qreal layout(QPainter *painter, qreal columnWidth, qreal pageHeight, qreal pxPerMm,
                 QPagedPaintDevice *device) const;

    PrintDocument m_document;
    const ChartPainter *m_charts;
};
