#pragma once

#include "core/Result.h"
#include "core/session/SessionState.h"

#include <optional>

namespace twofold::session {

// When a gentle signal may be sent (DESIGN §4, §5). The host checks these for every signal it orders and
// every side for every signal it appends, so a modified peer cannot go around what the screens offer.

// During a break that the *other* partner asked for, only reassuring signals (isReassuring: still-here,
// thank-you, care) are accepted; the rest wait until re-entry (DESIGN §4 "the one who paused gets a real
// break"). Refusal: rejection::signalWaits(name of the one pausing).
std::optional<Error> signalDuringPauseRefusal(const State& state, Partner by, const QString& signalId);

// The signal rate limit: one partner sends the same signal at most once per kSameSignalMs and at most
// kBurstCount signals per kBurstMs, measured on the host's time line (`atMs`, ms, the event's stamp), so a
// hard moment cannot become a flood of signals. Refusal: rejection::signalTooSoon(name of the receiver).
inline constexpr qint64 kSameSignalMs = 5000;
inline constexpr int kBurstCount = 3;
inline constexpr qint64 kBurstMs = 10000;
std::optional<Error> signalRateRefusal(const State& state, Partner by, const QString& signalId, qint64 atMs);

} // namespace twofold::session
