#include "history/export/XlsxExport.h"

#include "history/export/ExportColumns.h"

#include <xlsxwriter.h>

#include <charconv>

namespace {
// A cell holds at most 32,767 characters; longer text is cut (at a character,
// never inside a surrogate pair) rather than losing the whole file.
constexpr int MaxCellChars = 32000;

double columnWidth(ExportColumns::Column column)
{
    switch (column) {
    case ExportColumns::OrderId: return 22;
    case ExportColumns::CreatedAt:
    case ExportColumns::UpdatedAt: return 24;
    case ExportColumns::State: return 12;
    case ExportColumns::StateText: return 20;
    case ExportColumns::Test: return 10;
    case ExportColumns::Price: return 14;
    case ExportColumns::PriceCurrency:
    case ExportColumns::PaidCurrency:
    case ExportColumns::Coin: return 10;
    case ExportColumns::Network: return 12;
    case ExportColumns::Paid:
    case ExportColumns::CoinAmount: return 20;
    case ExportColumns::CoinAddress: return 44;
    case ExportColumns::Title: return 32;
    case ExportColumns::Email: return 28;
    case ExportColumns::CustomerId:
    case ExportColumns::MerchantId: return 16;
    default: return 40;
    }
}
}

XlsxExport::XlsxExport(const QString &path, const QString &workFolder)
    : m_path(path.toUtf8()), m_workFolder(workFolder.toUtf8())
{
    // Each state's words once, not a translation lookup per row.
    for (InvoiceState state : InvoiceStates::all()) {
        const int index = int(state);
        if (m_stateText.size() <= index)
            m_stateText.resize(index + 1);
        m_stateText[index] = InvoiceStates::displayName(state);
    }
}

XlsxExport::~XlsxExport()
{
    if (m_book)
        lxw_workbook_free(m_book);
}

double XlsxExport::toNumber(const Amount &amount)
{
    const QByteArray text = amount.toCanonical().toLatin1();
    double value = 0;
    // from_chars, not strtod: the same nearest double, but never read with a
    // locale's decimal comma.
    std::from_chars(text.constData(), text.constData() + text.size(), value);
    return value;
}

bool XlsxExport::isExact(double number, const Amount &amount)
{
    // A spreadsheet keeps 15 significant digits (and libxlsxwriter writes 16):
    // the number is exact only if those 15 digits are the amount.
    char text[64];
    const auto end = std::to_chars(text, text + sizeof text, number, std::chars_format::general, 15);
    if (end.ec != std::errc())
        return false;
    return Amount::fromJsonNumber(QString::fromLatin1(text, int(end.ptr - text))) == amount;
}

bool XlsxExport::check(int error)
{
    if (error == LXW_NO_ERROR)
        return true;
    if (m_error.isEmpty())
        m_error = tr("The spreadsheet could not be written: %1")
                          .arg(QString::fromUtf8(lxw_strerror(lxw_error(error))));
    return false;
}

bool XlsxExport::writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        return true;
    QString cell = text;
    if (cell.size() > MaxCellChars) {
        int cut = MaxCellChars;
        if (cell.at(cut - 1).isHighSurrogate())
            --cut;
        cell.truncate(cut);
    }
    return check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), cell.toUtf8().constData(), format));
}

bool XlsxExport::begin()
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_workFolder.isEmpty() ? nullptr : m_workFolder.data();
    // A million rows stay below 4 GB inside the zip; ZIP64 would only make
    // older spreadsheet programs complain.
    options.use_zip64 = LXW_FALSE;
    m_book = workbook_new_opt(m_path.constData(), &options);
    if (!m_book) {
        m_error = tr("The spreadsheet could not be started (out of memory or no working folder).");
        return false;
    }
    //: Name of the export's first sheet (at most 31 characters)
    m_invoices = workbook_add_worksheet(m_book, tr("Invoices").left(31).toUtf8().constData());
    //: Name of the export's totals sheet (at most 31 characters)
    m_totals = workbook_add_worksheet(m_book, tr("Totals").left(31).toUtf8().constData());
    if (!m_invoices || !m_totals) {
        m_error = tr("The spreadsheet could not be started (out of memory or no working folder).");
        return false;
    }

    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_time = workbook_add_format(m_book);
    format_set_num_format(m_time, "yyyy-mm-dd hh:mm:ss.000");
    m_price = workbook_add_format(m_book);
    format_set_num_format(m_price, "0.00######");
    m_coin = workbook_add_format(m_book);
    format_set_num_format(m_coin, "0.0#################");
    m_sum = workbook_add_format(m_book);
    format_set_num_format(m_sum, "0.00################");

    for (int c = 0; c < ExportColumns::Count; ++c) {
        const auto column = ExportColumns::Column(c);
        if (!check(worksheet_set_column(m_invoices, lxw_col_t(c), lxw_col_t(c), columnWidth(column), nullptr))
            || !writeText(m_invoices, 0, c, ExportColumns::header(column), m_header))
            return false;
    }
    worksheet_freeze_panes(m_invoices, 1, 0);
    m_row = 0;
    return true;
}

