#pragma once

#include "reports/DocumentPainter.h"
#include "reports/PrintDocument.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// A report's sales per hour (or day) as a Qt Charts stacked bar chart: paid,
// underpaid and unpaid invoices, one bar per hour. The report view shows it in
// a QChartView; as a ChartPainter it draws the same chart into a report's PDF
// or print-out. Needs a QApplication (Qt Charts is built on graphics items).
class SalesChart : public ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(SalesChart)

public:
    // A new chart for `data`, owned by the caller (or the view it is set on).
    static QChart *make(const ChartData &data);
    void paint(QPainter &painter, const QRectF &rect, const ChartData &data) const override;
};
