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
};
struct FlowAction {
    QString action; // an action id of the current step
    Fields fields;
};
struct PauseRequested {
    PauseKind kind = PauseKind::Break;
    int seconds = 600;
};
struct PauseAcknowledged {}; // the partner's gentle "OK, take your time"
struct PauseExtended {};     // by the one who paused, by the pause's own length
struct PauseWarning {};      // system: one minute left
struct PauseEnded {};        // system: the time is up
struct PauseReturned {};     // the one who paused is back early
struct ReEntered {
    QString feeling; // one line: how I am now
};
struct SignalSent {
    QString signalId; // a catalogue id, never free text
};
struct SessionEnded {};

using Payload = std::variant<SessionStarted, FlowAction, PauseRequested, PauseAcknowledged, PauseExtended, PauseWarning,
                             PauseEnded, PauseReturned, ReEntered, SignalSent, SessionEnded>;

// An entry of the ordered, shared event log. `by` is empty for system events (pause timing).
struct Event {
    quint64 seq = 0;
    std::optional<Partner> by;
    qint64 at = 0; // ms since the Unix epoch, from the host's injected clock
    Payload payload;
};

// What a partner asks for; the host turns an accepted intent into an Event.
struct Intent {
    Partner by = Partner::A;
    Payload payload;
};

// The stable type name of a payload ("flow-action", "pause-requested", ...).
QString typeName(const Payload& payload);

bool isSystemEvent(const Payload& payload);

} // namespace twofold::session
