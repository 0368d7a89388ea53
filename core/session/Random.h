#pragma once

#include "core/Random.h"

namespace twofold::session {

// The session layer's names for the randomness seam (core/Random.h).
using Random = twofold::Random;
using SystemRandom = twofold::SystemRandom;

} // namespace twofold::session
