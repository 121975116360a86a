#include "history/export/CsvExport.h"

#include "store/InvoiceRow.h"

#include "history/export/ExportColumns.h"

#include <QIODevice>

namespace {
// Rows are gathered and written in blocks of this size: a million rows are a
// few hundred megabytes, and one write per row would cost more than the rows.
constexpr qsizetype BlockBytes = 256 * 1024;
}

CsvExport::CsvExport(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(BlockBytes + 4096);
    for (InvoiceState state : InvoiceStates::all()) {
        const int index = int(state);
        if (m_stateText.size() <= index)
            m_stateText.resize(index + 1);
        m_stateText[index] = InvoiceStates::displayName(state);
    }
}

void CsvExport::appendField(QByteArray &line, QStringView value)
{
    // Most fields are plain ASCII that needs no quotes: copied as they are,
    // without a UTF-8 copy of their own (a million rows hold twenty million).
    bool plain = true;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u == ',' || u == '"' || u == '\r' || u == '\n') {
            plain = false;
            break;
        }
    }
    if (plain) {
        const qsizetype at = line.size();
        line.resize(at + value.size());
        char *out = line.data() + at;
        for (const QChar c : value)
            *out++ = char(c.unicode());
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += utf8;
        return;
    }
    line += '"';
    for (const char c : utf8) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

void CsvExport::appendUtc(QByteArray &line, const QDateTime &time)
{
    // By hand rather than QDateTime::toString: a million rows hold two million times.
    if (!time.isValid())
        return;
    char text[24];
    InvoiceRow::writeUtc(text, time.toMSecsSinceEpoch());
    line.append(text, 24);
}

bool CsvExport::flush(qsizetype threshold)
{
    if (m_buffer.size() < threshold || m_buffer.isEmpty())
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = tr("The export could not be written: %1").arg(m_device->errorString());
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CsvExport::begin()
{
    m_buffer += "\xEF\xBB\xBF"; // see the class comment
    for (int c = 0; c < ExportColumns::Count; ++c) {
        if (c)
            m_buffer += ',';
        appendField(m_buffer, ExportColumns::header(ExportColumns::Column(c)));
    }
    m_buffer += "\r\n";
    return flush(BlockBytes);
}

bool CsvExport::row(const InvoiceRecord &record)
{
    for (int c = 0; c < ExportColumns::Count; ++c) {
        const auto column = ExportColumns::Column(c);
        if (c)
            m_buffer += ',';
        switch (ExportColumns::kind(column)) {
        case ExportColumns::Kind::Text: {
            // Each state's words once, not a translation lookup per row.
            const QString text = column == ExportColumns::StateText ? m_stateText.value(int(record.state))
                                                                    : ExportColumns::text(record, column);
            appendField(m_buffer, ExportColumns::needsGuard(text) ? ExportColumns::guarded(text) : text);
            break;
        }
        case ExportColumns::Kind::Time:
            appendUtc(m_buffer, ExportColumns::time(record, column));
            break;
        case ExportColumns::Kind::Amount:
            if (const auto amount = ExportColumns::amount(record, column)) {
                const int decimals = std::max(amount->decimalsUsed(), ExportColumns::minDecimals(column));
                m_buffer += amount->toFixed(decimals).toLatin1();
            }
            break;
        case ExportColumns::Kind::Flag:
            m_buffer += ExportColumns::flag(record, column) ? '1' : '0';
            break;
        }
    }
    m_buffer += "\r\n";
    return flush(BlockBytes);
}

bool CsvExport::end(const HistoryTotals &)
{
    // No totals row: every row is an invoice, so that a column sums to the total.
    return flush(1);
}
