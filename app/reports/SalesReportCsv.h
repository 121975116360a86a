#pragma once

#include "reports/SalesReport.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// A sales report as CSV for an accountant: one long table, every row one
// figure, so that a spreadsheet's filter and SUM find any total:
//
//   section,key,currency,count,amount,value
//   report,kind,,,,z                       (and number, from, to, zone, till,
//                                           opened_by, opening_note, closed_by,
//                                           generated_at, shift_opened_at and
//                                           since_z_number in value)
//   state,paid,,7,,                        live invoices by state
//   total,paid,USD,3,135.49999999,         paid / underpaid / unpaid per currency
//   total,invoices,,17,,                   live ones, as the printed "Invoices"
//   total,test_invoices,,2,,  total,demo_invoices,,0,,
//   received,BTC,BTC,2,0.00066,            per coin, as the gateway said
//   sale,largest,USD,,99.99999999,U2       the order number in value
//   sale,average,USD,3,45.16666666,
//   earlier,paid,EUR,1,40.00,              invoices made before the period and
//   earlier,underpaid,EUR,0,0.00,          paid in it (not in the "total" rows)
//   earlier_received_in_all,USDT,USDT,1,43.1, what those invoices received in all (before the period too)
//   hour,2026-03-10T09:00:00+01:00,,2,,paid       counts per hour (or "day")
//   hour,2026-03-10T09:00:00+01:00,USD,,110.49999999,paid_amount
//
// The file is what CsvExport writes for the history: UTF-8 with a byte order
// mark, RFC 4180 (its quoting), text guarded against formulas, exact amounts
// with '.' (fiat with at least two decimals), times in UTC ISO 8601 except
// the hours, which are the till's own with their offset.
class SalesReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(SalesReportCsv)

public:
    // Writes into `device` (open for writing); false with `error` set when
    // the device refused the bytes.
    static bool write(const SalesReport &report, QIODevice *device, QString *error);
};
