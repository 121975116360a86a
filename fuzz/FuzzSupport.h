#pragma once

// What every fuzz target shares: how the first byte of an input picks the HTTP
// status of a gateway answer, and a check that stops the run with a readable
// reason (libFuzzer records the input that broke it as a crash).

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

// The statuses the gateway and the proxies in front of it really send. Seed files
// start with a digit so that they stay readable: '0' is 200, '1' is 421, '2' 422...
inline int httpStatusFor(std::uint8_t selector)
{
    static constexpr int statuses[] = {200, 421, 422, 500, 502, 301, 302, 404,
                                       0,   201, 400, 503, 429, 204, 307, 401};
    return statuses[selector % (sizeof statuses / sizeof statuses[0])];
}

// An invariant that must hold for every input; abort() so that libFuzzer keeps the
// input, and say which invariant broke.
inline void require(bool condition, const char *what, const QString &detail = QString())
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  detail: %s\n", detail.toUtf8().constData());
    std::abort();
}

// The input split as the answer targets read it: a status byte, then the body.
struct Answer
{
    int httpStatus = 0;
    QByteArray body;
};

inline Answer answerFrom(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return {};
    return {httpStatusFor(data[0]), QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1))};
}

} // namespace Fuzz
