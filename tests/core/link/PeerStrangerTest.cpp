// Strangers cannot hold the one pairing slot (docs/PROTOCOL.md §7.1, issue 16 §1): a connection that
// does not invite is closed after 5 s and gives way to a newcomer at once, a remembered partner links
// whatever a stranger is doing, and "busy" is said only when this side is in a linked session.
#include "core/protocol/MessageSchema.h"
#include "tests/core/link/PeerFixture.h"
#include "tests/core/net/NetTestSupport.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/FaultProxy.h"

namespace twofold::test {
namespace {

void settle() {
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(2);
    }
}

// A device that says hello to `peer` and then only what the test makes it say.
struct Stranger {
    net::Identity identity = makeIdentity(QStringLiteral("Eve"));
    RawTlsClient raw;

    bool sayHello(TestPeer& to) {
        if (!raw.connectTo(to.port(), identity)) {
            return false;
        }
        raw.sendFrame(helloFor(identity, protocol::kProtocolVersion, QStringLiteral("Eve")));
        return QTest::qWaitFor([&] { return to.peer->pairing(); }, 3000);
    }
    void invite() {
        raw.sendFrame(QJsonObject{{QLatin1String("type"), QString(protocol::msg::kPairInvite)},
                                  {QLatin1String("name"), QStringLiteral("Eve")}});
    }
};

} // namespace

TEST(PeerStrangers, a_connection_that_does_not_invite_is_closed_after_five_seconds_and_nobody_is_told) {
    FakeClock clock;
    TestPeer sam(QStringLiteral("Sam"), &clock);
    QSignalSpy samFailed(sam.peer.get(), &link::Peer::pairingFailed);
    Stranger eve;
    ASSERT_TRUE(eve.sayHello(sam));
    clock.advanceMs(4999);
    settle();
    EXPECT_FALSE(eve.raw.disconnected()) << "closed before its five seconds";
    clock.advanceMs(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return eve.raw.disconnected(); }, 3000));
    EXPECT_FALSE(sam.peer->pairing());
    EXPECT_EQ(samFailed.count(), 0) << "Sam was never asked anything";
}

// A stranger that said hello and pinged but never invited made the partner's first pairing fail as "busy".
TEST(PeerStrangers, an_idle_stranger_gives_way_to_the_partners_first_invitation) {
    FakeClock clock; // never moves: only giving way can let Alex in
    TestPeer sam(QStringLiteral("Sam"), &clock);
    TestPeer alex(QStringLiteral("Alex"), &clock);
    QSignalSpy alexFailed(alex.peer.get(), &link::Peer::pairingFailed);
    Stranger eve;
    ASSERT_TRUE(eve.sayHello(sam));
    eve.raw.sendFrame(protocol::makeMessage(protocol::msg::kPing));
    ASSERT_TRUE(pairOver(alex, sam, sam.port()))
        << (alexFailed.isEmpty()
                ? std::string("no failure")
                : QString(net::wireWord(alexFailed.at(0).at(0).value<net::PairingFailure>())).toStdString());
    EXPECT_TRUE(QTest::qWaitFor([&] { return eve.raw.disconnected(); }, 3000));
}

TEST(PeerStrangers, an_invitation_waiting_for_an_answer_is_not_called_busy) {
    FakeClock clock;
    TestPeer sam(QStringLiteral("Sam"), &clock);
    sam.peer->setPrompt(nullptr); // Sam has not answered Eve's invitation yet
    QSignalSpy invited(sam.peer.get(), &link::Peer::invitationReceived);
    TestPeer alex(QStringLiteral("Alex"), &clock);
    QSignalSpy alexFailed(alex.peer.get(), &link::Peer::pairingFailed);
    Stranger eve;
    ASSERT_TRUE(eve.sayHello(sam));
    eve.invite();
    ASSERT_TRUE(invited.wait(3000));
    alex.peer->invite(QHostAddress(QHostAddress::LocalHost), sam.port());
    ASSERT_TRUE(alexFailed.wait(5000));
    EXPECT_EQ(alexFailed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::PairingElsewhere);
    EXPECT_FALSE(eve.raw.disconnected()) << "Eve's invitation is still Sam's to answer";
}

TEST(PeerStrangers, a_remembered_partner_links_while_a_strangers_invitation_waits_for_an_answer) {
    FakeClock clock;
    TestPeer sam(QStringLiteral("Sam"), &clock);
    FaultProxy proxy(sam.port());
    TestPeer alex(QStringLiteral("Alex"), &clock);
    ASSERT_TRUE(pairOver(alex, sam, proxy.port()));
    proxy.setDown(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alex.peer->linked() && !sam.peer->linked(); }, 5000));
    sam.peer->setPrompt(nullptr);
    QSignalSpy invited(sam.peer.get(), &link::Peer::invitationReceived);
    Stranger eve;
    ASSERT_TRUE(eve.sayHello(sam));
    eve.invite();
    ASSERT_TRUE(invited.wait(3000));
    proxy.setDown(false);
    for (int step = 0; step < 40 && !(alex.peer->linked() && sam.peer->linked()); ++step) {
        clock.advanceMs(100); // Alex redials
        settle();
    }
    EXPECT_TRUE(alex.peer->linked() && sam.peer->linked());
}

} // namespace twofold::test
