#include "core/session/Permissions.h"

#include "core/session/PauseRules.h"
#include "core/session/Rejections.h"

namespace twofold::session {
namespace {

const StepDef* currentStep(const State& state, const FlowLibrary& flows) {
    const auto* flow = flows.find(state.flowId);
    return flow ? flow->step(state.step) : nullptr;
}

// Whether `by` may take `def` in `step` (the session runs, nothing is paused).
std::optional<Error> turnRefusal(const State& state, const StepDef& step, const ActionDef& def, Partner by) {
    switch (step.actor) {
    case Actor::Speaker:
        if (by != state.speaker()) {
            return rejection::notYourTurn(state.name(state.speaker()), true);
        }
        break;
    case Actor::Listener:
        if (by != state.listener()) {
            return rejection::notYourTurn(state.name(state.listener()), false);
        }
        break;
    case Actor::Both:
        if (def.completes && state.completed.count(by) > 0) {
            return rejection::alreadyDone(state.name(other(by)));
        }
        if (def.undoes && state.completed.count(by) == 0) {
            return rejection::notAllowed(); // nothing to take back yet
        }
        break;
    case Actor::Either:
        break;
    }
    if (!def.setFlag.isEmpty() && state.flagged(def.setFlag, by)) {
        return rejection::alreadyDone(state.name(other(by)));
    }
    if (!def.clearFlag.isEmpty() && !state.flagged(def.clearFlag, by)) {
        return rejection::notAllowed(); // nothing to withdraw
    }
    return std::nullopt;
}

// What stops every action of the step at once: no session, an ended one, a pause.
std::optional<Error> sessionRefusal(const State& state) {
    if (!state.started) {
        return rejection::notStarted();
    }
    if (state.ended) {
        return rejection::sessionEnded();
    }
    if (state.pause) {
        return state.pause->phase == PauseState::Phase::ReEntry ? rejection::reEntryFirst()
                                                                : rejection::paused(state.pause->endsAt);
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> actionRefusal(const State& state, const FlowLibrary& flows, Partner by, const QString& actionId) {
    if (auto refusal = sessionRefusal(state)) {
        return refusal;
    }
    const auto* step = currentStep(state, flows);
    const auto* def = step ? step->action(actionId) : nullptr;
    if (def == nullptr) {
        return rejection::unknownAction();
    }
    return turnRefusal(state, *step, *def, by);
}

std::vector<AllowedAction> allowedActions(const State& state, const FlowLibrary& flows, Partner partner) {
    std::vector<AllowedAction> actions;
    const auto* step = state.started ? currentStep(state, flows) : nullptr;
    if (step == nullptr) {
        return actions;
    }
    const auto blocked = sessionRefusal(state);
    for (const auto& def : step->actions) {
        actions.push_back({&def, blocked ? blocked : turnRefusal(state, *step, def, partner)});
    }
    return actions;
}

std::optional<Error> pauseRefusal(const State& state, Partner by, PauseAction action) {
    if (!state.started) {
        return rejection::notStarted();
    }
    if (state.ended) {
        return rejection::sessionEnded();
    }
    if (action == PauseAction::Request) {
        return state.pause ? std::optional(rejection::alreadyPaused()) : std::nullopt;
    }
    if (!state.pause) {
        return rejection::notPaused();
    }
    const auto& current = *state.pause;
    const bool running = current.phase == PauseState::Phase::Running;
    const bool mine = current.by == by;
    switch (action) {
    case PauseAction::Request:
        break; // answered above
    case PauseAction::Acknowledge:
        if (mine || current.acknowledged || current.kind != PauseKind::Break || !running) {
            return rejection::notAllowed();
        }
        return std::nullopt;
    case PauseAction::Extend:
        if (!mine) {
            return rejection::notPauser(state.name(current.by));
        }
        if (current.kind != PauseKind::Break) {
            return rejection::notExtendable();
        }
        if (current.extensions >= pause::kMaxExtensions) {
            return rejection::extensionLimit();
        }
        return std::nullopt;
    case PauseAction::ReturnEarly:
        if (!mine) {
            return rejection::notPauser(state.name(current.by));
        }
        return running ? std::nullopt : std::optional(rejection::notAllowed());
    case PauseAction::ReEnter:
        if (running) {
            return rejection::notInReEntry();
        }
        if (current.reentries[static_cast<std::size_t>(indexOf(by))]) {
            return rejection::alreadyDone(state.name(other(by)));
        }
        return std::nullopt;
    }
    return rejection::notAllowed();
}

} // namespace twofold::session
