#pragma once

#include <algorithm>
#include <chrono>

namespace twofold::link {

// Reconnection delays: 250 ms, doubling, at most 4 s (DESIGN §7); reset once a link is up again.
class Backoff {
public:
    using ms = std::chrono::milliseconds;
    explicit Backoff(ms first = ms(250), ms max = ms(4000)) : m_first(first), m_max(max), m_next(first) {}

    ms next() {
        const auto delay = m_next;
        m_next = std::min(m_next * 2, m_max);
        return delay;
    }
    void reset() { m_next = m_first; }

private:
    ms m_first;
    ms m_max;
    ms m_next;
};

} // namespace twofold::link
