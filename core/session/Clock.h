#pragma once

#include "core/timing/Clock.h"
#include "core/timing/SystemClock.h"

namespace twofold::session {

// The session layer's names for the shared clock seam (core/timing/Clock.h): nowMs() is the boot-time
// time line events are stamped with, wallMs() the wall clock for showing a time of day.
using Clock = timing::Clock;
using SystemClock = timing::SystemClock;

} // namespace twofold::session
