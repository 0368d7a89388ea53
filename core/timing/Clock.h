#pragma once

#include "core/timing/ClockTimer.h"

#include <QtGlobal>
#include <memory>

namespace twofold::timing {

// Time behind an interface (DESIGN §6), used by the session, sync, net and link layers alike.
//
// Two readings:
//   nowMs()  the time line: milliseconds since the Unix epoch as the wall clock read when the clock was
//            made, advanced from then on by a clock that never steps and keeps counting while the computer
//            sleeps (SystemClock: CLOCK_BOOTTIME). Events are stamped with it and every
//            duration (pauses, deadlines, heartbeat) is measured on it, so a step of the wall clock (NTP,
//            a user changing the time, a dual-boot laptop) never ends a pause early or stretches it.
//   wallMs() the wall clock now, milliseconds since the Unix epoch: only for showing a time of day
//            ("Back at 14:32") and for dates that are stored (pairedAt).
// createTimer() gives a single-shot timer on the time line. Timers must not outlive their clock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    virtual qint64 wallMs() const = 0;
    virtual std::unique_ptr<ClockTimer> createTimer() const = 0;
};

} // namespace twofold::timing
