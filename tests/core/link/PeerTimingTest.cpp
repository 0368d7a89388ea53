// Peer behaviour that depends on time, on fake clocks: redialling, strangers that hold the partner's
// port, the clock offset between two computers, and the pairing prompt.
#include "core/link/Redialer.h"
#include "tests/core/link/PeerFixture.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/FaultProxy.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace twofold::test {
namespace {

// Moves `clock` forward in `stepMs` steps, letting network traffic through after each, until `done` holds
// or `limitMs` of fake time have passed. Returns whether `done` held.
template <typename Done> bool advanceUntil(FakeClock& clock, Done done, qint64 limitMs, qint64 stepMs = 50) {
    for (qint64 passed = 0; passed <= limitMs; passed += stepMs) {
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(2);
        }
        if (done()) {
            return true;
        }
        clock.advanceMs(stepMs);
    }
    return false;
}

// A pairing prompt that answers the invitation at once and the code as told, and remembers what it saw.
class ScriptedPrompt final : public link::PairingPrompt {
public:
    explicit ScriptedPrompt(bool codesMatch) : m_codesMatch(codesMatch) {}
    void invitationReceived(link::Peer& peer, const QString& fromName) override {
        invitations << fromName;
        peer.acceptInvitation();
    }
    void codeShown(link::Peer& peer, const QString& code, const QString&) override {
        codes << code;
        m_codesMatch ? peer.confirmCode() : peer.rejectCode();
    }
    QStringList invitations;
    QStringList codes;

private:
    bool m_codesMatch;
};

TEST(PeerTiming, a_dropped_link_is_redialled_at_once_and_then_at_most_half_a_second_apart_in_a_session) {
    FakeClock clock;
    TestPeer sam(QStringLiteral("Sam"), &clock);
    FaultProxy proxy(sam.port());
    TestPeer alex(QStringLiteral("Alex"), &clock);
    ASSERT_TRUE(pairOver(alex, sam, proxy.port()));
    ASSERT_TRUE(
        alex.engine()->startSession(QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam")));
    ASSERT_TRUE(inStep(alex, sam));
    proxy.setDown(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alex.peer->linked(); }, 5000));
    const int refusedBefore = proxy.accepted();
    // a long outage: 20 s of (fake) time; attempts keep coming at most 500 ms apart
    advanceUntil(
        clock, [] { return false; }, 20'000, 100);
    proxy.setDown(false);
    const qint64 back = clock.nowMs();
    ASSERT_TRUE(advanceUntil(
        clock, [&] { return alex.peer->linked() && sam.peer->linked(); }, 2000, 50));
    EXPECT_LE(clock.nowMs() - back, 500) << "the link came back more than 500 ms after the network";
    EXPECT_EQ(proxy.accepted(), refusedBefore + 1);
    ASSERT_TRUE(inStep(alex, sam));
}

// Four silent TCP connections to the partner's port used to keep the remembered partner out for ~20 s.
TEST(PeerTiming, a_pinned_partner_relinks_while_strangers_hold_connections_open) {
    FakeClock clock; // strangers never time out: only eviction lets the partner back in
    TestPeer sam(QStringLiteral("Sam"), &clock);
    FaultProxy proxy(sam.port());
    TestPeer alex(QStringLiteral("Alex"), &clock);
    ASSERT_TRUE(pairOver(alex, sam, proxy.port()));
    proxy.setDown(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alex.peer->linked() && !sam.peer->linked(); }, 5000));
    std::vector<std::unique_ptr<QTcpSocket>> strangers;
    for (int i = 0; i < 8; ++i) {
        strangers.push_back(std::make_unique<QTcpSocket>());
        strangers.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), sam.port());
        ASSERT_TRUE(strangers.back()->waitForConnected(2000));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return sam.peer->node().server()->pendingCount() >= 2; }, 2000));
    proxy.setDown(false);
    ASSERT_TRUE(advanceUntil(
        clock, [&] { return alex.peer->linked() && sam.peer->linked(); }, 2000));
}

