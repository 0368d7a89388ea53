#pragma once

namespace twofold::app {

enum class ChimeKind {
    Signal,       // a gentle signal arrived
    PauseWarning, // one minute left (to the one who paused)
    PauseEnd,     // the pause is over (both)
};

// A soft sound, behind an interface so tests use a fake and silent machines stay silent.
class Chime {
public:
    virtual ~Chime() = default;
    // Called on the GUI thread; returns at once whatever the audio system does (never waits on it).
    virtual void play(ChimeKind kind) = 0;
};

} // namespace twofold::app
