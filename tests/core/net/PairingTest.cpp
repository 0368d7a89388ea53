#include "core/net/Pairing.h"

#include "NetTestSupport.h"
#include "core/net/PairingMath.h"
#include "core/net/TrustStore.h"
#include "core/protocol/MessageSchema.h"
#include "tests/fakes/FakeNonceSource.h"
#include "tests/fakes/FaultProxy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace twofold;
using namespace twofold::test;

namespace {

QByteArray bytes(char value, int count = 32) {
    return QByteArray(count, value);
}

// Two devices with their own profile, linked and each with a Pairing object.
struct PairingRig {
    QTemporaryDir inviterProfile;
    QTemporaryDir inviteeProfile;
    net::TrustStore inviterStore{inviterProfile.path()};
    net::TrustStore inviteeStore{inviteeProfile.path()};
    FakeNonceSource inviterNonces{{bytes('\x33')}};
    FakeNonceSource inviteeNonces{{bytes('\x44')}};
    LinkedPair link;
    std::unique_ptr<net::Pairing> inviter;
    std::unique_ptr<net::Pairing> invitee;

    // Links the two devices and creates both Pairing objects (the client invites, the server answers).
    bool linkUp(net::PairingOptions options = {}) {
        if (!link.start()) {
            return false;
        }
        inviter = std::make_unique<net::Pairing>(link.client.data(), net::Pairing::Role::Inviter, &inviterStore,
                                                 inviterNonces, options);
        invitee = std::make_unique<net::Pairing>(link.serverSide.data(), net::Pairing::Role::Invitee, &inviteeStore,
                                                 inviteeNonces, options);
        return true;
    }

    void begin() {
        invitee->start();
        inviter->start();
    }

    // Invites, accepts, and waits until both screens show the code.
    bool reachCodes() {
        QSignalSpy inviteeCode(invitee.get(), &net::Pairing::codeReady);
        QSignalSpy inviterCode(inviter.get(), &net::Pairing::codeReady);
        QSignalSpy invited(invitee.get(), &net::Pairing::invited);
        begin();
        if (!invited.wait(3000)) {
            return false;
        }
        invitee->accept();
        return QTest::qWaitFor([&] { return inviterCode.size() == 1 && inviteeCode.size() == 1; }, 3000);
    }

    // The invitee's profile can no longer be written, as on a full disk: its folder becomes a plain
    // file, so every write fails (even for root, whom permissions do not stop).
    bool breakInviteeDisk() {
        const QString path = inviteeProfile.path();
        QFile blocker(path);
        return QDir(path).removeRecursively() && blocker.open(QIODevice::WriteOnly);
    }
    ~PairingRig() { QFile::remove(inviteeProfile.path()); } // before QTemporaryDir cleans up
};

} // namespace

TEST(PairingMath, matches_the_documented_test_vector) {
    const QByteArray digestA = bytes('\x11');
    const QByteArray digestB = bytes('\x22');
    const QByteArray nonceA = bytes('\x33');
    EXPECT_EQ(net::pairing::commitment(nonceA, digestA, digestB).toHex(),
              QByteArray("b7353fd4fe2111a4435a8976deb958e7d31720b4f18b46f873fcbe988da3faaf"));
    EXPECT_EQ(net::pairing::code(digestA, digestB, nonceA, bytes('\x44')), QStringLiteral("462550"));
    // A value below 100000 keeps its leading zero (first 4 bytes 17f76ade = 402090718).
    QByteArray nonceB = bytes('\x44');
    nonceB[31] = '\x02';
    EXPECT_EQ(net::pairing::code(digestA, digestB, nonceA, nonceB), QStringLiteral("090718"));
}

TEST(PairingMath, code_depends_on_every_input_and_their_order) {
    const QByteArray a = bytes('\x11'), b = bytes('\x22'), na = bytes('\x33'), nb = bytes('\x44');
    const QString code = net::pairing::code(a, b, na, nb);
    EXPECT_NE(net::pairing::code(b, a, na, nb), code);
    EXPECT_NE(net::pairing::code(a, b, nb, na), code);
    EXPECT_NE(net::pairing::commitment(na, b, a), net::pairing::commitment(na, a, b));
}

