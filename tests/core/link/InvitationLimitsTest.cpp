// Invitations are rate-limited (docs/PROTOCOL.md §7.1, issue 16 §1): one stranger put 166 invitations in
// front of a user in 20 s. A declined device (by its identity) is turned away quietly for 2 minutes, and
// the attempts per address and in all are bounded per minute; all on a fake clock.
#include "core/link/InvitationLimits.h"

#include "core/protocol/MessageSchema.h"
#include "tests/core/link/PeerFixture.h"
#include "tests/core/net/NetTestSupport.h"
#include "tests/fakes/FakeClock.h"

namespace twofold::test {
namespace {

using Verdict = link::InvitationLimits::Verdict;

const QHostAddress kEveAddress(QStringLiteral("192.168.1.66"));

QString device(int n) {
    return QString::number(n).rightJustified(64, QLatin1Char('0'));
}

// A prompt that declines every invitation, as a user saying "Not now" would.
class DecliningPrompt final : public link::PairingPrompt {
public:
    void invitationReceived(link::Peer& peer, const QString&) override { peer.declineInvitation(); }
    void codeShown(link::Peer&, const QString&, const QString&) override {}
};

// A stranger that connects, says hello and invites at once. Returns once the connection is closed.
bool inviteAndWait(TestPeer& to, const net::Identity& identity) {
    RawTlsClient raw;
    if (!raw.connectTo(to.port(), identity)) {
        return false;
    }
    raw.sendFrame(helloFor(identity, protocol::kProtocolVersion, QStringLiteral("Eve")));
    raw.sendFrame(QJsonObject{{QLatin1String("type"), QString(protocol::msg::kPairInvite)},
                              {QLatin1String("name"), QStringLiteral("Eve")}});
    return QTest::qWaitFor([&] { return raw.disconnected(); }, 3000);
}

} // namespace

TEST(InvitationLimits, a_declined_device_is_turned_away_for_two_minutes) {
    FakeClock clock;
    link::InvitationLimits limits(clock);
    ASSERT_EQ(limits.admit(device(1), kEveAddress), Verdict::Admit);
    limits.declined(device(1));
    EXPECT_EQ(limits.admit(device(1), kEveAddress), Verdict::Declined);
    EXPECT_EQ(limits.admit(device(1), QHostAddress(QStringLiteral("192.168.1.67"))), Verdict::Declined)
        << "the same device from another address";
    // Another device at the same address (loopback, one household's NAT) was never declined (F6).
    EXPECT_EQ(limits.admit(device(2), kEveAddress), Verdict::Admit) << "another device at the same address";
    EXPECT_EQ(limits.admit(device(3), QHostAddress(QStringLiteral("192.168.1.20"))), Verdict::Admit);
    clock.advanceMs(119'999);
    EXPECT_EQ(limits.admit(device(1), kEveAddress), Verdict::Declined);
    clock.advanceMs(1);
    EXPECT_EQ(limits.admit(device(1), kEveAddress), Verdict::Admit);
}

TEST(InvitationLimits, attempts_per_address_and_in_all_are_bounded_per_minute) {
    FakeClock clock;
    link::InvitationLimits limits(clock);
    for (int i = 0; i < 5; ++i) {
        ASSERT_EQ(limits.admit(device(i), kEveAddress), Verdict::Admit) << i;
    }
    EXPECT_EQ(limits.admit(device(9), kEveAddress), Verdict::TooMany);
    for (int i = 0; i < 15; ++i) {
        const QHostAddress other(QStringLiteral("10.0.0.%1").arg(i + 1));
        ASSERT_EQ(limits.admit(device(100 + i), other), Verdict::Admit) << i;
    }
    EXPECT_EQ(limits.admit(device(200), QHostAddress(QStringLiteral("10.0.1.1"))), Verdict::TooMany);
    clock.advanceMs(59'999);
    EXPECT_EQ(limits.admit(device(9), kEveAddress), Verdict::TooMany);
    clock.advanceMs(1);
    EXPECT_EQ(limits.admit(device(9), kEveAddress), Verdict::Admit);
}

TEST(InvitationLimits, a_declined_stranger_inviting_again_is_not_shown_and_hears_declined) {
    FakeClock clock;
    TestPeer sam(QStringLiteral("Sam"), &clock);
    DecliningPrompt decline;
    sam.peer->setPrompt(&decline);
    QSignalSpy invited(sam.peer.get(), &link::Peer::invitationReceived);
    const auto eve = makeIdentity(QStringLiteral("Eve"));
    ASSERT_TRUE(inviteAndWait(sam, eve));
    ASSERT_EQ(invited.count(), 1);
    for (int i = 0; i < 10; ++i) {
        ASSERT_TRUE(inviteAndWait(sam, eve));
    }
    EXPECT_EQ(invited.count(), 1) << "repeated invitations reached the screen";
    clock.advanceMs(120'000);
    ASSERT_TRUE(inviteAndWait(sam, eve));
    EXPECT_EQ(invited.count(), 2) << "after two quiet minutes Eve may ask again";
}

TEST(InvitationLimits, not_now_to_one_device_leaves_another_device_at_the_same_address_free_to_invite) {
    // Issue 17 F6: on loopback every device is 127.0.0.1; after "Not now" to Xaver, Yuki's invitation from
    // the same address still reaches the screen, while Xaver's own is still quietly turned away.
    FakeClock clock;
    TestPeer dora(QStringLiteral("Dora"), &clock);
    DecliningPrompt decline;
    dora.peer->setPrompt(&decline);
    QSignalSpy invited(dora.peer.get(), &link::Peer::invitationReceived);
    const auto xaver = makeIdentity(QStringLiteral("Xaver"));
    const auto yuki = makeIdentity(QStringLiteral("Yuki"));
    ASSERT_TRUE(inviteAndWait(dora, xaver));
    ASSERT_EQ(invited.count(), 1);
    ASSERT_TRUE(inviteAndWait(dora, yuki));
    EXPECT_EQ(invited.count(), 2) << "another device at the same address was refused without asking Dora";
    ASSERT_TRUE(inviteAndWait(dora, xaver));
    EXPECT_EQ(invited.count(), 2) << "the declined device itself stays quiet for two minutes";
}

TEST(InvitationLimits, a_flood_of_invitations_puts_at_most_five_a_minute_on_screen) {
    FakeClock clock;
    TestPeer sam(QStringLiteral("Sam"), &clock);
    sam.peer->setPrompt(nullptr); // nobody answers; each stranger gives up and a new one comes
    QSignalSpy invited(sam.peer.get(), &link::Peer::invitationReceived);
    for (int i = 0; i < 30; ++i) {
        RawTlsClient raw;
        const auto identity = makeIdentity(QStringLiteral("Eve"));
        ASSERT_TRUE(raw.connectTo(sam.port(), identity));
        raw.sendFrame(helloFor(identity, protocol::kProtocolVersion, QStringLiteral("Eve")));
        raw.sendFrame(QJsonObject{{QLatin1String("type"), QString(protocol::msg::kPairInvite)},
                                  {QLatin1String("name"), QStringLiteral("Eve")}});
        raw.sendFrame(QJsonObject{{QLatin1String("type"), QString(protocol::msg::kPairCancel)}});
        ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    }
    std::printf("[ figure ] %lld of 30 invitations from one address reached the screen\n",
                static_cast<long long>(invited.count()));
    EXPECT_LE(invited.count(), 5);
}

} // namespace twofold::test