TEST(PeerTiming, the_guest_learns_the_hosts_clock_and_counts_down_on_its_schedule) {
    FakeClock alexClock(1'700'000'000'000);
    FakeClock samClock(1'700'000'000'000 + 4 * 60'000); // Sam's computer runs four minutes ahead
    TestPeer sam(QStringLiteral("Sam"), &samClock);
    TestPeer alex(QStringLiteral("Alex"), &alexClock);
    ASSERT_TRUE(pairOver(alex, sam, sam.port()));
    ASSERT_TRUE(
        alex.engine()->startSession(QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam")));
    ASSERT_TRUE(alex.engine()->submit(session::PauseRequested{session::PauseKind::Break, 300}));
    ASSERT_TRUE(inStep(alex, sam));
    ASSERT_TRUE(QTest::qWaitFor([&] { return sam.engine()->partnerClockOffsetMs() != 0; }));
    EXPECT_EQ(sam.engine()->partnerClockOffsetMs(), -4 * 60'000);
    EXPECT_EQ(sam.engine()->pauseRemainingMs(), 300'000); // not "0:58 left"
    alexClock.advanceSeconds(60);
    samClock.advanceSeconds(60);
    EXPECT_EQ(sam.engine()->pauseRemainingMs(), alex.engine()->pauseRemainingMs());
}

TEST(PeerTiming, a_pairing_prompt_answers_for_its_user) {
    TestPeer alex(QStringLiteral("Alex"));
    TestPeer sam(QStringLiteral("Sam"));
    ScriptedPrompt samPrompt(false); // Sam sees another code than Alex and says so
    sam.peer->setPrompt(&samPrompt);
    QSignalSpy failed(alex.peer.get(), &link::Peer::pairingFailed);
    alex.peer->invite(QHostAddress(QHostAddress::LocalHost), sam.port());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::Rejected);
    EXPECT_EQ(samPrompt.invitations, QStringList{QStringLiteral("Alex")});
    ASSERT_EQ(samPrompt.codes.size(), 1);
    EXPECT_FALSE(sam.peer->node().trustStore().find(alex.peer->identity().deviceId()).has_value());
}

TEST(Redialer, dials_at_once_then_backs_off_but_overlaps_no_more_than_three_attempts) {
    FakeClock clock;
    QTemporaryDir profile;
    net::NodeConfig config;
    config.profileDirectory = profile.path();
    config.scope = net::Scope::Loopback;
    config.tcpPort = 0;
    config.discovery = false;
    config.connectionOptions.clock = &clock;
    net::SystemNonceSource nonces;
    net::Node node(config, nonces);
    ASSERT_TRUE(node.start());
    QTcpServer blackhole; // accepts TCP and never answers TLS: attempts hang until their deadline
    ASSERT_TRUE(blackhole.listen(QHostAddress(QHostAddress::LocalHost), 0));
    int accepted = 0;
    QObject::connect(&blackhole, &QTcpServer::newConnection, &blackhole, [&] {
        while (auto* socket = blackhole.nextPendingConnection()) {
            socket->setParent(&blackhole);
            ++accepted;
        }
    });
    net::TrustedPartner partner;
    partner.deviceId = QString(64, QLatin1Char('a'));
    partner.certificateDigest = QString(64, QLatin1Char('b'));
    partner.lastAddress = QStringLiteral("127.0.0.1");
    partner.lastPort = blackhole.serverPort();
    link::Redialer redialer(node, clock, {}, [] { return false; });
    redialer.start(partner);
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted == 1; })); // at once
    advanceUntil(
        clock, [] { return false; }, 249, 249);
    EXPECT_EQ(accepted, 1);
    clock.advanceMs(1); // 250 ms
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted == 2; }));
    clock.advanceMs(500); // 750 ms
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted == 3; }));
    EXPECT_EQ(redialer.attemptsInFlight(), 3);
    clock.advanceMs(1000); // 1750 ms: a fourth attempt; the oldest gives way
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted == 4; }));
    EXPECT_EQ(redialer.attemptsInFlight(), 3);
    redialer.stop();
    EXPECT_EQ(redialer.attemptsInFlight(), 0);
}

} // namespace
} // namespace twofold::test
