#include "checkout/PollSchedule.h"

#include <algorithm>

qint64 PollSchedule::intervalSecs(qint64 ageSecs)
{
    if (ageSecs < 10 * 60)
        return 10;
    if (ageSecs < 60 * 60)
        return 30;
    if (ageSecs < 6 * 60 * 60)
        return 2 * 60;
    if (ageSecs < 24 * 60 * 60)
        return 5 * 60;
    return 15 * 60;
}

QList<qint64> PollSchedule::due(const QList<Entry> &open, const QDateTime &now, int max,
                                const QSet<qint64> &skip) const
{
    struct Candidate {
        qint64 id;
        bool neverAsked;
        QDateTime key; // never asked: creation (newest first); else when it fell due
    };
    QList<Candidate> candidates;
    for (const Entry &entry : open) {
        if (skip.contains(entry.id))
            continue;
        const auto last = m_lastAsked.constFind(entry.id);
        if (last == m_lastAsked.constEnd()) {
            candidates.append({entry.id, true, entry.createdAt});
            continue;
        }
        const QDateTime dueAt = last->addSecs(intervalSecs(entry.createdAt.secsTo(now)));
        if (dueAt <= now)
            candidates.append({entry.id, false, dueAt});
    }
    const auto firstToAsk = [](const Candidate &a, const Candidate &b) {
        if (a.neverAsked != b.neverAsked)
            return a.neverAsked;
        if (a.neverAsked)
            return a.key > b.key || (a.key == b.key && a.id > b.id);
        return a.key < b.key || (a.key == b.key && a.id > b.id);
    };
    const int count = std::min<int>(std::max(0, max), int(candidates.size()));
    std::partial_sort(candidates.begin(), candidates.begin() + count, candidates.end(), firstToAsk);
    QList<qint64> result;
    for (int i = 0; i < count; ++i)
        result.append(candidates.at(i).id);
    return result;
}

void PollSchedule::keepOnly(const QList<Entry> &open)
{
    QSet<qint64> ids;
    ids.reserve(open.size());
    for (const Entry &entry : open)
        ids.insert(entry.id);
    for (auto it = m_lastAsked.begin(); it != m_lastAsked.end();) {
        if (ids.contains(it.key()))
            ++it;
        else
            it = m_lastAsked.erase(it);
    }
}
