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

// Every action of the current step for `partner`, in the flow file's order, each with its refusal.
// Empty when no session runs or the step is unknown.
std::vector<AllowedAction> allowedActions(const State& state, const FlowLibrary& flows, Partner partner);

} // namespace twofold::session
