#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

// Which open invoices to ask the gateway about next. The gateway can only be
// asked by order id (asking for the whole account returns every invoice ever
// made, megabytes on a real shop), so each cycle asks about a bounded few: the
// never-asked first (newest first), then the most overdue. A young invoice is
// due again after seconds, an old one after minutes: a customer pays within
// moments of the invoice being made, rarely hours later.
class PollSchedule
{
public:
    struct Entry {
        qint64 id = -1;
        QDateTime createdAt; // UTC
    };

    // How long an invoice of this age may go unasked.
    static qint64 intervalSecs(qint64 ageSecs);

    // Up to `max` of `open` that are due at `now`, in the order to ask them.
    // `skip` (the invoice on screen, those with a question on its way) are left out.
    QList<qint64> due(const QList<Entry> &open, const QDateTime &now, int max, const QSet<qint64> &skip) const;
    void asked(qint64 id, const QDateTime &now) { m_lastAsked.insert(id, now); }
    // Makes an invoice due at once (its countdown ran out: the gateway decides).
    void askSoon(qint64 id) { m_lastAsked.remove(id); }
    // Forgets invoices no longer open, so the table stays as small as `open`.
    void keepOnly(const QList<Entry> &open);
    int size() const { return int(m_lastAsked.size()); }

private:
    QHash<qint64, QDateTime> m_lastAsked;
};
