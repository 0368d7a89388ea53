#include "tests/core/link/PeerFixture.h"
#include "tests/fakes/FaultProxy.h"
#include "tests/fakes/LogCapture.h"

#include <functional>

namespace twofold::test {
namespace {

session::Payload action(const char* id, session::Fields fields = {}) {
    return session::FlowAction{QString::fromLatin1(id), std::move(fields)};
}

// Starts a conversation and checks both in; Alex raised the topic and speaks first.
bool checkInWithAlexSpeaking(TestPeer& alex, TestPeer& sam) {
    return alex.engine()->startSession(QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam")) &&
           alex.engine()->submit(action("set-topic", {{QStringLiteral("first"), QStringLiteral("me")}})) &&
           alex.engine()->submit(action("ready")) && inStep(alex, sam) && sam.engine()->submit(action("ready")) &&
           inStep(alex, sam) && sam.engine()->session().state().step == QLatin1String("statement");
}

TEST(Peer, two_peers_pair_and_run_a_shared_session_over_loopback_tls) {
    TestPeer alex(QStringLiteral("Alex"));
    TestPeer sam(QStringLiteral("Sam"));
    QSignalSpy codes(alex.peer.get(), &link::Peer::codeShown);
    QSignalSpy samCodes(sam.peer.get(), &link::Peer::codeShown);
    ASSERT_TRUE(pairOver(alex, sam, sam.port()));
    ASSERT_EQ(codes.count(), 1);
    EXPECT_EQ(codes.at(0).at(0).toString(), samCodes.at(0).at(0).toString());
    EXPECT_EQ(alex.engine()->role(), sync::Role::Host);
    EXPECT_EQ(sam.engine()->role(), sync::Role::Guest);
    EXPECT_TRUE(alex.peer->node().trustStore().find(sam.peer->identity().deviceId()).has_value());

    ASSERT_TRUE(checkInWithAlexSpeaking(alex, sam));
    ASSERT_TRUE(alex.engine()->submit(action("share", {{QStringLiteral("feel"), QStringLiteral("nervous")}})).ok());
    ASSERT_TRUE(inStep(alex, sam));
    ASSERT_TRUE(sam.engine()->submit(session::SignalSent{QStringLiteral("still-here")}).ok());
    ASSERT_TRUE(inStep(alex, sam));
    EXPECT_EQ(sam.engine()->session().state().step, QStringLiteral("reflect"));
    EXPECT_EQ(encodeLog(alex.engine()->session().log()), encodeLog(sam.engine()->session().log()));
}

TEST(Peer, a_third_instance_cannot_join_or_read_a_paired_session) {
    TestPeer alex(QStringLiteral("Alex"));
    TestPeer sam(QStringLiteral("Sam"));
    TestPeer eve(QStringLiteral("Eve"));
    ASSERT_TRUE(pairOver(alex, sam, sam.port()));
    QSignalSpy failed(eve.peer.get(), &link::Peer::pairingFailed);
    QSignalSpy invited(sam.peer.get(), &link::Peer::invitationReceived);
    eve.peer->invite(QHostAddress(QHostAddress::LocalHost), sam.port());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::Busy);
    EXPECT_EQ(invited.count(), 0);
    EXPECT_EQ(eve.engine(), nullptr);
    EXPECT_FALSE(sam.peer->node().trustStore().find(eve.peer->identity().deviceId()).has_value());
    EXPECT_TRUE(alex.peer->linked());
    EXPECT_TRUE(sam.peer->linked());
}

TEST(Peer, a_partner_closing_the_app_is_not_relinked_while_it_quits) {
    LogCapture logs;
    TestPeer alex(QStringLiteral("Alex"));
    TestPeer sam(QStringLiteral("Sam"));
    ASSERT_TRUE(pairOver(alex, sam, sam.port())); // Alex invited: Alex redials when the link drops
    QSignalSpy closed(alex.peer.get(), &link::Peer::partnerClosedApp);
    QSignalSpy alexLink(alex.peer.get(), &link::Peer::linkChanged);
    sam.peer->closeForExit(); // Sam closes the window; the process lives on for a moment
    ASSERT_TRUE(closed.wait(5000));
    // Alex redials at once (within half a second) and reaches Sam's still-running process: it must say
    // "closed" again rather than link, or Alex's screen would flip from "Sam's Twofold closed" back to
    // linked and then to "Reconnecting…" a moment later, when the process ends.
    // Positive control: two of Alex's redials have ended (refused by Sam, or not answered), so had one of
    // them linked, it would show below.
    const auto redialsEnded = [&] {
        const QString text = logs.text();
        return text.count(QStringLiteral("reason=connect-failed")) + text.count(QStringLiteral("refusing connection"));
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return redialsEnded() >= 2; }, 5000)) << "Alex never redialled";
    for (const auto& change : alexLink) {
        EXPECT_FALSE(change.at(0).toBool()) << "Alex linked again with a partner who is quitting";
    }
    EXPECT_FALSE(alex.peer->linked());
    EXPECT_FALSE(sam.peer->linked());
}

