#pragma once

#include "core/session/Clock.h"
#include "core/session/Random.h"

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace twofold::test {

// A clock that only moves when the test says so. Its timers fire inside advanceMs(), in the order they
// are due, each with the clock set to its due time, so deadlines can be checked to the millisecond
// ("not at 5999 ms, at 6000 ms") without waiting. The wall clock moves with the time line unless the
// test steps it on its own (stepWallMs), as NTP or a user changing the time would.
class FakeClock final : public session::Clock {
public:
    explicit FakeClock(qint64 startMs = 1'700'000'000'000) : m_state(std::make_shared<State>()) {
        m_state->now = startMs;
        m_state->wall = startMs;
    }

    qint64 nowMs() const override { return m_state->now; }
    qint64 wallMs() const override { return m_state->wall; }
    std::unique_ptr<timing::ClockTimer> createTimer() const override { return std::make_unique<Timer>(m_state); }

    // Moves time forward by `ms` (>= 0), firing every timer that falls due on the way.
    void advanceMs(qint64 ms) {
        const qint64 target = m_state->now + std::max<qint64>(ms, 0);
        while (auto* timer = m_state->nextDue(target)) {
            m_state->wall += timer->m_due - m_state->now;
            m_state->now = timer->m_due;
            timer->m_active = false;
            Q_EMIT timer->timeout();
        }
        m_state->wall += target - m_state->now;
        m_state->now = target;
    }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    // Moves time forward to the next timer due (if any) and fires it; false when none is running.
    bool fireNextTimer() {
        const auto due = nextDueMs();
        if (!due) {
            return false;
        }
        advanceMs(*due - m_state->now);
        return true;
    }
    // Sets the time line and the wall clock to `ms` without firing timers (a fresh clock reading).
    void setMs(qint64 ms) {
        m_state->now = ms;
        m_state->wall = ms;
    }
    // The wall clock jumps by `ms` (either way); the time line, and so every duration, is unaffected.
    void stepWallMs(qint64 ms) { m_state->wall += ms; }

    std::optional<qint64> nextDueMs() const {
        const auto* timer = m_state->nextDue(std::numeric_limits<qint64>::max());
        return timer ? std::optional<qint64>(timer->m_due) : std::nullopt;
    }
    int activeTimers() const {
        return static_cast<int>(std::count_if(m_state->timers.begin(), m_state->timers.end(),
                                              [](const Timer* timer) { return timer->m_active; }));
    }

private:
    class Timer;
    struct State {
        qint64 now = 0;
        qint64 wall = 0;
        quint64 order = 0;
        std::vector<Timer*> timers;
        Timer* nextDue(qint64 limit) const {
            Timer* best = nullptr;
            for (auto* timer : timers) {
                if (timer->m_active && timer->m_due <= limit &&
                    (!best || timer->m_due < best->m_due ||
                     (timer->m_due == best->m_due && timer->m_order < best->m_order))) {
                    best = timer;
                }
            }
            return best;
        }
    };

    class Timer final : public timing::ClockTimer {
    public:
        explicit Timer(std::shared_ptr<State> state) : m_state(std::move(state)) { m_state->timers.push_back(this); }
        ~Timer() override { std::erase(m_state->timers, this); }
        void start(std::chrono::milliseconds delay) override {
            m_due = m_state->now + std::max<qint64>(delay.count(), 0);
            m_order = ++m_state->order;
            m_active = true;
        }
        void stop() override { m_active = false; }
        bool isActive() const override { return m_active; }

        std::shared_ptr<State> m_state;
        qint64 m_due = 0;
        quint64 m_order = 0;
        bool m_active = false;
    };

    std::shared_ptr<State> m_state;
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