TEST(Pairing, both_sides_get_the_same_code_and_end_trusted) {
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    QSignalSpy invited(rig.invitee.get(), &net::Pairing::invited);
    rig.begin();
    ASSERT_TRUE(invited.wait(3000));
    EXPECT_EQ(invited.at(0).at(0).toString(), QStringLiteral("Alex"));
    QSignalSpy inviterCode(rig.inviter.get(), &net::Pairing::codeReady);
    QSignalSpy inviteeCode(rig.invitee.get(), &net::Pairing::codeReady);
    rig.invitee->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return inviterCode.size() == 1 && inviteeCode.size() == 1; }, 3000));
    const QString code = inviterCode.at(0).at(0).toString();
    EXPECT_EQ(code, inviteeCode.at(0).at(0).toString());
    EXPECT_EQ(code.size(), 6);
    // The code is the documented function of both certificates and both nonces.
    EXPECT_EQ(code, net::pairing::code(rig.link.clientIdentity.certificateDigest(),
                                       rig.link.serverIdentity.certificateDigest(), bytes('\x33'), bytes('\x44')));

    QSignalSpy inviterPaired(rig.inviter.get(), &net::Pairing::paired);
    QSignalSpy inviteePaired(rig.invitee.get(), &net::Pairing::paired);
    QSignalSpy inviteeHeardConfirm(rig.invitee.get(), &net::Pairing::peerConfirmedCode);
    rig.inviter->confirm();
    ASSERT_TRUE(inviteeHeardConfirm.wait(3000)); // the confirmation crossed: a store written on it would be now
    EXPECT_TRUE(rig.inviterStore.isEmpty()) << "trusted before the partner confirmed";
    EXPECT_TRUE(rig.inviteeStore.isEmpty());
    rig.invitee->confirm();
    ASSERT_TRUE(QTest::qWaitFor([&] { return inviterPaired.size() == 1 && inviteePaired.size() == 1; }, 3000));

    const auto atInviter = rig.inviterStore.find(rig.link.serverIdentity.deviceId());
    ASSERT_TRUE(atInviter.has_value());
    EXPECT_EQ(atInviter->certificateDigest, rig.link.serverIdentity.certificateDigestHex());
    EXPECT_EQ(atInviter->name, QStringLiteral("Sam"));
    EXPECT_EQ(atInviter->lastPort, rig.link.server->port());
    EXPECT_TRUE(QHostAddress(atInviter->lastAddress).isLoopback());
    const auto atInvitee = rig.inviteeStore.find(rig.link.clientIdentity.deviceId());
    ASSERT_TRUE(atInvitee.has_value());
    EXPECT_EQ(atInvitee->certificateDigest, rig.link.clientIdentity.certificateDigestHex());
    EXPECT_EQ(atInvitee->lastPort, 0) << "the inviter's hello announced no port: there is none to remember";

    // Persisted: a fresh store on the same profile sees the partner.
    net::TrustStore reloaded(rig.inviterProfile.path());
    ASSERT_TRUE(reloaded.load());
    EXPECT_TRUE(reloaded.find(rig.link.serverIdentity.deviceId()).has_value());
}

// docs/PROTOCOL.md §7: the side that dialled remembers the port it dialled (it is known to work, even
// through a port forward or a relay), not the one the partner's hello announces.
TEST(Pairing, the_inviter_remembers_the_port_it_dialled) {
    PairingRig rig;
    std::unique_ptr<FaultProxy> forward;
    rig.link.via = [&](quint16 serverPort) {
        forward = std::make_unique<FaultProxy>(serverPort);
        return forward->port();
    };
    ASSERT_TRUE(rig.linkUp());
    QSignalSpy invited(rig.invitee.get(), &net::Pairing::invited);
    rig.begin();
    ASSERT_TRUE(invited.wait(3000));
    QSignalSpy inviterCode(rig.inviter.get(), &net::Pairing::codeReady);
    QSignalSpy inviteeCode(rig.invitee.get(), &net::Pairing::codeReady);
    rig.invitee->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return inviterCode.size() == 1 && inviteeCode.size() == 1; }, 3000));
    QSignalSpy inviterPaired(rig.inviter.get(), &net::Pairing::paired);
    rig.invitee->confirm();
    rig.inviter->confirm();
    ASSERT_TRUE(inviterPaired.wait(3000));
    EXPECT_EQ(inviterPaired.at(0).at(0).value<net::TrustedPartner>().lastPort, forward->port());
    EXPECT_NE(forward->port(), rig.link.server->port());
}