TEST(Peer, a_dropped_link_is_redialled_and_the_session_resumes_with_nothing_lost) {
    TestPeer sam(QStringLiteral("Sam"));
    FaultProxy proxy(sam.port());
    TestPeer alex(QStringLiteral("Alex"));
    ASSERT_TRUE(pairOver(alex, sam, proxy.port()));
    ASSERT_TRUE(alex.engine()
                    ->startSession(QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam"))
                    .ok());
    ASSERT_TRUE(inStep(alex, sam));
    QSignalSpy samLink(sam.peer.get(), &link::Peer::linkChanged);
    proxy.setDown(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sam.peer->linked() && !alex.peer->linked(); }, 5000));
    // both keep working offline: the host applies, the guest queues
    ASSERT_TRUE(alex.engine()->submit(action("ready")).ok());
    ASSERT_TRUE(sam.engine()->submit(session::SignalSent{QStringLiteral("care")}).ok());
    EXPECT_EQ(sam.engine()->pendingIntents(), 1);
    proxy.setDown(false);
    ASSERT_TRUE(inStep(alex, sam));
    EXPECT_TRUE(sam.peer->linked());
    EXPECT_EQ(alex.engine()->session().state().signals.size(), 1U);
    EXPECT_EQ(encodeLog(alex.engine()->session().log()), encodeLog(sam.engine()->session().log()));
}

TEST(Peer, a_thousand_event_session_over_a_flapping_proxy_ends_with_identical_logs) {
    TestPeer sam(QStringLiteral("Sam"));
    FaultProxy proxy(sam.port());
    proxy.setDelayMs(1);
    TestPeer alex(QStringLiteral("Alex"));
    ASSERT_TRUE(pairOver(alex, sam, proxy.port()));
    ASSERT_TRUE(alex.engine()
                    ->startSession(QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam"))
                    .ok());
    ASSERT_TRUE(inStep(alex, sam));
    int flaps = 0;
    for (int i = 0; i < 1000; ++i) {
        auto* engine = (i % 2 == 0) ? alex.engine() : sam.engine();
        // Either partner may set the check-in's topic again and again (signals are rate-limited).
        const session::Fields topic{{QStringLiteral("topic"), QStringLiteral("topic %1").arg(i)}};
        ASSERT_TRUE(engine->submit(session::FlowAction{QStringLiteral("set-topic"), topic}).ok());
        if (i % 100 == 50) {
            proxy.setDown(true);
            ++flaps;
            QTest::qWait(20);
            proxy.setDown(false);
        }
        if (i % 100 == 99) {
            ASSERT_TRUE(QTest::qWaitFor([&] { return alex.peer->linked() && sam.peer->linked(); }, 10000));
        }
        if (i % 5 == 0) {
            QTest::qWait(1);
        }
    }
    ASSERT_TRUE(inStep(alex, sam, 30000));
    EXPECT_EQ(flaps, 10);
    EXPECT_GE(proxy.accepted(), 11);                      // the link really was re-established after every flap
    EXPECT_EQ(alex.engine()->session().lastSeq(), 1001U); // session-started and the thousand topics
    EXPECT_EQ(encodeLog(alex.engine()->session().log()), encodeLog(sam.engine()->session().log()));
}

TEST(Peer, the_partners_text_is_never_in_clear_on_the_wire_nor_in_the_logs) {
    LogCapture logs;
    TestPeer sam(QStringLiteral("Sam"));
    FaultProxy proxy(sam.port());
    TestPeer alex(QStringLiteral("Alex"));
    ASSERT_TRUE(pairOver(alex, sam, proxy.port()));
    ASSERT_TRUE(checkInWithAlexSpeaking(alex, sam));
    const auto secret = QStringLiteral("MarkerFeelingPelican");
    ASSERT_TRUE(alex.engine()->submit(action("share", {{QStringLiteral("feel"), secret}})).ok());
    ASSERT_TRUE(inStep(alex, sam));
    ASSERT_TRUE(
        sam.engine()->submit(action("reflect", {{QStringLiteral("heard"), secret + QStringLiteral("Echo")}})).ok());
    ASSERT_TRUE(inStep(alex, sam));
    EXPECT_EQ(sam.engine()->session().state().entries.back().fields.at(QStringLiteral("heard")),
              secret + QStringLiteral("Echo"));
    EXPECT_GT(proxy.captured().size(), 1000);
    EXPECT_FALSE(proxy.captured().contains(secret.toUtf8()));
    EXPECT_FALSE(proxy.captured().contains("MarkerFeeling"));
    const auto logged = logs.text();
    EXPECT_TRUE(logged.contains(QStringLiteral("[sync]")));
    EXPECT_FALSE(logged.contains(QStringLiteral("MarkerFeeling")));
}

// Pairs Alex (host) with Sam, lets `fill` run a session, kills Sam (as kill -9) and starts Sam again with the
// same profile and port: Alex redials, and Sam recovers the whole log from Alex.
void expectRestartedGuestRecovers(const std::function<void(TestPeer& alex, TestPeer& sam)>& fill) {
    auto sam = std::make_unique<TestPeer>(QStringLiteral("Sam"));
    const auto samProfile = sam->dir.path();
    sam->dir.setAutoRemove(false);
    const auto samPort = sam->port();
    TestPeer alex(QStringLiteral("Alex"));
    ASSERT_TRUE(pairOver(alex, *sam, samPort));
    fill(alex, *sam);
    ASSERT_TRUE(inStep(alex, *sam));
    sam.reset(); // gone, as after kill -9
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alex.peer->linked(); }, 8000));
    // Sam starts again with the same profile (identity, trust) on the same port.
    link::PeerConfig config;
    config.node.profileDirectory = samProfile;
    config.node.displayName = QStringLiteral("Sam");
    config.node.scope = net::Scope::Loopback;
    config.node.tcpPort = samPort;
    config.node.discovery = false;
    session::SystemClock clock;
    session::SystemRandom random;
    net::SystemNonceSource nonces;
    link::Peer restarted(config, session::FlowLibrary::builtin().value(), clock, random, nonces);
    ASSERT_TRUE(restarted.start().ok());
    ASSERT_EQ(restarted.node().server()->port(), samPort);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return restarted.engine() && restarted.engine()->session().lastSeq() == alex.engine()->session().lastSeq();
        },
        20000));
    EXPECT_EQ(restarted.engine()->role(), sync::Role::Guest);
    EXPECT_EQ(encodeLog(restarted.engine()->session().log()), encodeLog(alex.engine()->session().log()));
    QDir(samProfile).removeRecursively();
}

