#pragma once

#include "core/Limits.h"
#include "core/session/SessionState.h"

#include <optional>
#include <vector>

namespace twofold::session {

// DESIGN §4: the pause lengths and how the pause clock produces events.
namespace pause {
constexpr int kDefaultBreakSeconds = limits::kDefaultBreakMinutes * 60;
constexpr int kMinBreakSeconds = limits::kMinBreakMinutes * 60;
constexpr int kMaxBreakSeconds = limits::kMaxBreakMinutes * 60;
constexpr int kDefaultBreathSeconds = 60;
constexpr int kMinBreathSeconds = 30;
constexpr int kMaxBreathSeconds = 5 * 60;
constexpr int kMaxExtensions = 2;
constexpr qint64 kWarningBeforeEndMs = 60 * 1000;
} // namespace pause

// A system event that is due, with the time it was due at (so both sides log the same time).
struct DueEvent {
    Payload payload;
    qint64 at = 0;
};

// The system events the pause clock owes at `nowMs`, in order: the one-minute warning (timed breaks
// only) and the end. Pure: the host appends them; the guest gets them through the log.
std::vector<DueEvent> dueEvents(const State& state, qint64 nowMs);

// When the pause clock owes its next system event (the warning or the end), on the host's time line;
// std::nullopt when no pause is running.
std::optional<qint64> nextDueAt(const State& state);

// Milliseconds left of the running pause at `hostNowMs` (the host's time line, where `endsAt` lives),
// 0 when it is due or no pause is running (none, or re-entry). Never negative.
qint64 remainingMs(const State& state, qint64 hostNowMs);

} // namespace twofold::session
