#pragma once

#include "core/session/Clock.h"
#include "core/session/Random.h"

#include <vector>

namespace twofold::test {

// A clock that only moves when the test says so.
class FakeClock final : public session::Clock {
public:
    explicit FakeClock(qint64 startMs = 1'700'000'000'000) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void advanceSeconds(qint64 s) { m_now += s * 1000; }
    void setMs(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

// Returns the given values in turn (then repeats the last one).
class FakeRandom final : public session::Random {
public:
    explicit FakeRandom(std::vector<quint32> values = {0}) : m_values(std::move(values)) {}
    quint32 next() override {
        const auto value = m_values[std::min(m_index, m_values.size() - 1)];
        ++m_index;
        return value;
    }

private:
    std::vector<quint32> m_values;
    std::size_t m_index = 0;
};

} // namespace twofold::test
