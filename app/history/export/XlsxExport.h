#pragma once

#include "history/export/ExportWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// The history as an Excel workbook (libxlsxwriter, constant-memory mode: a
// million rows cost no more memory than ten). Sheet "Invoices": a bold, frozen
// header with an autofilter, one row per invoice, amounts as numbers with the
// currency in its own column, times as real dates in UTC. Sheet "Totals": what
// the rows add up to per currency (HistoryTotals), exact.
//
// An XLSX number is a double by the file format's nature: each amount is written
// as the double nearest its exact decimal text (every price of up to 15
// significant digits comes back as typed), with a number format that shows all
// its decimals. The Totals sheet gives each sum as a number and as its exact
// text beside it; the CSV export keeps every digit of every amount.
class XlsxExport : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // The most invoices one sheet holds (Excel's rows, less the header).
    static constexpr qint64 MaxRows = 1048576 - 1;

    // Writes the workbook to `path` when end() succeeds. Its working files go
    // to `workFolder` (unlinked at once, so they vanish with the process).
    XlsxExport(const QString &path, const QString &workFolder);
    // Frees an unfinished workbook without writing it.
    ~XlsxExport() override;

    bool begin() override;
    bool row(const InvoiceRecord &record) override;
    bool end(const HistoryTotals &totals) override;

    // The double an exact amount is written as (correctly rounded, whatever
    // the process's C locale).
    static double toNumber(const Amount &amount);
    // Whether `number` shows exactly `amount` (a double holds about 15 digits).
    static bool isExact(double number, const Amount &amount);

private:
    bool check(int error);
    bool writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format = nullptr);
    bool writeTotals(const HistoryTotals &totals);

    QByteArray m_path;
    QByteArray m_workFolder;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_invoices = nullptr;
    lxw_worksheet *m_totals = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_time = nullptr;
    lxw_format *m_price = nullptr;
    lxw_format *m_coin = nullptr;
    lxw_format *m_sum = nullptr;
    lxw_format *m_bold = nullptr;
    qint64 m_row = 0;
    QList<QString> m_stateText; // by InvoiceState
};
