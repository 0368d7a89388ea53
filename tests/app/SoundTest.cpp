// Sound never freezes the app. An audio server that accepts the connection and never answers held the GUI
// thread for 30 s at the first chime (Qt 6.4 asks PulseAudio synchronously) and starved the partner link.
// Here a fake server socket does exactly that (PULSE_SERVER points at it; libpulse is what Qt Multimedia
// 6.4 uses on Debian for QSoundEffect and QMediaDevices, whatever QT_MEDIA_BACKEND says), two partners are
// linked over loopback TLS, chimes play on both sides, and the event loop must keep answering within 50 ms
// for longer than the link's 6 s silence limit, with the link up throughout.
#include "app/Partnership.h"
#include "app/controllers/Settings.h"
#include "app/controllers/SoundChime.h"
#include "core/link/AutoConfirmPrompt.h"
#include "core/session/Clock.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <memory>

namespace twofold::test {
namespace {

// Accepts every connection and never says a word, like an audio server that hangs.
class SilentAudioServer {
public:
    explicit SilentAudioServer(const QString& path) {
        QLocalServer::removeServer(path);
        m_listening = m_server.listen(path);
        QObject::connect(&m_server, &QLocalServer::newConnection, &m_server, [this] {
            while (auto* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                Q_UNUSED(socket) // kept open (a child of the server), never answered
            }
        });
    }
    bool listening() const { return m_listening; }
    int connections() const { return m_connections; }

private:
    QLocalServer m_server;
    bool m_listening = false;
    int m_connections = 0;
};

struct Side {
    Side(const QString& name, session::Clock& clock) : settings(profile.path()), chime(settings) {
        settings.setDisplayName(name);
        settings.setFirstRunDone(true);
        settings.setVolume(60);
        app::Partnership::Options options;
        options.profile = profile.path();
        options.name = name;
        options.language = QStringLiteral("en");
        options.scope = net::Scope::Loopback;
        options.tcpPort = 0;
        options.discovery = false;
        partnership = std::make_unique<app::Partnership>(options, clock, chime);
        partnership->peer().setPrompt(&autoConfirm);
    }
    QTemporaryDir profile;
    app::Settings settings;
    app::SoundChime chime;
    link::AutoConfirmPrompt autoConfirm;
    std::unique_ptr<app::Partnership> partnership;
};

// The longest time the event loop went without running a 5 ms timer, over `durationMs`.
qint64 longestStall(int durationMs) {
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    QTest::qWait(durationMs);
    longest = std::max(longest, clock.elapsed() - last);
    return longest;
}

TEST(SoundChime, a_hung_audio_server_never_stalls_the_event_loop_and_the_link_stays_up) {
    QTemporaryDir runtime;
    const QString socketPath = runtime.filePath(QStringLiteral("native"));
    SilentAudioServer audioServer(socketPath);
    ASSERT_TRUE(audioServer.listening());
    // Before anything in this process touches audio (this executable holds only this test).
    qputenv("PULSE_SERVER", QByteArray("unix:") + QFile::encodeName(socketPath));
    qputenv("PULSE_COOKIE", QFile::encodeName(runtime.filePath(QStringLiteral("cookie"))));
    qputenv("QT_MEDIA_BACKEND", "gstreamer"); // Debian 12's Qt 6.4 default; the devices use libpulse anyway

    session::SystemClock clock;
    Side alex(QStringLiteral("Alex"), clock);
    Side sam(QStringLiteral("Sam"), clock);
    ASSERT_TRUE(alex.partnership->start());
    ASSERT_TRUE(sam.partnership->start());
    alex.partnership->peer().invite(QHostAddress(QHostAddress::LocalHost),
                                    sam.partnership->peer().node().server()->port());
    ASSERT_TRUE(QTest::qWaitFor([&] { return alex.partnership->session() && sam.partnership->session(); }, 20000));
    alex.partnership->session()->checkIn().start(QStringLiteral("conversation"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return sam.partnership->session()->inConversation(); }, 10000));

    QSignalSpy alexDown(&alex.partnership->peer(), &link::Peer::linkChanged);
    QSignalSpy samDown(&sam.partnership->peer(), &link::Peer::linkChanged);
    QSignalSpy alexSilent(&alex.chime, &app::SoundChime::unavailable);
    QSignalSpy alexHeard(&alex.partnership->session()->repairSignals(), &app::SignalsModel::signalReceived);

    // Each partner's signal chimes on the other's side, into the hung audio server.
    sam.partnership->session()->repairSignals().send(QStringLiteral("care"));
    alex.partnership->session()->repairSignals().send(QStringLiteral("still-here"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return alexHeard.count() == 1; }, 5000));
    alex.chime.play(app::ChimeKind::PauseEnd); // and more chimes while the first is still waiting

    const qint64 stall = longestStall(7500); // longer than the 6 s a silent link may last
    // A call blocking on the hung server waits for libpulse's own timeout (seconds), so a second tells a
    // blocked loop from a busy machine: at 50 ms this failed under a parallel build with 113 ms of
    // ordinary scheduling delay. (How smooth the loop is belongs in twofold-bench, not here.)
    EXPECT_LT(stall, 1000) << "the event loop stalled for " << stall << " ms";
    EXPECT_GE(audioServer.connections(), 1) << "the chimes never reached the fake audio server";
    EXPECT_EQ(alexSilent.count(), 1); // one calm notice, not one per chime
    EXPECT_TRUE(alex.chime.stuck());
    for (const auto* spy : {&alexDown, &samDown}) {
        for (const auto& change : *spy) {
            EXPECT_TRUE(change.first().toBool()) << "the partner link went down while the audio server hung";
        }
    }
    // Still linked and in step: a signal goes through now, and the chime that follows is dropped quietly.
    sam.partnership->session()->repairSignals().send(QStringLiteral("thank-you"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return alexHeard.count() == 2; }, 3000));

    // Closing does not wait for the stuck audio thread either (the app then ends without teardown).
    QElapsedTimer closing;
    closing.start();
    EXPECT_FALSE(alex.chime.stop(app::SoundChime::kExitWaitMs));
    EXPECT_LT(closing.elapsed(), 2000);
    // The app then ends without teardown, because the stuck audio thread cannot be joined; so does this
    // executable, which holds only this test: tearing Qt and the audio library down under that thread
    // crashed at exit now and then (2 of about 10 suite runs), after the test had passed.
    std::fflush(nullptr);
    std::_Exit(::testing::Test::HasFailure() ? 1 : 0);
}

} // namespace
} // namespace twofold::test
