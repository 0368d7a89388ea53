#pragma once

#include "app/controllers/Chime.h"

#include <QObject>
#include <map>

class QSoundEffect;

namespace twofold::app {

// The part of SoundChime that lives on the audio thread: it asks Qt Multimedia for an output device once
// and plays the chimes with QSoundEffect. Qt 6.4 reaches PulseAudio (or PipeWire's pulse server)
// synchronously from here, so every call may block for as long as the audio server takes to answer
// (libpulse gives up after 30 s); that is why none of this runs on the GUI thread.
class SoundPlayer final : public QObject {
    Q_OBJECT
public:
    explicit SoundPlayer(QObject* parent = nullptr);
    ~SoundPlayer() override;

    // Plays `kind` at `volume` (0–1). Silent when the machine has no audio output (asked on the first call).
    void play(ChimeKind kind, float volume);

private:
    QSoundEffect* effect(ChimeKind kind);

    enum class Output { Unknown, Present, Missing } m_output = Output::Unknown;
    std::map<ChimeKind, QSoundEffect*> m_effects;
};

} // namespace twofold::app