TEST(Pairing, decline_stores_nothing) {
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    QSignalSpy invited(rig.invitee.get(), &net::Pairing::invited);
    rig.begin();
    ASSERT_TRUE(invited.wait(3000));
    QSignalSpy inviterFailed(rig.inviter.get(), &net::Pairing::failed);
    rig.invitee->decline();
    ASSERT_TRUE(inviterFailed.wait(3000));
    EXPECT_EQ(inviterFailed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::Declined);
    EXPECT_EQ(rig.invitee->state(), net::Pairing::State::Failed);
    EXPECT_TRUE(rig.inviterStore.isEmpty());
    EXPECT_TRUE(rig.inviteeStore.isEmpty());
    EXPECT_TRUE(rig.link.client->isReady()) << "declining pairing does not drop the connection";
}

TEST(Pairing, one_side_rejecting_the_code_stores_nothing) {
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    QSignalSpy inviteeCode(rig.invitee.get(), &net::Pairing::codeReady);
    QSignalSpy inviterCode(rig.inviter.get(), &net::Pairing::codeReady);
    QSignalSpy invited(rig.invitee.get(), &net::Pairing::invited);
    rig.begin();
    ASSERT_TRUE(invited.wait(3000));
    rig.invitee->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return inviterCode.size() == 1 && inviteeCode.size() == 1; }, 3000));
    QSignalSpy inviterFailed(rig.inviter.get(), &net::Pairing::failed);
    QSignalSpy inviteeFailed(rig.invitee.get(), &net::Pairing::failed);
    rig.inviter->confirm();
    rig.invitee->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return inviterFailed.size() == 1 && inviteeFailed.size() == 1; }, 3000));
    EXPECT_EQ(inviteeFailed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::Rejected);
    EXPECT_EQ(inviterFailed.at(0).at(0).value<net::PairingFailure>(),
              net::PairingFailure::Rejected); // the partner's reason is kept
    EXPECT_EQ(inviterFailed.at(0).at(1).toString(), QStringLiteral("rejected"));
    rig.inviter->confirm(); // too late: nothing happens
    QTest::qWait(50);
    EXPECT_TRUE(rig.inviterStore.isEmpty());
    EXPECT_TRUE(rig.inviteeStore.isEmpty());
}

// A full disk (or a profile that became unwritable) on one computer: trust is kept on both sides or on
// neither, and each side hears why. The profile folder replaced by a file makes every write fail, even
// for root, as ENOSPC would. Run in both orders of confirming, so either side may store first.
class PairingStoreFailure : public ::testing::TestWithParam<bool> {};

TEST_P(PairingStoreFailure, leaves_no_trust_on_either_side_and_both_are_told) {
    const bool inviteeConfirmsFirst = GetParam();
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    ASSERT_TRUE(rig.reachCodes());
    ASSERT_TRUE(rig.breakInviteeDisk()); // Sam's disk fills up while the two compare codes
    QSignalSpy inviterFailed(rig.inviter.get(), &net::Pairing::failed);
    QSignalSpy inviteeFailed(rig.invitee.get(), &net::Pairing::failed);
    QSignalSpy inviterPaired(rig.inviter.get(), &net::Pairing::paired);
    QSignalSpy inviteePaired(rig.invitee.get(), &net::Pairing::paired);
    if (inviteeConfirmsFirst) {
        rig.invitee->confirm();
        rig.inviter->confirm();
    } else {
        rig.inviter->confirm();
        rig.invitee->confirm();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return inviterFailed.size() == 1 && inviteeFailed.size() == 1; }, 3000));
    EXPECT_EQ(inviteeFailed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::StoreFailed);
    EXPECT_EQ(inviterFailed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::PartnerStoreFailed);
    EXPECT_EQ(inviterPaired.size(), 0);
    EXPECT_EQ(inviteePaired.size(), 0);
    EXPECT_TRUE(rig.inviterStore.isEmpty()) << "Alex kept a partner who does not know Alex";
    net::TrustStore reloaded(rig.inviterProfile.path());
    ASSERT_TRUE(reloaded.load());
    EXPECT_TRUE(reloaded.isEmpty()) << "Alex's trusted.json still names Sam";
}

