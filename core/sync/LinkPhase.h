#pragma once

namespace twofold::sync {

// Where the sync engine's link to its partner stands (docs/PROTOCOL.md §8.4). One value instead of a
// set of flags, so that every state of the link has a name.
enum class LinkPhase {
    Down,       // no link
    Resuming,   // linked; our session-resume is sent, the partner's has not arrived yet
    CatchingUp, // the partner's session-resume is in; waiting for its replay to reach its lastSeq
    InStep,     // caught up: waiting intents were resent and the state is the shared one
};

inline const char* toString(LinkPhase phase) {
    switch (phase) {
    case LinkPhase::Down:
        return "down";
    case LinkPhase::Resuming:
        return "resuming";
    case LinkPhase::CatchingUp:
        return "catching-up";
    case LinkPhase::InStep:
        return "in-step";
    }
    return "unknown";
}

} // namespace twofold::sync
