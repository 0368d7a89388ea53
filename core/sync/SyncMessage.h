#pragma once

#include "core/Result.h"
#include "core/session/Event.h"

#include <QString>
#include <optional>
#include <variant>

namespace twofold::sync {

// Who orders the shared log: the host (partner A, the inviter) or the guest (partner B).
enum class Role { Host, Guest };

// A guest intent's id: 64 random bits (never 0), unique for the guest across restarts; 16 hex digits on
// the wire.
using IntentId = quint64;

// The session-sync messages of docs/PROTOCOL.md §8.2 as values (SyncCodec turns them into JSON and back).
struct ResumeMessage {
    QString sessionId; // empty: no session yet
    quint64 lastSeq = 0;
    Role role = Role::Host;
};
struct IntentMessage {
    IntentId id = 0;
    Result<session::Intent> intent = Error{}; // an error when the intent object is malformed
};
struct EventMessage {
    Result<session::Event> event = Error{}; // an error when the event object is malformed
    std::optional<IntentId> intent;         // the guest intent this event answers
};
struct RejectMessage {
    IntentId id = 0;
    Error reason; // code + args; message is filled in by whoever shows it (rejection::render)
};
struct AckMessage {
    quint64 seq = 0;
};
struct ErrorMessage {
    QString code;
    QString message;
    bool fatal = false;
};

using SyncMessage = std::variant<ResumeMessage, IntentMessage, EventMessage, RejectMessage, AckMessage, ErrorMessage>;

} // namespace twofold::sync
