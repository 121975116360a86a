#pragma once

#include "reports/PrintDocument.h"
#include "reports/SalesReport.h"

#include <QLocale>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class ReportJob;
class SalesChart;
class ShiftBook;
class TillSettings;

// The shop's day: whether a shift is open (since when, by whom), its X report
// at any time, closing it with a Z report, every earlier Z report again, and a
// report of any period. A report is shown as text with its chart of sales per
// hour (or day), and printed, saved as PDF (chart included) or CSV.
class ShiftView : public QWidget
{
    Q_OBJECT

public:
    // `periods` computes reports of a period off the window's thread.
    ShiftView(ShiftBook *shifts, ReportJob *periods, TillSettings *settings, const QLocale &locale,
              QWidget *parent = nullptr);
    ~ShiftView() override;

    // The report on show, if any.
    const std::optional<SalesReport> &report() const { return m_report; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *xButton() const { return m_x; }
    QPushButton *closeButton() const { return m_close; }
    QListWidget *zList() const { return m_zList; }
    QTextBrowser *reportText() const { return m_text; }
    QChartView *chartView() const { return m_chartView; }

public slots:
    void refresh();
    void openShift();
    void showXReport();
    void closeShift();
    void showZReport(qint64 number);
    void showPeriodReport();
    void printReport();
    void printReportOnReceiptPrinter();
    void savePdf();
    void saveCsv();

signals:
    void message(const QString &sentence);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // What the page shows: the running shift's X report, a Z report from the
    // list or just closed, today, or a period asked for.
    enum class Shown { None, X, Z, Closed, Today, Period };

    void showToday();
    void askForPeriod(const QDateTime &from, const QDateTime &to, Shown kind);
    void show(const SalesReport &report, Shown kind);
    void fail(const QString &title, const QString &error);
    QString suggestedName(const QString &extension) const;
    static QString toHtml(const PrintDocument &document);

    ShiftBook *m_shifts;
    ReportJob *m_periods;
    TillSettings *m_settings;
    QLocale m_locale;
    std::unique_ptr<SalesChart> m_chartPainter;
    std::optional<SalesReport> m_report;
    Shown m_shown = Shown::None;
    std::optional<Shown> m_awaiting; // a period report being counted
    PrintDocument m_document;

    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_x;
    QPushButton *m_close;
    QListWidget *m_zList;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_period;
    QTextBrowser *m_text;
    QChartView *m_chartView;
    QPushButton *m_print;
    QPushButton *m_printReceipt;
    QPushButton *m_pdf;
    QPushButton *m_csv;
};