INSTANTIATE_TEST_SUITE_P(EitherOrder, PairingStoreFailure, ::testing::Bool());

TEST(Pairing, pairing_again_keeps_the_old_pin_when_the_partner_cannot_store) {
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    // Alex already trusts Sam from an earlier pairing (an older certificate digest).
    net::TrustedPartner earlier;
    earlier.deviceId = rig.link.serverIdentity.deviceId();
    earlier.name = QStringLiteral("Sam");
    earlier.certificateDigest = QString(64, QLatin1Char('a'));
    ASSERT_TRUE(rig.inviterStore.add(earlier));
    ASSERT_TRUE(rig.reachCodes());
    ASSERT_TRUE(rig.breakInviteeDisk());
    QSignalSpy inviterFailed(rig.inviter.get(), &net::Pairing::failed);
    rig.invitee->confirm();
    rig.inviter->confirm();
    ASSERT_TRUE(inviterFailed.wait(3000));
    const auto kept = rig.inviterStore.find(earlier.deviceId);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->certificateDigest, earlier.certificateDigest) << "the earlier pin is back";
}

TEST(Pairing, timeout_stores_nothing) {
    PairingRig rig;
    net::PairingOptions options;
    options.timeout = std::chrono::milliseconds(800);
    ASSERT_TRUE(rig.linkUp(options));
    QSignalSpy invited(rig.invitee.get(), &net::Pairing::invited);
    rig.begin();
    QSignalSpy inviterFailed(rig.inviter.get(), &net::Pairing::failed);
    QSignalSpy inviteeFailed(rig.invitee.get(), &net::Pairing::failed);
    ASSERT_TRUE(invited.wait(3000));
    rig.invitee->accept();
    QSignalSpy code(rig.invitee.get(), &net::Pairing::codeReady);
    ASSERT_TRUE(code.wait(3000));
    rig.invitee->confirm(); // the inviter's user never answers
    ASSERT_TRUE(QTest::qWaitFor([&] { return inviterFailed.size() == 1 && inviteeFailed.size() == 1; }, 3000));
    EXPECT_EQ(inviterFailed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::Timeout);
    EXPECT_TRUE(rig.inviterStore.isEmpty());
    EXPECT_TRUE(rig.inviteeStore.isEmpty());
}

TEST(Pairing, a_partner_that_closes_mid_pairing_is_told_apart_and_nothing_is_stored) {
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    QSignalSpy invited(rig.invitee.get(), &net::Pairing::invited);
    rig.begin();
    ASSERT_TRUE(invited.wait(3000));
    rig.invitee->accept();
    QSignalSpy code(rig.invitee.get(), &net::Pairing::codeReady);
    ASSERT_TRUE(code.wait(3000));
    QSignalSpy inviteeFailed(rig.invitee.get(), &net::Pairing::failed);
    rig.invitee->confirm();
    rig.link.client->close(); // the inviter's app says goodbye: it closed, the network is fine
    ASSERT_TRUE(inviteeFailed.wait(3000));
    EXPECT_EQ(inviteeFailed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::PartnerClosed);
    EXPECT_TRUE(rig.inviterStore.isEmpty());
    EXPECT_TRUE(rig.inviteeStore.isEmpty());
}

