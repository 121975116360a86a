#include "checkout/PendingWrites.h"

#include "store/InvoiceStore.h"

PendingWrites::PendingWrites(InvoiceStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_timer.setInterval(RetryMs);
    connect(&m_timer, &QTimer::timeout, this, &PendingWrites::flush);
}

void PendingWrites::add(std::function<bool()> write)
{
    m_waiting.append(std::move(write));
    flush();
}

void PendingWrites::flush()
{
    const bool wasWaiting = m_timer.isActive();
    while (!m_waiting.isEmpty()) {
        if (!m_waiting.first()()) {
            m_timer.start();
            emit problem(tr("The invoice history could not be written (%1). The console keeps what the gateway said "
                            "and tries again every few seconds; do not close it.")
                                 .arg(m_store->lastError()));
            return;
        }
        m_waiting.removeFirst();
    }
    m_timer.stop();
    if (wasWaiting)
        emit problem(QString());
}
