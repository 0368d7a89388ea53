#pragma once

#include "core/timing/Clock.h"

#include <QElapsedTimer>

namespace twofold::timing {

// The computer's clocks: the wall clock (QDateTime) read once at construction, then the monotonic clock
// (QElapsedTimer, CLOCK_MONOTONIC on Linux) for the time line. Its timers are precise Qt timers that never
// fire early: Qt's default coarse timers may fire up to 5 % early, which would cut a 6 s silence limit to
// 5.7 s (docs/PROTOCOL.md "Heartbeat and timeouts").
class SystemClock final : public Clock {
public:
    SystemClock();

    qint64 nowMs() const override;
    qint64 wallMs() const override;
    std::unique_ptr<ClockTimer> createTimer() const override;

private:
    qint64 m_anchorWallMs;
    QElapsedTimer m_elapsed;
};

} // namespace twofold::timing
