#pragma once

#include "app/controllers/Chime.h"

#include <QObject>
#include <map>
#include <memory>

class QSoundEffect;

namespace twofold::app {

class Settings;

// Plays the chimes from resources/sounds with QSoundEffect, at the volume from the settings.
// Does nothing when sounds are off or the machine has no audio output.
class SoundChime final : public QObject, public Chime {
    Q_OBJECT
public:
    explicit SoundChime(const Settings& settings, QObject* parent = nullptr);
    ~SoundChime() override;

    void play(ChimeKind kind) override;

private:
    QSoundEffect* effect(ChimeKind kind);

    const Settings& m_settings;
    std::map<ChimeKind, QSoundEffect*> m_effects;
};

} // namespace twofold::app
