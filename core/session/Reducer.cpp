#include "core/session/Reducer.h"

#include "core/Limits.h"
#include "core/session/PauseRules.h"
#include "core/session/Permissions.h"
#include "core/session/Rejections.h"
#include "core/session/SignalCatalogue.h"
#include "core/session/SignalRules.h"
#include "core/text/UserText.h"

#include <type_traits>

namespace twofold::session {
namespace {

// [[maybe_unused]]: clang 14 does not see its use in a discarded `if constexpr` branch (-Wunused-const-variable).
template <typename> [[maybe_unused]] constexpr bool kAlwaysFalse = false;

bool validSpeakerValue(const QString& value) {
    static const QStringList values{QStringLiteral("me"), QStringLiteral("partner"), QStringLiteral("coin"),
                                    QStringLiteral("A"), QStringLiteral("B")};
    return values.contains(value);
}

std::optional<Error> checkFields(const ActionDef& action, const Fields& fields) {
    for (const auto& [name, value] : fields) {
        const auto* field = action.field(name);
        if (field == nullptr) {
            return rejection::unknownField(name);
        }
        if (text::graphemeCount(value) > field->maxLength) { // user-perceived characters
            return rejection::fieldTooLong(name, field->maxLength);
        }
        const bool validChoice = field->kind != FieldKind::Choice || value.isEmpty() || field->options.contains(value);
        const bool validSpeaker = field->kind != FieldKind::Speaker || value.isEmpty() || validSpeakerValue(value);
        const bool validCoin = field->kind != FieldKind::Coin || value.isEmpty() || value == QLatin1String("A") ||
                               value == QLatin1String("B");
        if (!validChoice || !validSpeaker || !validCoin) {
            return rejection::invalidValue(name);
        }
    }
    for (const auto& field : action.fields) {
        if (!field.required || field.kind == FieldKind::Coin) {
            continue;
        }
        const auto it = fields.find(field.name);
        if (it == fields.end() || it->second.trimmed().isEmpty()) {
            return rejection::missingField(field.name);
        }
    }
    return std::nullopt;
}

// Whether any field says something: text, or a real choice of who starts (not "let a coin decide").
bool changesSomething(const ActionDef& action, const Fields& fields) {
    for (const auto& field : action.fields) {
        const auto it = fields.find(field.name);
        if (it == fields.end() || it->second.trimmed().isEmpty() || field.kind == FieldKind::Coin) {
            continue;
        }
        if (field.kind != FieldKind::Speaker || it->second != QLatin1String("coin")) {
            return true;
        }
    }
    return false;
}

std::optional<Error> checkFlowAction(const State& state, const FlowLibrary& flows, Partner by,
                                     const FlowAction& action) {
    if (auto refusal = actionRefusal(state, flows, by, action.action)) {
        return refusal; // who may act when: one rule, shared with the screens (Permissions.h)
    }
    const auto* def = flows.find(state.flowId)->step(state.step)->action(action.action);
    if (auto refusal = checkFields(*def, action.fields)) {
        return refusal;
    }
    if (def->needsSomething && !changesSomething(*def, action.fields)) {
        return rejection::nothingToSet();
    }
    return std::nullopt;
}

// A moment is taken at the flow's first step (the shared check-in), before this partner said they are
// ready, and once at a time; it ends with `taking: false` or any flow action of the same partner.
std::optional<Error> checkMoment(const State& state, const FlowLibrary& flows, Partner by, const MomentTaken& moment) {
    if (!moment.taking) {
        return state.takingMoment(by) ? std::nullopt : std::optional(rejection::notAllowed());
    }
    const auto* flow = flows.find(state.flowId);
    if (flow == nullptr || state.step != flow->start || state.completed.count(by) > 0 || state.takingMoment(by)) {
        return rejection::notAllowed();
    }
    return std::nullopt;
}

// A partner's pause intent: who may is pauseRefusal() (Permissions.h), shared with the screens; what
// is checked here is only the intent's values. The host's own timer events (the one-minute warning, the
// end) carry no partner.
std::optional<Error> checkPause(const State& state, std::optional<Partner> by, const Payload& payload) {
    const auto partnerAction = [&]() -> std::optional<PauseAction> {
        if (std::holds_alternative<PauseRequested>(payload)) {
            return PauseAction::Request;
        }
        if (std::holds_alternative<PauseAcknowledged>(payload)) {
            return PauseAction::Acknowledge;
        }
        if (std::holds_alternative<PauseExtended>(payload)) {
            return PauseAction::Extend;
        }
        if (std::holds_alternative<PauseReturned>(payload)) {
            return PauseAction::ReturnEarly;
        }
        if (std::holds_alternative<ReEntered>(payload)) {
            return PauseAction::ReEnter;
        }
        return std::nullopt;
    }();
    if (partnerAction) {
        if (!by) {
            return rejection::notAllowed();
        }
        if (auto refusal = pauseRefusal(state, *by, *partnerAction)) {
            return refusal;
        }
    }
    if (const auto* request = std::get_if<PauseRequested>(&payload)) {
        const bool isBreak = request->kind == PauseKind::Break;
        const int min = isBreak ? pause::kMinBreakSeconds : pause::kMinBreathSeconds;
        const int max = isBreak ? pause::kMaxBreakSeconds : pause::kMaxBreathSeconds;
        if (request->seconds < min || request->seconds > max) {
            return rejection::pauseLength(min, max);
        }
        return std::nullopt;
    }
    if (!state.pause) {
        return rejection::notPaused();
    }
    const auto& current = *state.pause;
    const bool running = current.phase == PauseState::Phase::Running;
    if (std::holds_alternative<PauseAcknowledged>(payload) || std::holds_alternative<PauseExtended>(payload) ||
        std::holds_alternative<PauseReturned>(payload)) {
        return std::nullopt; // nothing more than who may (above)
    }
    if (const auto* reentry = std::get_if<ReEntered>(&payload)) {
        if (reentry->feeling.trimmed().isEmpty()) {
            return rejection::missingField(QStringLiteral("feeling"));
        }
        if (text::graphemeCount(reentry->feeling) > limits::kReEntryGraphemes) {
            return rejection::fieldTooLong(QStringLiteral("feeling"), limits::kReEntryGraphemes);
        }
        return std::nullopt;
    }
    if (std::holds_alternative<PauseWarning>(payload)) {
        return running && !current.warned && current.kind == PauseKind::Break ? std::nullopt
                                                                              : std::optional(rejection::notAllowed());
    }
    if (std::holds_alternative<PauseEnded>(payload)) {
        return running ? std::nullopt : std::optional(rejection::notAllowed());
    }
    return rejection::notAllowed();
}

// Moves to a step, taking the floor from the values the leaving step set, if the transition says so,
// and remembering how it was given (who asked to start, or a coin).
void enter(State& state, const QString& stepId, const QStringList& floorFrom) {
    for (const auto& key : floorFrom) {
        const auto it = state.stepValues.find(key);
        if (it == state.stepValues.end()) {
            continue;
        }
        if (const auto partner = partnerFromString(it->second)) {
            state.floor = *partner;
            state.floorDecision = FloorDecision{state.startWishes, key != floorFrom.front(), *partner};
            break;
        }
    }
    state.step = stepId;
    state.completed.clear();
    state.moments.clear();
    state.stepValues.clear();
    state.startWishes = {};
}

// A partner's wish for who starts ("A"/"B"; anything else: no wish). Agreeing wishes, or one alone, set
// the step's value; wishes for different people leave it unset, so the coin decides, openly.
void recordStartWish(State& state, Partner by, const QString& field, const QString& value) {
    state.startWishes[static_cast<std::size_t>(indexOf(by))] = partnerFromString(value);
    const auto& a = state.startWishes[0];
    const auto& b = state.startWishes[1];
    if (a && b && *a != *b) {
        state.stepValues.erase(field);
    } else if (a || b) {
        state.stepValues[field] = toString(a ? *a : *b);
    } else {
        state.stepValues.erase(field);
    }
}

void follow(State& state, const Transition& transition) {
    if (transition.swap) {
        state.heard.insert(state.floor);
        state.floor = other(state.floor);
        ++state.round;
        if (state.heard.size() == 2) {
            state.heard.clear();
            enter(state, transition.then, transition.floorFrom);
        } else {
            enter(state, transition.repeat, {});
        }
        return;
    }
    if (!transition.goTo.isEmpty()) {
        enter(state, transition.goTo, transition.floorFrom);
    }
}

void applyFlowAction(State& state, const FlowLibrary& flows, const Event& event, const FlowAction& action) {
    const auto* flow = flows.find(state.flowId);
    const auto* step = flow ? flow->step(state.step) : nullptr;
    const auto* def = step ? step->action(action.action) : nullptr;
    if (def == nullptr) {
        return; // unreachable for checked events
    }
    const auto by = *event.by;
    state.moments.erase(by); // acting at the check-in: back from the moment
    bool hasText = false;
    for (const auto& field : def->fields) {
        const auto it = action.fields.find(field.name);
        if (field.kind == FieldKind::Speaker) {
            recordStartWish(state, by, field.name, it == action.fields.end() ? QString() : it->second);
            continue;
        }
        if (it == action.fields.end()) {
            continue;
        }
        state.stepValues[field.name] = it->second;
        hasText = hasText || (field.kind == FieldKind::Text && !it->second.trimmed().isEmpty());
    }
    if (hasText || def->shown || !def->summaryTag.isEmpty()) {
        quint64 answers = 0;
        for (auto it = state.entries.rbegin(); it != state.entries.rend(); ++it) {
            if (it->by != by) {
                answers = it->seq;
                break;
            }
        }
        state.entries.push_back(
            {event.seq, by, event.at, state.step, action.action, action.fields, answers, state.round});
    }
    if (!def->setFlag.isEmpty()) {
        state.flags[def->setFlag].insert(by);
    }
    if (!def->clearFlag.isEmpty()) {
        state.flags[def->clearFlag].erase(by);
    }
    if (step->actor == Actor::Both) {
        if (def->completes) {
            state.completed.insert(by);
        }
        if (def->undoes) {
            state.completed.erase(by);
        }
        if (state.completed.size() == 2) {
            follow(state, step->whenComplete);
            return;
        }
    }
    follow(state, def->next);
}

void applyPause(State& state, const Event& event) {
    auto& current = state.pause;
    std::visit(
        [&](const auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, PauseRequested>) {
                current = PauseState{};
                current->by = *event.by;
                current->kind = p.kind;
                current->startedAt = event.at;
                current->lengthSeconds = p.seconds;
                current->endsAt = event.at + qint64(p.seconds) * 1000;
                ++state.pausesTaken;
            } else if constexpr (std::is_same_v<T, PauseAcknowledged>) {
                current->acknowledged = true;
            } else if constexpr (std::is_same_v<T, PauseExtended>) {
                ++current->extensions;
                const auto from = current->phase == PauseState::Phase::Running ? current->endsAt : event.at;
                current->endsAt = from + qint64(current->lengthSeconds) * 1000;
                current->phase = PauseState::Phase::Running;
                current->warned = false;
                current->reentries = {};
            } else if constexpr (std::is_same_v<T, PauseWarning>) {
                current->warned = true;
            } else if constexpr (std::is_same_v<T, PauseEnded> || std::is_same_v<T, PauseReturned>) {
                if (current->kind == PauseKind::Breath) {
                    current.reset();
                } else {
                    current->phase = PauseState::Phase::ReEntry;
                }
            } else if constexpr (std::is_same_v<T, ReEntered>) {
                current->reentries[static_cast<std::size_t>(indexOf(*event.by))] = p.feeling;
                if (current->reentries[0] && current->reentries[1]) {
                    current.reset(); // the flow resumes exactly where it stopped
                }
            }
        },
        event.payload);
}

} // namespace

