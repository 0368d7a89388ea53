#pragma once

#include "core/session/Partner.h"

#include <QString>
#include <map>
#include <optional>
#include <variant>

namespace twofold::session {

// Text fields of a flow action, by field name ("feel", "need", "hear", ...).
using Fields = std::map<QString, QString>;

enum class PauseKind {
    Break,  // "I need 10 minutes": a timed pause with re-entry
    Breath, // "Ask for a pause": a short shared breathing pause that resumes by itself
};

// What can happen in a session. Each alternative is one event type with a stable JSON name.
struct SessionStarted {
    QString flowId;
    QString nameA;
    QString nameB;

    friend bool operator==(const SessionStarted&, const SessionStarted&) = default;
};
struct FlowAction {
    QString action; // an action id of the current step
    Fields fields;

    friend bool operator==(const FlowAction&, const FlowAction&) = default;
};
struct PauseRequested {
    PauseKind kind = PauseKind::Break;
    int seconds = 600;

    friend bool operator==(const PauseRequested&, const PauseRequested&) = default;
};
struct PauseAcknowledged { // the partner's gentle "OK, take your time"
    friend bool operator==(const PauseAcknowledged&, const PauseAcknowledged&) = default;
};
struct PauseExtended { // by the one who paused, by the pause's own length
    friend bool operator==(const PauseExtended&, const PauseExtended&) = default;
};
struct PauseWarning { // system: one minute left
    friend bool operator==(const PauseWarning&, const PauseWarning&) = default;
};
struct PauseEnded { // system: the time is up
    friend bool operator==(const PauseEnded&, const PauseEnded&) = default;
};
struct PauseReturned { // the one who paused is back early
    friend bool operator==(const PauseReturned&, const PauseReturned&) = default;
};
struct ReEntered {
    QString feeling; // one line: how I am now

    friend bool operator==(const ReEntered&, const ReEntered&) = default;
};
struct SignalSent {
    QString signalId; // a catalogue id, never free text

    friend bool operator==(const SignalSent&, const SignalSent&) = default;
};
struct SessionEnded {
    friend bool operator==(const SessionEnded&, const SessionEnded&) = default;
};
// A partner takes a moment at the check-in before joining ("regulate first, then speak"): the other
// partner only learns that they are taking a moment, never how they are. `taking: false` ends it.
struct MomentTaken {
    bool taking = true;

    friend bool operator==(const MomentTaken&, const MomentTaken&) = default;
};

using Payload = std::variant<SessionStarted, FlowAction, PauseRequested, PauseAcknowledged, PauseExtended, PauseWarning,
                             PauseEnded, PauseReturned, ReEntered, SignalSent, SessionEnded, MomentTaken>;

// An entry of the ordered, shared event log. `by` is empty for system events (pause timing).
struct Event {
    quint64 seq = 0;
    std::optional<Partner> by;
    qint64 at = 0; // ms since the Unix epoch, from the host's injected clock
    Payload payload;

    friend bool operator==(const Event&, const Event&) = default;
};

// What a partner asks for; the host turns an accepted intent into an Event.
struct Intent {
    Partner by = Partner::A;
    Payload payload;

    friend bool operator==(const Intent&, const Intent&) = default;
};

// The stable type name of a payload ("flow-action", "pause-requested", ...).
QString typeName(const Payload& payload);

bool isSystemEvent(const Payload& payload);

} // namespace twofold::session