// A relay that terminates TLS towards each side with its own identities: towards A it plays the
// invitee, towards B the inviter, and passes the users' actions through. It cannot make the codes agree.
TEST(Pairing, a_relay_with_its_own_certificates_gets_different_codes_and_no_trust) {
    QTemporaryDir profileA, profileB;
    net::TrustStore storeA(profileA.path()), storeB(profileB.path());
    FakeNonceSource noncesA({bytes('\x33')}), noncesB({bytes('\x44')});
    FakeNonceSource relayNonces({bytes('\x55'), bytes('\x66')});

    LinkedPair toA;                                           // A (client) -> relay server
    toA.serverIdentity = makeIdentity(QStringLiteral("Sam")); // relay claims B's display name
    ASSERT_TRUE(toA.start(protocolOptions(), protocolOptions(), QStringLiteral("Alex"), QStringLiteral("Sam")));
    LinkedPair toB; // relay client -> B server
    toB.clientIdentity = makeIdentity(QStringLiteral("Alex"));
    ASSERT_TRUE(toB.start(protocolOptions(), protocolOptions(), QStringLiteral("Alex"), QStringLiteral("Sam")));

    net::Pairing a(toA.client.data(), net::Pairing::Role::Inviter, &storeA, noncesA);
    net::Pairing relayFacingA(toA.serverSide.data(), net::Pairing::Role::Invitee, nullptr, relayNonces);
    net::Pairing relayFacingB(toB.client.data(), net::Pairing::Role::Inviter, nullptr, relayNonces);
    net::Pairing b(toB.serverSide.data(), net::Pairing::Role::Invitee, &storeB, noncesB);
    QObject::connect(&relayFacingA, &net::Pairing::invited, &relayFacingB, [&] { relayFacingB.start(); });
    QObject::connect(&b, &net::Pairing::invited, &b, [&] { b.accept(); });
    // B's acceptance arrives at the relay as its commitment exchange starts; accept towards A then.
    QObject::connect(&relayFacingB, &net::Pairing::codeReady, &relayFacingA, [&] { relayFacingA.accept(); });

    QSignalSpy codeA(&a, &net::Pairing::codeReady);
    QSignalSpy codeB(&b, &net::Pairing::codeReady);
    relayFacingA.start();
    b.start();
    a.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return codeA.size() == 1 && codeB.size() == 1; }, 5000));
    EXPECT_NE(codeA.at(0).at(0).toString(), codeB.at(0).at(0).toString());

    // The users see different codes and say so; the relay confirms everything it can.
    QSignalSpy failedA(&a, &net::Pairing::failed);
    QSignalSpy failedB(&b, &net::Pairing::failed);
    relayFacingA.confirm();
    relayFacingB.confirm();
    a.reject();
    b.reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failedA.size() == 1 && failedB.size() == 1; }, 3000));
    EXPECT_TRUE(storeA.isEmpty());
    EXPECT_TRUE(storeB.isEmpty());
}

// A relay that only forwards the pairing messages between its two TLS links: B sees the inviter's
// commitment bound to certificates it never saw, so the opening fails and no code is shown.
TEST(Pairing, a_forwarding_relay_fails_the_commitment_check) {
    QTemporaryDir profileA, profileB;
    net::TrustStore storeA(profileA.path()), storeB(profileB.path());
    FakeNonceSource noncesA({bytes('\x33')}), noncesB({bytes('\x44')});
    LinkedPair toA;
    ASSERT_TRUE(toA.start());
    LinkedPair toB;
    ASSERT_TRUE(toB.start());
    QObject::connect(toA.serverSide.data(), &net::Connection::unclaimedMessage, toB.client.data(),
                     [&](const QJsonObject& m) { toB.client->send(m); });
    QObject::connect(toB.client.data(), &net::Connection::unclaimedMessage, toA.serverSide.data(),
                     [&](const QJsonObject& m) { toA.serverSide->send(m); });

    net::Pairing a(toA.client.data(), net::Pairing::Role::Inviter, &storeA, noncesA);
    net::Pairing b(toB.serverSide.data(), net::Pairing::Role::Invitee, &storeB, noncesB);
    QObject::connect(&b, &net::Pairing::invited, &b, [&] { b.accept(); });
    QSignalSpy failedA(&a, &net::Pairing::failed);
    QSignalSpy failedB(&b, &net::Pairing::failed);
    QSignalSpy codeB(&b, &net::Pairing::codeReady);
    b.start();
    a.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failedA.size() == 1 && failedB.size() == 1; }, 5000));
    EXPECT_EQ(failedB.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::CommitmentMismatch);
    EXPECT_EQ(codeB.size(), 0);
    EXPECT_TRUE(storeA.isEmpty());
    EXPECT_TRUE(storeB.isEmpty());
}

