#include "app/controllers/SoundChime.h"

#include "app/controllers/Settings.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace twofold::app {

SoundChime::SoundChime(const Settings& settings, QObject* parent) : QObject(parent), m_settings(settings) {}

SoundChime::~SoundChime() = default;

void SoundChime::play(ChimeKind kind) {
    if (!m_settings.soundsOn() || m_settings.volume() == 0 || QMediaDevices::audioOutputs().isEmpty()) {
        return;
    }
    if (auto* sound = effect(kind)) {
        sound->setVolume(float(m_settings.volume()) / 100.0f);
        sound->play();
    }
}

QSoundEffect* SoundChime::effect(ChimeKind kind) {
    const auto it = m_effects.find(kind);
    if (it != m_effects.end()) {
        return it->second;
    }
    QString file;
    switch (kind) {
    case ChimeKind::Signal:
        file = QStringLiteral("qrc:/sounds/signal.wav");
        break;
    case ChimeKind::PauseWarning:
        file = QStringLiteral("qrc:/sounds/pause-warning.wav");
        break;
    case ChimeKind::PauseEnd:
        file = QStringLiteral("qrc:/sounds/pause-end.wav");
        break;
    }
    auto* sound = new QSoundEffect(this);
    sound->setSource(QUrl(file));
    m_effects[kind] = sound;
    return sound;
}

} // namespace twofold::app
