#pragma once

#include "core/timing/Clock.h"

#include <functional>

namespace twofold::timing {

// The computer's clocks (DESIGN §4: "durations run on a clock that never steps and keeps counting while the
// computer sleeps").
//
// The time line is the wall clock read once at construction, advanced from then on by a clock that counts
// suspended time: CLOCK_BOOTTIME on Linux (clock_gettime(2)). CLOCK_MONOTONIC, behind QElapsedTimer and
// QTimer, stops while the machine sleeps: a 5-minute pause on a laptop that slept 150 s would end after
// 450 s. Timers are deadlines on that time line: a QTimer (precise, never early) is armed for at most
// kSliceMs at a time and the deadline checked again when it fires, so after a suspend every due timer fires
// within one slice of the wake-up, and none fires before its delay.
//
// The second constructor takes the raw boot-time reading (ms, any origin, never going back) so that a test
// can simulate a suspend at the clock level: the reading jumps forward while Qt's timers did not run.
class SystemClock final : public Clock {
public:
    // Longest time a timer waits before it looks at the boot-time clock again (ms).
    static constexpr qint64 kSliceMs = 1000;

    SystemClock();
    explicit SystemClock(std::function<qint64()> bootTimeMs);

    qint64 nowMs() const override;
    qint64 wallMs() const override;
    std::unique_ptr<ClockTimer> createTimer() const override;

    // CLOCK_BOOTTIME in ms (CLOCK_MONOTONIC where the system has no boot-time clock).
    static qint64 bootTimeMs();

private:
    std::function<qint64()> m_bootTimeMs;
    qint64 m_anchorWallMs;
    qint64 m_anchorBootMs;
};

} // namespace twofold::timing