std::optional<Error> check(const State& state, const FlowLibrary& flows, std::optional<Partner> by,
                           const Payload& payload) {
    if (by.has_value() == isSystemEvent(payload)) {
        return rejection::notAllowed();
    }
    if (const auto* started = std::get_if<SessionStarted>(&payload)) {
        if (state.started) {
            return rejection::alreadyStarted();
        }
        if (flows.find(started->flowId) == nullptr) {
            return rejection::unknownFlow(started->flowId);
        }
        const auto validName = [](const QString& name) {
            return !name.trimmed().isEmpty() && text::graphemeCount(name) <= limits::kNameGraphemes;
        };
        if (!validName(started->nameA) || !validName(started->nameB)) {
            return rejection::badNames();
        }
        return std::nullopt;
    }
    if (!state.started) {
        return rejection::notStarted();
    }
    if (state.ended) {
        return rejection::sessionEnded();
    }
    if (const auto* action = std::get_if<FlowAction>(&payload)) {
        return checkFlowAction(state, flows, *by, *action);
    }
    if (const auto* signal = std::get_if<SignalSent>(&payload)) {
        if (!isKnownSignal(signal->signalId)) {
            return rejection::unknownSignal();
        }
        return signalDuringPauseRefusal(state, *by, signal->signalId);
    }
    if (std::holds_alternative<SessionEnded>(payload)) {
        return std::nullopt;
    }
    if (const auto* moment = std::get_if<MomentTaken>(&payload)) {
        return checkMoment(state, flows, *by, *moment);
    }
    return checkPause(state, by, payload);
}

State apply(State state, const FlowLibrary& flows, const Event& event) {
    std::visit(
        [&](const auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, SessionStarted>) {
                state.started = true;
                state.flowId = p.flowId;
                state.names = {p.nameA.trimmed(), p.nameB.trimmed()};
                const auto* flow = flows.find(p.flowId);
                state.step = flow ? flow->start : QString();
                state.floor = Partner::A;
            } else if constexpr (std::is_same_v<T, FlowAction>) {
                applyFlowAction(state, flows, event, p);
            } else if constexpr (std::is_same_v<T, SignalSent>) {
                state.signals.push_back({event.seq, *event.by, event.at, p.signalId});
            } else if constexpr (std::is_same_v<T, SessionEnded>) {
                state.ended = true;
                state.endedBy = event.by;
            } else if constexpr (std::is_same_v<T, MomentTaken>) {
                if (p.taking) {
                    state.moments.insert(*event.by);
                } else {
                    state.moments.erase(*event.by);
                }
            } else {
                applyPause(state, event);
            }
        },
        event.payload);
    state.lastSeq = event.seq;
    state.lastAt = event.at;
    return state;
}

} // namespace twofold::session
