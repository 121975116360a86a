#include "charts/SalesChart.h"

#include <QCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <memory>

namespace {
// Paid green, underpaid amber, unpaid grey: the colours of the state badges,
// and still told apart when printed in grey.
const QList<QColor> SeriesColours = {QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x9a, 0x00), QColor(0x9e, 0x9e, 0x9e)};
// The size a chart is laid out at before it is scaled onto a page: its fonts
// then keep the proportions they have on screen.
constexpr qreal LayoutWidth = 720;
// Labels under the bars at most; "09:00" or "10 Mar" each need about 50 pixels.
constexpr int MaxLabels = 12;
} // namespace

QChart *SalesChart::make(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto *series = new QStackedBarSeries;
    for (int i = 0; i < data.series.size(); ++i) {
        const ChartData::Series &s = data.series.at(i);
        auto *set = new QBarSet(s.name);
        for (qint64 value : s.values)
            *set << qreal(value); // a count of invoices, not money
        set->setColor(SeriesColours.at(i % SeriesColours.size()));
        set->setBorderColor(Qt::transparent);
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);

    // The bars stand at 0, 1, 2...; a label under every few of them, so that a
    // month of days or a long shift's hours stay readable (a category axis
    // would squeeze every label into its bar and show none).
    auto *hours = new QCategoryAxis;
    const int n = int(data.labels.size());
    const int step = std::max(1, (n + MaxLabels - 1) / MaxLabels);
    // A category axis keeps one category per label text and drops a repeat
    // without a word. The report's labels are unique (SalesReportDocument::
    // bucketLabel); should two still read alike (a zone whose two 02:00s
    // have one name), the later one is set apart by an invisible character
    // rather than lost.
    QSet<QString> shown;
    for (int i = 0; i < n; i += step) {
        QString label = data.labels.at(i);
        while (shown.contains(label))
            label += QChar(0x200B); // ZERO WIDTH SPACE
        shown.insert(label);
        hours->append(label, i);
    }
    hours->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    hours->setRange(-0.5, std::max(0, n - 1) + 0.5);
    hours->setGridLineVisible(false);
    chart->addAxis(hours, Qt::AlignBottom);
    series->attachAxis(hours);

    auto *counts = new QValueAxis;
    const qint64 top = std::max<qint64>(1, data.largestStack());
    counts->setRange(0, qreal(top));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(int(std::min<qint64>(top, 5)) + 1);
    //: The vertical axis of the sales chart
    counts->setTitleText(tr("Invoices"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    return chart;
}

void SalesChart::paint(QPainter &painter, const QRectF &rect, const ChartData &data) const
{
    const QSizeF layout(LayoutWidth, LayoutWidth * rect.height() / rect.width());
    QGraphicsScene scene;
    QChart *chart = make(data); // the scene owns it from here
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), layout));
    scene.setSceneRect(QRectF(QPointF(0, 0), layout));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, rect, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
}