bool XlsxExport::row(const InvoiceRecord &record)
{
    if (m_row >= MaxRows) {
        m_error = tr("A spreadsheet holds at most %n invoice(s) on a sheet; choose a shorter period or export to CSV.",
                     nullptr, int(MaxRows));
        return false;
    }
    const int row = int(++m_row);
    for (int c = 0; c < ExportColumns::Count; ++c) {
        const auto column = ExportColumns::Column(c);
        switch (ExportColumns::kind(column)) {
        case ExportColumns::Kind::Text:
            // The same guard as the CSV: the cell is a string either way, but a
            // copy saved as CSV from the spreadsheet would run it.
            if (!writeText(m_invoices, row, c,
                           ExportColumns::guarded(column == ExportColumns::StateText ? m_stateText.value(int(record.state))
                                                                                     : ExportColumns::text(record, column))))
                return false;
            break;
        case ExportColumns::Kind::Time: {
            const QDateTime time = ExportColumns::time(record, column).toUTC();
            if (!time.isValid())
                break;
            const QDate d = time.date();
            const QTime t = time.time();
            lxw_datetime value{d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
            if (!check(worksheet_write_datetime(m_invoices, lxw_row_t(row), lxw_col_t(c), &value, m_time)))
                return false;
            break;
        }
        case ExportColumns::Kind::Amount:
            if (const auto amount = ExportColumns::amount(record, column)) {
                lxw_format *format = column == ExportColumns::Price ? m_price : m_coin;
                // A spreadsheet number is a double: exact to about 15 digits. An
                // amount it cannot hold (an 18-decimal ETH amount, a price of ten
                // billion with 8 decimals) is written as its exact text instead:
                // a digit lost in the accountant's file is worse than a cell
                // that does not sum.
                const double number = toNumber(*amount);
                if (isExact(number, *amount)) {
                    if (!check(worksheet_write_number(m_invoices, lxw_row_t(row), lxw_col_t(c), number, format)))
                        return false;
                } else if (!writeText(m_invoices, row, c, amount->toCanonical(), nullptr)) {
                    return false;
                }
            }
            break;
        case ExportColumns::Kind::Flag:
            if (!check(worksheet_write_number(m_invoices, lxw_row_t(row), lxw_col_t(c),
                                              ExportColumns::flag(record, column) ? 1 : 0, nullptr)))
                return false;
            break;
        }
    }
    return true;
}

bool XlsxExport::writeTotals(const HistoryTotals &totals)
{
    lxw_worksheet *s = m_totals;
    //: Totals sheet column headers
    const QStringList headers{tr("Currency"), tr("Sum"), tr("Amount"), tr("Invoices"), tr("Exact amount")};
    const double widths[] = {12, 28, 20, 12, 30};
    for (int c = 0; c < headers.size(); ++c) {
        if (!check(worksheet_set_column(s, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr))
            || !writeText(s, 0, c, headers.at(c), m_header))
            return false;
    }
    worksheet_freeze_panes(s, 1, 0);
    int row = 0;
    for (const HistoryTotals::Currency &currency : totals.currencies) {
        const QList<QPair<QString, const HistoryTotals::Part *>> parts{
                //: Totals sheet: the sum of the prices of paid invoices
                {tr("Paid"), &currency.paid},
                {tr("Underpaid"), &currency.underpaid},
                //: Totals sheet: the sum of the prices still awaiting payment (open or expired)
                {tr("Unpaid (open or expired)"), &currency.unpaid}};
        for (const auto &part : parts) {
            if (!part.second->count)
                continue;
            ++row;
            if (!writeText(s, row, 0, currency.currency) || !writeText(s, row, 1, part.first)
                || !check(worksheet_write_number(s, lxw_row_t(row), 2, toNumber(part.second->amount), m_sum))
                || !check(worksheet_write_number(s, lxw_row_t(row), 3, double(part.second->count), nullptr))
                || !writeText(s, row, 4, part.second->amount.toCanonical()))
                return false;
        }
    }
    row += 2;
    //: Totals sheet: how many invoices the export holds
    if (!writeText(s, row, 1, tr("Invoices in the export"), m_bold)
        || !check(worksheet_write_number(s, lxw_row_t(row), 3, double(totals.count), m_bold)))
        return false;
    ++row;
    //: Totals sheet: test invoices are counted but in no sum
    if (!writeText(s, row, 1, tr("Of those, test invoices (in no sum)"))
        || !check(worksheet_write_number(s, lxw_row_t(row), 3, double(totals.testCount), nullptr)))
        return false;
    row += 2;
    return writeText(s, row, 0,
                     tr("Sums are of the invoices' prices, per price currency. Sending, failed, unconfirmed and "
                        "conflicting invoices are counted but in no sum."));
}

bool XlsxExport::end(const HistoryTotals &totals)
{
    if (!check(worksheet_autofilter(m_invoices, 0, 0, lxw_row_t(m_row), lxw_col_t(ExportColumns::Count - 1)))
        || !writeTotals(totals))
        return false;
    lxw_workbook *book = m_book;
    m_book = nullptr; // workbook_close frees it, whatever it returns
    return check(workbook_close(book));
}
