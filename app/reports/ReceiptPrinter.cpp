#include "reports/ReceiptPrinter.h"

#include "settings/TillSettings.h"
#include "store/InvoiceStore.h"

#include <QTimer>

ReceiptPrinter::ReceiptPrinter(InvoiceStore *store, TillSettings *settings, const QLocale &locale, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_locale(locale), m_log(store->connectionName())
{
}

ReceiptPrinter::~ReceiptPrinter()
{
    // Its PrintOuts go with it, their finished() never comes: claims taken
    // back now rather than left to go stale.
    for (const QList<Job> &queue : std::as_const(m_queues)) {
        if (!queue.isEmpty() && queue.first().claim >= 0)
            m_log.release(queue.first().claim);
    }
}

std::optional<PrintDocument> ReceiptPrinter::document(qint64 invoiceId, ReceiptDocument::Copy *copy,
                                                      QString *error) const
{
    const std::optional<InvoiceRecord> invoice = m_store->find(invoiceId);
    if (!invoice) {
        *error = m_store->lastError().isEmpty() ? tr("This invoice is not in the history.") : m_store->lastError();
        return std::nullopt;
    }
    const std::optional<bool> duplicate = m_log.isDuplicate(*invoice, QDateTime::currentDateTimeUtc());
    if (!duplicate) {
        *error = m_log.lastError();
        return std::nullopt;
    }
    *copy = *duplicate ? ReceiptDocument::Copy::Duplicate : ReceiptDocument::Copy::Original;
    return ReceiptDocument::make(*invoice, m_settings->shopProfile(), *copy, m_locale, m_settings->tillTimeZone());
}

void ReceiptPrinter::print(qint64 invoiceId, const PrintDestination &destination, Request request)
{
    QList<Job> &queue = m_queues[invoiceId];
    Job job;
    job.destination = destination;
    job.request = request;
    queue.append(job);
    if (queue.size() == 1)
        attempt(invoiceId);
}

void ReceiptPrinter::attempt(qint64 invoiceId)
{
    const auto queue = m_queues.find(invoiceId);
    if (queue == m_queues.end() || queue->isEmpty())
        return;
    Job &job = queue->first();
    const bool waitForClaims = job.request == Request::Asked
            && (!job.waiting.isValid() || job.waiting.elapsed() < ClaimWaitMs);
    const PrintDestination destination = job.destination;
    const ReceiptLog::Claim claim = m_log.claim(invoiceId, destination.logName(), destination.isPaper(), job.request,
                                                waitForClaims, QDateTime::currentDateTimeUtc());
    switch (claim.outcome) {
    case ReceiptLog::Claim::Outcome::Failed:
        done(invoiceId, false, m_log.lastError());
        return;
    case ReceiptLog::Claim::Outcome::Skip:
        emit skipped(invoiceId);
        next(invoiceId);
        return;
    case ReceiptLog::Claim::Outcome::Wait:
        if (!job.waiting.isValid())
            job.waiting.start();
        QTimer::singleShot(ClaimPollMs, this, [this, invoiceId] { attempt(invoiceId); });
        return;
    case ReceiptLog::Claim::Outcome::Claimed:
        break;
    }
    job.claim = claim.row;
    const ReceiptDocument::Copy copy = claim.duplicate ? ReceiptDocument::Copy::Duplicate : ReceiptDocument::Copy::Original;
    const PrintDocument doc = ReceiptDocument::make(claim.invoice, m_settings->shopProfile(), copy, m_locale,
                                                    m_settings->tillTimeZone());
    PrintOut *out = PrintOut::start(doc, destination, nullptr, this);
    const bool duplicate = claim.duplicate;
    connect(out, &PrintOut::finished, this, [this, invoiceId, duplicate](const QString &error) {
        done(invoiceId, duplicate, error);
    });
}

void ReceiptPrinter::done(qint64 invoiceId, bool duplicate, const QString &error)
{
    const auto queue = m_queues.find(invoiceId);
    if (queue == m_queues.end() || queue->isEmpty())
        return;
    const Job job = queue->first();
    QString outcome = error;
    if (job.claim >= 0) {
        if (!error.isEmpty()) {
            m_log.release(job.claim); // left behind, it goes stale in a few minutes
        } else if (!m_log.confirm(job.claim, QDateTime::currentDateTimeUtc())) {
            //: The receipt came out but the history could not note it: the next one would not say DUPLICATE
            outcome = tr("The receipt was printed, but the history could not note it: %1").arg(m_log.lastError());
        }
    }
    emit finished(invoiceId, duplicate, outcome, job.request == Request::PaidByItself);
    next(invoiceId);
}

void ReceiptPrinter::next(qint64 invoiceId)
{
    const auto queue = m_queues.find(invoiceId);
    if (queue == m_queues.end())
        return;
    if (!queue->isEmpty())
        queue->removeFirst();
    if (queue->isEmpty()) {
        m_queues.erase(queue);
        return;
    }
    attempt(invoiceId);
}

ReceiptAutoPrint::ReceiptAutoPrint(InvoiceStore *store, TillSettings *settings, ReceiptPrinter *printer, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_printer(printer)
{
    connect(store, &InvoiceStore::invoiceChanged, this, &ReceiptAutoPrint::onChanged);
    connect(printer, &ReceiptPrinter::finished, this, [this](qint64, bool, const QString &error, bool byItself) {
        if (byItself && !error.isEmpty())
            emit problem(error);
    });
}

void ReceiptAutoPrint::activate()
{
    if (!m_since.isValid())
        m_since = QDateTime::currentDateTimeUtc();
}

bool ReceiptAutoPrint::turnedPaidSinceActive(qint64 id) const
{
    // The first change into a paid state, from the invoice's own history: an
    // invoice paid before the start, seen again since (its amount learnt, a
    // late "paid late"), has a new updatedAt but did not turn paid now.
    const std::optional<QList<InvoiceEvent>> events = m_store->events(id);
    if (!events)
        return false;
    for (const InvoiceEvent &event : *events) {
        if (ReceiptDocument::isPaid(event.state))
            return event.at >= m_since;
    }
    return false;
}

void ReceiptAutoPrint::onChanged(qint64 id)
{
    if (!isActive())
        return;
    const ReceiptPrinterChoice choice = m_settings->receiptPrinter();
    if (!choice.autoPrintPaid)
        return;
    const std::optional<PrintDestination> destination = PrintDestination::fromChoice(choice);
    if (!destination)
        return;
    const std::optional<InvoiceRecord> invoice = m_store->find(id);
    if (!invoice || !ReceiptDocument::isPaid(invoice->state) || !turnedPaidSinceActive(id))
        return;
    // Whether it was printed already is decided under the history's write
    // lock, with the claim (ReceiptLog::claim): another console may be at it.
    m_printer->print(id, *destination, ReceiptPrinter::Request::PaidByItself);
}
