#include "core/session/PauseClock.h"

#include "core/session/PauseRules.h"

#include <algorithm>

namespace twofold::session {

PauseClock::PauseClock(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_timer(clock.createTimer()) {
    connect(m_timer.get(), &timing::ClockTimer::timeout, this, &PauseClock::due);
}

void PauseClock::follow(const State& state) {
    const auto dueAt = nextDueAt(state);
    if (!dueAt) {
        m_timer->stop();
        return;
    }
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, *dueAt - m_clock.nowMs())));
}

void PauseClock::stop() {
    m_timer->stop();
}

bool PauseClock::isRunning() const {
    return m_timer->isActive();
}

} // namespace twofold::session
