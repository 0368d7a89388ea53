#pragma once

namespace twofold::session {

// The private part of the check-in: how a partner is right now. It never leaves this computer;
// only "ready / not yet" is shared (as flow actions).
enum class Activation { Settled, ABitActivated, Flooded };

// A flooded partner is offered a pause before the conversation starts.
constexpr bool suggestsPause(Activation activation) {
    return activation == Activation::Flooded;
}

} // namespace twofold::session
