#pragma once

#include "core/Result.h"
#include "core/session/FlowLibrary.h"
#include "core/session/SessionState.h"

#include <optional>
#include <vector>

namespace twofold::session {

// One action of the current step as one partner may, or may not, take it now.
struct AllowedAction {
    const ActionDef* action = nullptr; // points into the FlowLibrary the state was built with
    std::optional<Error> refusal;      // empty: allowed now; else the reason the host would give
    bool allowed() const { return !refusal.has_value(); }
};

// The single source of the flows' turn rules (DESIGN §2, the flow files' `actor`, `completes`,
// `undoes`, `setFlag`, `clearFlag`): may `by` take the action `actionId` of the current step now? The
// reason when not — the same stable code and message the host sends back (see rejection::*). The
// reducer's check() calls this for every flow action, and the screens enable a button exactly when
// it returns nothing, so the two can never disagree. The action's field values are not looked at
// here (check() does that).
std::optional<Error> actionRefusal(const State& state, const FlowLibrary& flows, Partner by, const QString& actionId);

// What a partner can do about a pause (DESIGN §4): ask for one ("I need N minutes" or a shared breath),
// tell the one who paused "OK, take your time", extend one's own break, come back early, and say how
// one is at re-entry.
enum class PauseAction { Request, Acknowledge, Extend, ReturnEarly, ReEnter };

// The single source of the pause rules: may `by` take `action` now? The reason when not, the same
// code and message the host sends back. The reducer's check() calls this for every pause intent and
// the pause screen and side panel show a button exactly when it returns nothing. A pause's values
// (its length, the re-entry line) are not looked at here (check() does that). Rules:
// - Request: a session runs, has not ended, and no pause runs ("already-paused").
// - Acknowledge: the other partner's break is running and not yet acknowledged (a breath is shared,
//   so nobody acknowledges it; neither is a pause acknowledged once its time is over).
// - Extend: one's own break (not a breath), fewer than pause::kMaxExtensions extensions so far.
// - ReturnEarly: one's own pause, while it runs.
// - ReEnter: the pause's time is over (re-entry) and this partner has not said how they are yet.
std::optional<Error> pauseRefusal(const State& state, Partner by, PauseAction action);

// Every action of the current step for `partner`, in the flow file's order, each with its refusal.
// Empty when no session runs or the step is unknown.
std::vector<AllowedAction> allowedActions(const State& state, const FlowLibrary& flows, Partner partner);

} // namespace twofold::session
