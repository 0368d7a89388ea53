#include "app/controllers/SoundPlayer.h"

#include "core/log/Log.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace twofold::app {

SoundPlayer::SoundPlayer(QObject* parent) : QObject(parent) {}

SoundPlayer::~SoundPlayer() = default;

void SoundPlayer::play(ChimeKind kind, float volume) {
    if (m_output == Output::Unknown) {
        QElapsedTimer asked;
        asked.start();
        m_output = QMediaDevices::audioOutputs().isEmpty() ? Output::Missing : Output::Present;
        log::get(log::Module::AppSound)
            ->info("audio output {} (asked in {} ms)", m_output == Output::Present ? "found" : "missing",
                   asked.elapsed());
    }
    if (m_output == Output::Missing) {
        return;
    }
    if (auto* sound = effect(kind)) {
        sound->setVolume(volume);
        sound->play();
    }
}

QSoundEffect* SoundPlayer::effect(ChimeKind kind) {
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
