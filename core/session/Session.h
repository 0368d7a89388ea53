#pragma once

#include "core/Result.h"
#include "core/session/FlowLibrary.h"
#include "core/session/Random.h"
#include "core/session/SessionState.h"

#include <optional>
#include <vector>

namespace twofold::session {

// One shared session: the ordered event log and the state derived from it.
//
// The host (inviter) orders events: it turns intents into events with propose() and owes the pause
// clock's events through tick(). The guest applies the host's events with append(), which checks
// them with the same reducer. Either side can be rebuilt from the log alone with fromLog().
class Session {
public:
    explicit Session(FlowLibrary flows);

    // Rebuilds a session from its log; fails on the first event that does not follow.
    static Result<Session> fromLog(FlowLibrary flows, const std::vector<Event>& log);

    // Would this intent be accepted now? The reason if not; the session is unchanged either way.
    std::optional<Error> check(const Intent& intent) const;

    // Host: accepts an intent as the next event (resolving coin flips and "who speaks first"),
    // stamped with the next sequence number and `nowMs`.
    Result<Event> propose(const Intent& intent, qint64 nowMs, Random& random);

    // Applies an event ordered elsewhere. Its seq must be lastSeq() + 1 and it must pass check().
    Status append(const Event& event);

    // Host: appends the pause clock's events that are due at `nowMs` and returns them.
    std::vector<Event> tick(qint64 nowMs);

    const State& state() const { return m_state; }
    const std::vector<Event>& log() const { return m_log; }
    quint64 lastSeq() const { return m_state.lastSeq; }
    std::vector<Event> eventsAfter(quint64 seq) const;
    const FlowLibrary& flows() const { return m_flows; }
    const FlowDefinition* flow() const { return m_flows.find(m_state.flowId); }
    const StepDef* currentStep() const;

private:
    Status appendChecked(const Event& event, bool logIt);
    Payload resolve(const Intent& intent, Random& random) const;

    FlowLibrary m_flows;
    State m_state;
    std::vector<Event> m_log;
};

} // namespace twofold::session
