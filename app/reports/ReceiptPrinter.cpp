#include "reports/ReceiptPrinter.h"

#include "settings/TillSettings.h"
#include "store/InvoiceStore.h"


ReceiptPrinter::ReceiptPrinter(InvoiceStore *store, TillSettings *settings, const QLocale &locale, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_locale(locale), m_log(store->connectionName())
{
}

ReceiptPrinter::~ReceiptPrinter() = default;

std::optional<PrintDocument> ReceiptPrinter::document(qint64 invoiceId, ReceiptDocument::Copy *copy,
                                                      QString *error) const
{
    const std::optional<InvoiceRecord> invoice = m_store->find(invoiceId);
    if (!invoice) {
        *error = m_store->lastError().isEmpty() ? tr("This invoice is not in the history.") : m_store->lastError();
        return std::nullopt;
    }
    const std::optional<int> printed = m_log.timesPrinted(invoiceId);
    if (!printed) {
        *error = m_log.lastError();
        return std::nullopt;
    }
    // A print on its way counts: two quick presses give an original and a duplicate.
    *copy = *printed > 0 || m_inFlight.contains(invoiceId) ? ReceiptDocument::Copy::Duplicate
                                                            : ReceiptDocument::Copy::Original;
    return ReceiptDocument::make(*invoice, m_settings->shopProfile(), *copy, m_locale, m_settings->tillTimeZone());
}

void ReceiptPrinter::print(qint64 invoiceId, const PrintDestination &destination)
{
    ReceiptDocument::Copy copy = ReceiptDocument::Copy::Original;
    QString error;
    const std::optional<PrintDocument> doc = document(invoiceId, &copy, &error);
    const bool duplicate = copy == ReceiptDocument::Copy::Duplicate;
    if (!doc) {
        emit finished(invoiceId, duplicate, error);
        return;
    }
    m_inFlight.insert(invoiceId);
    PrintOut *out = PrintOut::start(*doc, destination, nullptr, this);
    connect(out, &PrintOut::finished, this, [this, invoiceId, destination, duplicate](const QString &error) {
        m_inFlight.remove(invoiceId);
        done(invoiceId, destination, duplicate, error);
    });
}

void ReceiptPrinter::done(qint64 invoiceId, const PrintDestination &destination, bool duplicate, const QString &error)
{
    if (error.isEmpty() && !m_log.record(invoiceId, destination.logName(), duplicate, QDateTime::currentDateTimeUtc())) {
        //: The receipt came out but the history could not note it: the next one would not say DUPLICATE
        emit finished(invoiceId, duplicate,
                      tr("The receipt was printed, but the history could not note it: %1").arg(m_log.lastError()));
        return;
    }
    emit finished(invoiceId, duplicate, error);
}

ReceiptAutoPrint::ReceiptAutoPrint(InvoiceStore *store, TillSettings *settings, ReceiptPrinter *printer, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_settings(settings),
      m_printer(printer),
      m_log(store->connectionName())
{
    connect(store, &InvoiceStore::invoiceChanged, this, &ReceiptAutoPrint::onChanged);
    connect(printer, &ReceiptPrinter::finished, this, [this](qint64 id, bool, const QString &error) {
        if (m_started.remove(id) && !error.isEmpty())
            emit problem(error);
    });
}

void ReceiptAutoPrint::activate()
{
    if (!m_since.isValid())
        m_since = QDateTime::currentDateTimeUtc();
}

void ReceiptAutoPrint::onChanged(qint64 id)
{
    if (!isActive())
        return;
    const ReceiptPrinterChoice choice = m_settings->receiptPrinter();
    const std::optional<PrintDestination> destination = PrintDestination::fromChoice(choice);
    if (!choice.autoPrintPaid || !destination || m_printer->isPrinting(id))
        return;
    const std::optional<InvoiceRecord> invoice = m_store->find(id);
    if (!invoice || !ReceiptDocument::isPaid(invoice->state) || invoice->updatedAt < m_since)
        return;
    const std::optional<int> printed = m_log.timesPrinted(id);
    if (!printed || *printed > 0)
        return;
    m_started.insert(id);
    m_printer->print(id, *destination);
}
