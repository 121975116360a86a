#pragma once

#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

class InvoiceStore;

// What the gateway said must reach the history even when the disk refuses a
// write for a moment (full, locked, a USB stick pulled): the use case shows the
// answer at once from memory, and the write is tried again until it succeeds,
// in order, with a warning on screen meanwhile. Nothing the gateway said is
// dropped because one write failed.
class PendingWrites : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetryMs = 2000;

    explicit PendingWrites(InvoiceStore *store, QObject *parent = nullptr);

    // Runs `write` now (after any still waiting); keeps it for later if it fails.
    void add(std::function<bool()> write);
    int waiting() const { return int(m_waiting.size()); }

signals:
    // A sentence for the cashier while writes wait; empty once all are stored.
    void problem(const QString &text);

private:
    void flush();

    InvoiceStore *m_store;
    QList<std::function<bool()>> m_waiting;
    QTimer m_timer;
};
