#pragma once

#include "core/Result.h"
#include "core/session/FlowLibrary.h"
#include "core/session/SessionState.h"

#include <optional>

namespace twofold::session {

// The pure heart of a session. Both computers run the same functions over the same log, so they
// derive the same state.
//
// check(): may this partner do this now? Returns the reason (stable code + a message a UI can show,
// e.g. "It's Alex's turn to speak.") when not. System payloads (pause clock) are checked for
// consistency with the pause state. Nothing is changed.
std::optional<Error> check(const State& state, const FlowLibrary& flows, std::optional<Partner> by,
                           const Payload& payload);

// apply(): the state after an event that check() accepted.
State apply(State state, const FlowLibrary& flows, const Event& event);

} // namespace twofold::session
