// The demo's one source of chance: a seeded generator, so a seed gives the same history again.
#pragma once

#include <QRandomGenerator>
#include <cstddef>

namespace Demo {
class Random
{
public:
    explicit Random(quint32 seed) : m_generator(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_generator.bounded(quint32(n))); }
    qint64 below64(qint64 n) { return n <= 1 ? 0 : qint64(m_generator.bounded(quint64(n))); }
    int between(int low, int high) { return low + below(high - low + 1); }
    double unit() { return m_generator.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N]) { return items[below(int(N))]; }
    // An index into `items` by their weights.
    template<typename T, size_t N>
    int weighted(const T (&items)[N])
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int roll = below(total);
        for (size_t i = 0; i < N; ++i) {
            if ((roll -= items[i].weight) < 0)
                return int(i);
        }
        return int(N) - 1;
    }

private:
    QRandomGenerator m_generator;
};
} // namespace Demo