TEST(Pairing, an_out_of_order_message_cancels) {
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    QSignalSpy invited(rig.invitee.get(), &net::Pairing::invited);
    rig.begin();
    ASSERT_TRUE(invited.wait(3000));
    QSignalSpy inviteeFailed(rig.invitee.get(), &net::Pairing::failed);
    QSignalSpy inviterFailed(rig.inviter.get(), &net::Pairing::failed);
    // The inviter side jumps ahead and opens a nonce before any commitment.
    rig.link.client->send(protocol::makeMessage(protocol::msg::kPairOpen,
                                                QJsonObject{{QLatin1String("nonce"), QString(64, QLatin1Char('0'))}}));
    ASSERT_TRUE(inviteeFailed.wait(3000));
    EXPECT_EQ(inviteeFailed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::ProtocolError);
    ASSERT_TRUE(QTest::qWaitFor([&] { return inviterFailed.size() == 1; }, 3000));
    EXPECT_TRUE(rig.inviteeStore.isEmpty());
}

// An independent version-1 peer found that session-resume {role: "hosts"} before pairing got no answer at
// all (and other strings a wrong "4 to 5 characters" message).
TEST(Pairing, session_messages_before_pairing_are_answered_not_ignored) {
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    rig.inviter.reset();  // a bare peer sends instead: nothing on its side takes the answers
    rig.invitee->start(); // waiting for an invitation
    QSignalSpy answers(rig.link.client.data(), &net::Connection::unclaimedMessage);
    const auto resume = [&](const char* role) {
        rig.link.client->send(protocol::makeMessage(protocol::msg::kSessionResume,
                                                    QJsonObject{{QLatin1String("sessionId"), QString()},
                                                                {QLatin1String("lastSeq"), 0},
                                                                {QLatin1String("role"), QString::fromLatin1(role)}}));
    };
    resume("hosts");
    ASSERT_TRUE(answers.wait(3000));
    auto error = answers.at(0).at(0).toJsonObject();
    EXPECT_EQ(error.value(QLatin1String("code")).toString(), QStringLiteral("bad-field"));
    EXPECT_EQ(error.value(QLatin1String("message")).toString(),
              QStringLiteral("session-resume: field 'role' must be one of: host, guest"));
    resume("host");
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers.count() == 2; }, 3000));
    error = answers.at(1).at(0).toJsonObject();
    EXPECT_EQ(error.value(QLatin1String("code")).toString(), QStringLiteral("not-paired"));
    EXPECT_FALSE(error.value(QLatin1String("fatal")).toBool());
}

namespace {

// The invitee's rig with a bare inviter (outside-5's attacker): it sends by hand and hears the answers.
struct BareInviter {
    PairingRig rig;
    std::unique_ptr<QSignalSpy> answers;
    std::unique_ptr<QSignalSpy> failed;

    // Invites and accepts on the invitee's side; `commit` goes on to the commitment and its nonce.
    bool acceptedBy(bool commit) {
        if (!rig.linkUp()) {
            return false;
        }
        rig.inviter.reset();
        answers = std::make_unique<QSignalSpy>(rig.link.client.data(), &net::Connection::unclaimedMessage);
        failed = std::make_unique<QSignalSpy>(rig.invitee.get(), &net::Pairing::failed);
        QSignalSpy invited(rig.invitee.get(), &net::Pairing::invited);
        rig.invitee->start();
        send(protocol::msg::kPairInvite, {{QLatin1String("name"), QStringLiteral("Mallory")}});
        if (!invited.wait(3000)) {
            return false;
        }
        rig.invitee->accept();
        if (!commit) {
            return QTest::qWaitFor([&] { return answers->size() == 1; }, 3000); // pair-accept
        }
        send(protocol::msg::kPairCommit, {{QLatin1String("commitment"), QString(64, QLatin1Char('a'))}});
        return QTest::qWaitFor([&] { return answers->size() == 2; }, 3000); // pair-nonce
    }
    void send(QLatin1String type, const QJsonObject& fields = {}) {
        rig.link.client->send(protocol::makeMessage(type, fields));
    }
    QString lastAnswerType() const {
        return answers->isEmpty() ? QString()
                                  : answers->last().at(0).toJsonObject().value(QLatin1String("type")).toString();
    }
    QJsonObject firstAnswerOfType(QLatin1String type) const {
        for (const auto& answer : *answers) {
            const auto object = answer.at(0).toJsonObject();
            if (object.value(QLatin1String("type")).toString() == type) {
                return object;
            }
        }
        return {};
    }
};

} // namespace

