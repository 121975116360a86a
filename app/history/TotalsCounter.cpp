#include "history/TotalsCounter.h"

#include "history/HistoryReader.h"

#include <QtConcurrent>

TotalsCounter::TotalsCounter(const QString &storeConnection, QObject *parent)
    : QObject(parent), m_storeConnection(storeConnection)
{
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &TotalsCounter::onFinished);
}

TotalsCounter::~TotalsCounter()
{
    m_watcher.waitForFinished();
}

void TotalsCounter::request(const HistoryFilter &filter)
{
    m_next = filter;
    if (!m_watcher.isRunning())
        start();
}

void TotalsCounter::start()
{
    const HistoryFilter filter = *m_next;
    m_next.reset();
    const QString source = m_storeConnection;
    m_watcher.setFuture(QtConcurrent::run([source, filter]() -> Answer {
        const HistoryConnection connection(source);
        if (!connection.isOpen())
            return {std::nullopt, connection.error()};
        const HistoryReader reader(connection.name());
        auto totals = reader.totals(filter);
        return {totals, totals ? QString() : reader.lastError()};
    }));
}

void TotalsCounter::onFinished()
{
    const Answer answer = m_watcher.result();
    // A newer question came while this one was counted: its answer is the one
    // that matches what is on screen.
    if (m_next) {
        start();
        return;
    }
    if (answer.totals)
        emit ready(*answer.totals);
    else
        emit failed(answer.error);
}
