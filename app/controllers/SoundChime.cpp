#include "app/controllers/SoundChime.h"

#include "app/controllers/Settings.h"
#include "app/controllers/SoundPlayer.h"
#include "core/log/Log.h"

#include <QThread>
#include <vector>

namespace twofold::app {

SoundChime::SoundChime(const Settings& settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_thread(new QThread), m_player(new SoundPlayer) {
    m_thread->setObjectName(QStringLiteral("twofold-audio"));
    m_player->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_player, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kStuckAfterMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_busy->load() || m_stuck) {
            return;
        }
        m_stuck = true;
        log::get(log::Module::AppSound)
            ->warn("the audio server does not answer within {} ms; chimes are silent", kStuckAfterMs);
        Q_EMIT unavailable(
            tr("The sound system on this computer isn't answering, so Twofold's chimes stay silent for now."));
    });
}

SoundChime::~SoundChime() {
    stop(kExitWaitMs);
}

bool SoundChime::stop(int waitMs) {
    if (m_stopped) {
        return m_thread == nullptr;
    }
    m_stopped = true;
    m_watchdog.stop();
    m_thread->quit();
    if (m_thread->wait(waitMs)) {
        delete m_thread; // the player went with the thread's last events (finished -> deleteLater)
        m_thread = nullptr;
        return true;
    }
    // Still waiting inside the audio server (up to 30 s): a running QThread must not be destroyed, so it
    // is kept for the rest of the process, reachable from here. The list itself is never destroyed (a
    // static vector would be, at exit, before the thread ends, and LeakSanitizer rightly calls that a leak).
    static auto* leftRunning = new std::vector<QThread*>;
    leftRunning->push_back(m_thread);
    log::get(log::Module::AppSound)->warn("audio thread still waiting for the audio server; not waiting for it");
    return false;
}

void SoundChime::play(ChimeKind kind) {
    if (m_stopped || !m_settings.soundsOn() || m_settings.volume() == 0) {
        return;
    }
    if (m_busy->exchange(true)) {
        log::get(log::Module::AppSound)->debug("chime dropped: the audio thread is still busy");
        return;
    }
    const float volume = float(m_settings.volume()) / 100.0f;
    QMetaObject::invokeMethod(
        m_player,
        [player = m_player, busy = m_busy, kind, volume] {
            player->play(kind, volume);
            busy->store(false);
        },
        Qt::QueuedConnection);
    if (!m_stuck) {
        m_watchdog.start();
    }
}

} // namespace twofold::app