// outside-5: an inviter's pair-decline made the invitee report "declined" (only the invitee may decline,
// PROTOCOL §4.3), after the accept and after commit/nonce alike. It is out of turn like any other
// wrong-role message.
class PairingInviterDecline : public ::testing::TestWithParam<std::tuple<bool, const char*>> {};

TEST_P(PairingInviterDecline, is_a_protocol_error_not_a_decline) {
    const auto [commit, reason] = GetParam();
    BareInviter bare;
    ASSERT_TRUE(bare.acceptedBy(commit));
    bare.send(protocol::msg::kPairDecline, {{QLatin1String("reason"), QString::fromLatin1(reason)}});
    ASSERT_TRUE(bare.failed->wait(3000));
    EXPECT_EQ(bare.failed->at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::ProtocolError);
    EXPECT_EQ(bare.failed->at(0).at(1).toString(), QStringLiteral("unexpected pairing message"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bare.firstAnswerOfType(protocol::msg::kPairCancel).isEmpty(); }, 3000));
    EXPECT_EQ(bare.firstAnswerOfType(protocol::msg::kPairCancel).value(QLatin1String("reason")).toString(),
              QStringLiteral("protocol-error"));
    EXPECT_TRUE(bare.rig.inviteeStore.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(AfterAcceptAndAfterNonce, PairingInviterDecline,
                         ::testing::Combine(::testing::Bool(), ::testing::Values("", "declined", "rejected")));

// outside-5: a peer's fatal error during pairing read as "connection-lost" (a network fault) in both
// roles; it is the partner's program refusing and closing (PROTOCOL §5.2, §7.1): partner-closed.
TEST(Pairing, a_partners_fatal_error_reads_as_the_partner_closing_for_the_invitee) {
    for (const char* code : {"internal", "too-many-errors", "identity-mismatch", "connection-lost"}) {
        BareInviter bare;
        ASSERT_TRUE(bare.acceptedBy(false));
        bare.rig.link.client->send(protocol::makeError(QString::fromLatin1(code), QStringLiteral("no"), true));
        ASSERT_TRUE(bare.failed->wait(3000)) << code;
        EXPECT_EQ(bare.failed->at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::PartnerClosed) << code;
    }
}

TEST(Pairing, a_partners_fatal_error_reads_as_the_partner_closing_for_the_inviter) {
    PairingRig rig;
    ASSERT_TRUE(rig.linkUp());
    rig.invitee.reset(); // a bare invitee answers the invite with a fatal error
    QSignalSpy failed(rig.inviter.get(), &net::Pairing::failed);
    QSignalSpy heard(rig.link.serverSide.data(), &net::Connection::unclaimedMessage);
    rig.inviter->start();
    ASSERT_TRUE(heard.wait(3000)); // pair-invite
    rig.link.serverSide->send(protocol::makeError(QStringLiteral("internal"), QStringLiteral("no"), true));
    ASSERT_TRUE(failed.wait(3000));
    EXPECT_EQ(failed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::PartnerClosed);
}

// outside-5: a peer's pair-cancel reason reached the user's message verbatim (NUL, line break, U+202E
// RIGHT-TO-LEFT OVERRIDE). It is cleaned like a name; the word still counts only when sent exactly.
TEST(Pairing, a_partners_reason_reaches_the_message_cleaned) {
    BareInviter bare;
    ASSERT_TRUE(bare.acceptedBy(false));
    bare.send(protocol::msg::kPairCancel, {{QLatin1String("reason"), QStringLiteral("\u202Ebusy\nnow\0\u2067x")}});
    ASSERT_TRUE(bare.failed->wait(3000));
    EXPECT_EQ(bare.failed->at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::Cancelled);
    EXPECT_EQ(bare.failed->at(0).at(1).toString(), QStringLiteral("busy now x"));
}
