#include "core/link/Redialer.h"

#include "core/net/Server.h"
#include "core/protocol/MessageTypes.h"
#include "core/timing/SystemClock.h"
#include "tests/fakes/FakeNonceSource.h"
#include "tests/fakes/FreePort.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <gtest/gtest.h>

using namespace twofold;
using namespace std::chrono_literals;

namespace {

using twofold::test::freeUdpPort;

net::NodeConfig configFor(const QString& profile, const QString& name, quint16 udpPort, bool discovery) {
    net::NodeConfig config;
    config.profileDirectory = profile;
    config.displayName = name;
    config.scope = net::Scope::Loopback;
    config.tcpPort = 0;
    config.discovery = discovery;
    config.discoveryOptions.udpPort = udpPort;
    return config;
}

// A remembers B as its partner at B's port; someone else (another identity) listens at `impostorPort`.
struct Fixture {
    Fixture() {
        EXPECT_TRUE(a.start());
        EXPECT_TRUE(b->start());
        partner.deviceId = b->identity().deviceId();
        partner.name = QStringLiteral("Sam");
        partner.certificateDigest = b->identity().certificateDigestHex();
        partner.lastAddress = QStringLiteral("127.0.0.1");
        partner.lastPort = b->server()->port();
        partner.pairedAt = QDateTime::currentDateTimeUtc();
        partner.invitedByUs = true;
        EXPECT_TRUE(a.trustStore().add(partner));
        auto identity = net::Identity::createEphemeral(QStringLiteral("Mallory"));
        EXPECT_TRUE(identity);
        impostorIdentity = *identity;
        impostor = std::make_unique<net::Server>(impostorIdentity, QStringLiteral("Sam"), net::Scope::Loopback,
                                                 net::ConnectionOptions{});
        EXPECT_TRUE(impostor->listen(0));
    }

    // An announcement with the partner's device id naming `port` (from 127.0.0.1, where the servers listen).
    void announceSpoof(quint16 port) {
        QUdpSocket spoofer;
        ASSERT_TRUE(spoofer.bind(QHostAddress(QHostAddress::LocalHost), 0));
        const QJsonObject spoof{{QStringLiteral("version"), protocol::kProtocolVersion},
                                {QStringLiteral("deviceId"), partner.deviceId},
                                {QStringLiteral("name"), QStringLiteral("Sam")},
                                {QStringLiteral("port"), port},
                                {QStringLiteral("at"), QJsonValue(QDateTime::currentMSecsSinceEpoch())}};
        spoofer.writeDatagram(QJsonDocument(spoof).toJson(QJsonDocument::Compact),
                              QHostAddress(QStringLiteral("127.255.255.255")), udpPort);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !a.discovery()->peers().isEmpty(); }, 3000));
    }

    QTemporaryDir profileA, profileB;
    quint16 udpPort = freeUdpPort();
    test::FakeNonceSource noncesA{{QByteArray(32, '\x01')}}, noncesB{{QByteArray(32, '\x02')}};
    net::Node a{configFor(profileA.path(), QStringLiteral("Alex"), udpPort, true), noncesA};
    std::unique_ptr<net::Node> b =
        std::make_unique<net::Node>(configFor(profileB.path(), QStringLiteral("Sam"), 0, false), noncesB);
    net::TrustedPartner partner;
    net::Identity impostorIdentity;
    std::unique_ptr<net::Server> impostor;
    timing::SystemClock clock;
};

const link::Redialer::Schedule kQuick{20ms, 100ms, 100ms, 3};

} // namespace

// After an outage the app dialled the address a spoofed announcement gave, met a pin mismatch and told the
// user "This computer can no longer prove it is Sam's ... forget and pair again". Someone else answering at
// an announced address is not the partner's identity changing: the redialler keeps dialling the partner's
// verified address and links as soon as the partner is back.
TEST(Redialer, keeps_dialling_the_real_address_after_someone_else_answered_at_an_announced_one) {
    Fixture f;
    const quint16 partnerPort = f.b->server()->port();
    f.b->stop(); // the outage: nobody at the partner's address for now
    f.announceSpoof(f.impostor->port());
    ASSERT_EQ(f.a.candidateAddresses(f.partner.deviceId).size(), 1U);

    link::Redialer redialer(f.a, f.clock, kQuick, nullptr);
    QSignalSpy connected(&redialer, &link::Redialer::connected);
    QSignalSpy identityChanged(&redialer, &link::Redialer::identityChanged);
    QSignalSpy refused(&redialer, &link::Redialer::impostorRefused);
    redialer.start(*f.a.trustStore().find(f.partner.deviceId));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !refused.isEmpty() || !identityChanged.isEmpty(); }, 5000));
    EXPECT_TRUE(identityChanged.isEmpty()) << "a mismatch at an announced address is not the partner's";
    EXPECT_TRUE(redialer.isRunning());
    EXPECT_TRUE(f.a.candidateAddresses(f.partner.deviceId).empty()) << "the false hint is dropped";
    f.announceSpoof(f.impostor->port()); // the spoofer keeps at it

    // The partner comes back at its own address.
    auto config = configFor(f.profileB.path(), QStringLiteral("Sam"), 0, false);
    config.tcpPort = partnerPort;
    f.b = std::make_unique<net::Node>(config, f.noncesB);
    ASSERT_TRUE(f.b->start());
    ASSERT_EQ(f.b->server()->port(), partnerPort);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !connected.isEmpty(); }, 5000));
    EXPECT_TRUE(identityChanged.isEmpty());
    auto* connection = connected.at(0).at(0).value<net::Connection*>();
    EXPECT_TRUE(connection->isPinned());
    EXPECT_EQ(connection->peerPort(), partnerPort);
    EXPECT_EQ(f.a.trustStore().find(f.partner.deviceId)->lastPort, partnerPort);
    delete connection;
}

// A partner that moved (new port, heard in an announcement) is found at the candidate address.
TEST(Redialer, finds_a_partner_that_moved_at_an_announced_address) {
    Fixture f;
    const quint16 realPort = f.b->server()->port();
    auto stale = f.partner;
    stale.lastPort = f.impostor->port() == 1 ? 2 : 1; // nobody listens there
    ASSERT_TRUE(f.a.trustStore().add(stale));
    f.announceSpoof(realPort); // here: the partner's own announcement, from its new port
    link::Redialer redialer(f.a, f.clock, kQuick, nullptr);
    QSignalSpy connected(&redialer, &link::Redialer::connected);
    redialer.start(stale);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !connected.isEmpty(); }, 5000));
    auto* connection = connected.at(0).at(0).value<net::Connection*>();
    EXPECT_EQ(connection->peerPort(), realPort);
    delete connection;
}

// The identity-changed notice stays for what it means: the partner's own verified address presents
// another certificate.
TEST(Redialer, reports_a_changed_identity_at_the_stored_verified_address) {
    Fixture f;
    auto moved = f.partner;
    moved.lastPort = f.impostor->port(); // as if verified there earlier: now another certificate answers
    ASSERT_TRUE(f.a.trustStore().add(moved));
    link::Redialer redialer(f.a, f.clock, kQuick, nullptr);
    QSignalSpy identityChanged(&redialer, &link::Redialer::identityChanged);
    redialer.start(moved);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !identityChanged.isEmpty(); }, 5000));
    EXPECT_FALSE(redialer.isRunning());
}