TEST(Peer, a_restarted_guest_is_redialled_and_recovers_the_session_from_the_host) {
    expectRestartedGuestRecovers([](TestPeer& alex, TestPeer& sam) {
        ASSERT_TRUE(alex.engine()
                        ->startSession(QStringLiteral("practice"), QStringLiteral("Alex"), QStringLiteral("Sam"))
                        .ok());
        ASSERT_TRUE(alex.engine()->submit(action("set-topic", {{QStringLiteral("first"), QStringLiteral("me")}})).ok());
        ASSERT_TRUE(alex.engine()->submit(action("ready")).ok());
        ASSERT_TRUE(inStep(alex, sam));
        ASSERT_TRUE(sam.engine()->submit(action("ready")).ok());
        ASSERT_TRUE(inStep(alex, sam));
        ASSERT_TRUE(
            alex.engine()->submit(action("name-feeling", {{QStringLiteral("feeling"), QStringLiteral("hurt")}})).ok());
    });
}

// The replay of a log far larger than a connection's write limit (1 MiB, docs/PROTOCOL.md §5.7) goes out in
// windows that wait for the partner to take them: the link is never closed as "not-reading".
TEST(Peer, a_restarted_guest_recovers_a_log_larger_than_the_write_limit) {
    expectRestartedGuestRecovers([](TestPeer& alex, TestPeer&) {
        ASSERT_TRUE(alex.engine()
                        ->startSession(QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam"))
                        .ok());
        const QString words = QString(190, QLatin1Char('w'));
        for (int i = 0; i < 6000; ++i) { // about 1.6 MB of events
            const session::Fields topic{{QStringLiteral("topic"), words + QString::number(i)}};
            ASSERT_TRUE(alex.engine()->submit(session::FlowAction{QStringLiteral("set-topic"), topic}).ok());
            if (i % 50 == 0) {
                QCoreApplication::processEvents();
            }
        }
    });
}

} // namespace
} // namespace twofold::test
