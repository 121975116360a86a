#include "history/demo/DemoCalendar.h"

#include <cmath>

namespace Demo {
std::vector<State> statesFor(qint64 count, Random &random)
{
    struct Share {
        State state;
        double fraction;
    };
    const Share shares[] = {
        {State::Expired, 0.085},  {State::Failed, 0.025},      {State::Underpaid, 0.02},
        {State::PaidLate, 0.012}, {State::Conflict, 0.0015},   {State::Unknown, 0.0001},
        {State::PaymentSeen, 0.0001}, {State::Open, 0.00005},
    };
    std::vector<State> states;
    states.reserve(size_t(count));
    for (const Share &share : shares) {
        qint64 n = std::llround(double(count) * share.fraction);
        if (count >= 100)
            n = std::max<qint64>(n, 1); // every state shows in any sizeable history
        for (qint64 i = 0; i < n && qint64(states.size()) < count; ++i)
            states.push_back(share.state);
    }
    while (qint64(states.size()) < count)
        states.push_back(State::Paid);
    for (qint64 i = count - 1; i > 0; --i)
        std::swap(states[size_t(i)], states[size_t(random.below64(i + 1))]);
    return states;
}
} // namespace Demo
