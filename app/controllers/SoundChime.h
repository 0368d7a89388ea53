#pragma once

#include "app/controllers/Chime.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

class QThread;

namespace twofold::app {

class Settings;
class SoundPlayer;

// Plays the chimes from resources/sounds at the volume from the settings, without ever making the window
// wait: Qt 6.4 asks the audio server synchronously (a server that accepts and never answers held the GUI
// thread for 30 s at the first chime, and again at each of Qt's retries), so a SoundPlayer on a thread of
// its own does all the audio work. play() only posts a request. While a request is still under way a new
// chime is dropped (a chime late by seconds is worse than none); one still under way after kStuckAfterMs
// means the audio server does not answer: unavailable() is emitted once and the chimes stay silent.
class SoundChime final : public QObject, public Chime {
    Q_OBJECT
public:
    static constexpr int kStuckAfterMs = 2000; // a healthy server answers in milliseconds
    static constexpr int kExitWaitMs = 300;    // how long closing waits for the audio thread

    explicit SoundChime(const Settings& settings, QObject* parent = nullptr);
    ~SoundChime() override; // stop(kExitWaitMs)

    void play(ChimeKind kind) override; // returns at once, on any audio server
    // The audio thread has not finished a request within kStuckAfterMs.
    bool stuck() const { return m_stuck; }
    // Stops the audio thread, waiting at most `waitMs`; after that no chime plays. False if it is still
    // inside the audio server: it is then left running (kept reachable, never destroyed while it runs),
    // and the process should end without its global teardown (std::_Exit after saving what matters),
    // since Qt Multimedia's global state would be torn down under it (seen: 30 s wait, then a crash).
    bool stop(int waitMs);

Q_SIGNALS:
    // The sound system does not answer: a calm, translated sentence for a notice. At most once per run.
    void unavailable(const QString& message);

private:
    const Settings& m_settings;
    QThread* m_thread;     // deleted when it stops; left behind if stuck in the audio server at exit
    SoundPlayer* m_player; // lives on m_thread
    std::shared_ptr<std::atomic<bool>> m_busy = std::make_shared<std::atomic<bool>>(false);
    QTimer m_watchdog;
    bool m_stuck = false;
    bool m_stopped = false;
};

} // namespace twofold::app
