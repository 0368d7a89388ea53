// Both screens say which Twofold needs an update (docs/PROTOCOL.md §5.1): a version-1 peer built from the
// earlier document used to believe it was paired while the new side waited two minutes and forgot it.
#include "core/protocol/MessageSchema.h"
#include "tests/core/link/PeerFixture.h"
#include "tests/core/net/NetTestSupport.h"

#include <QSslServer>

namespace twofold::test {

TEST(PeerVersion, an_older_device_dialling_in_is_told_and_this_side_says_the_partner_needs_an_update) {
    TestPeer sam(QStringLiteral("Sam"));
    QSignalSpy failed(sam.peer.get(), &link::Peer::pairingFailed);
    const auto oldIdentity = makeIdentity(QStringLiteral("Alex"));
    RawTlsClient alex;
    ASSERT_TRUE(alex.connectTo(sam.port(), oldIdentity));
    alex.sendFrame(helloFor(oldIdentity, 1, QStringLiteral("Alex")));
    ASSERT_TRUE(failed.wait(3000));
    EXPECT_EQ(failed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::PartnerNeedsUpdate);
    EXPECT_TRUE(failed.at(0).at(1).toString().startsWith(QStringLiteral("Alex's Twofold needs an update")));
    EXPECT_EQ(sam.peer->pairingPartnerName(), QStringLiteral("Alex"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return alex.disconnected(); }, 3000));
    EXPECT_TRUE(alex.hasReceived(protocol::msg::kError, QStringLiteral("unsupported-version")));
    // It redials at once: told once, not once per attempt.
    RawTlsClient again;
    ASSERT_TRUE(again.connectTo(sam.port(), oldIdentity));
    again.sendFrame(helloFor(oldIdentity, 1, QStringLiteral("Alex")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return again.disconnected(); }, 3000));
    EXPECT_EQ(failed.count(), 1);
}

TEST(PeerVersion, inviting_a_device_of_another_version_says_which_one_needs_an_update) {
    for (const int theirs : {1, 3}) {
        const auto samIdentity = makeIdentity(QStringLiteral("Sam"));
        QSslServer oldSam;
        oldSam.setSslConfiguration(net::Connection::tlsConfiguration(samIdentity));
        ASSERT_TRUE(oldSam.listen(QHostAddress(QHostAddress::LocalHost), 0));
        QObject::connect(&oldSam, &QSslServer::pendingConnectionAvailable, &oldSam, [&] {
            oldSam.nextPendingConnection()->write(
                protocol::encodeFrame(helloFor(samIdentity, theirs, QStringLiteral("Sam"))));
        });
        TestPeer alex(QStringLiteral("Alex"));
        QSignalSpy failed(alex.peer.get(), &link::Peer::pairingFailed);
        alex.peer->invite(QHostAddress(QHostAddress::LocalHost), oldSam.serverPort());
        ASSERT_TRUE(failed.wait(5000));
        EXPECT_EQ(failed.at(0).at(0).value<net::PairingFailure>(),
                  theirs < 2 ? net::PairingFailure::PartnerNeedsUpdate : net::PairingFailure::NeedsUpdate);
        EXPECT_EQ(alex.peer->pairingPartnerName(), QStringLiteral("Sam"));
    }
}

// A remembered partner that now speaks another version (one of the two was updated, the other not yet): the
// side that redials says who needs the update, once, and keeps dialling.
TEST(PeerVersion, redialling_a_remembered_partner_of_another_version_says_it_needs_an_update) {
    const auto samIdentity = makeIdentity(QStringLiteral("Sam"));
    QSslServer oldSam;
    oldSam.setSslConfiguration(net::Connection::tlsConfiguration(samIdentity));
    ASSERT_TRUE(oldSam.listen(QHostAddress(QHostAddress::LocalHost), 0));
    int dialled = 0;
    QObject::connect(&oldSam, &QSslServer::pendingConnectionAvailable, &oldSam, [&] {
        ++dialled;
        oldSam.nextPendingConnection()->write(protocol::encodeFrame(helloFor(samIdentity, 1, QStringLiteral("Sam"))));
    });
    TestPeer alex(QStringLiteral("Alex"));
    net::TrustedPartner sam;
    sam.deviceId = samIdentity.deviceId();
    sam.name = QStringLiteral("Sam");
    sam.certificateDigest = samIdentity.certificateDigestHex();
    sam.lastAddress = QStringLiteral("127.0.0.1");
    sam.lastPort = oldSam.serverPort();
    sam.pairedAt = QDateTime::currentDateTimeUtc();
    sam.invitedByUs = true;
    ASSERT_TRUE(alex.peer->node().trustStore().add(sam));
    QSignalSpy failed(alex.peer.get(), &link::Peer::pairingFailed);
    ASSERT_TRUE(alex.peer->connectToPartner(sam.deviceId));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<net::PairingFailure>(), net::PairingFailure::PartnerNeedsUpdate);
    EXPECT_TRUE(failed.at(0).at(1).toString().startsWith(QStringLiteral("Sam's Twofold needs an update")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialled >= 3; }, 5000)) << "it gave up dialling";
    EXPECT_EQ(failed.count(), 1) << "told once, not once per attempt";
}

} // namespace twofold::test
