#include "core/net/Node.h"

#include "core/protocol/MessageTypes.h"
#include "tests/fakes/FakeNonceSource.h"
#include "tests/fakes/FreePort.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace twofold;
using twofold::test::FakeNonceSource;
using namespace std::chrono_literals;

namespace {

using twofold::test::freeUdpPort;

net::NodeConfig configFor(const QString& profile, const QString& name, quint16 udpPort) {
    net::NodeConfig config;
    config.profileDirectory = profile;
    config.displayName = name;
    config.scope = net::Scope::Loopback;
    config.tcpPort = 0;
    config.discoveryOptions.udpPort = udpPort;
    return config;
}

// Runs a full pairing between an outgoing connection of `inviter` and whatever `invitee` accepts.
bool pair(net::Node& inviter, net::Node& invitee, net::Connection* outgoing) {
    std::unique_ptr<net::Pairing> inviteeSide;
    QObject::connect(&invitee, &net::Node::incomingConnection, &invitee, [&](net::Connection* connection) {
        inviteeSide.reset(invitee.createPairing(connection, net::Pairing::Role::Invitee));
        QObject::connect(inviteeSide.get(), &net::Pairing::invited, inviteeSide.get(), [&] { inviteeSide->accept(); });
        QObject::connect(inviteeSide.get(), &net::Pairing::codeReady, inviteeSide.get(),
                         [&] { inviteeSide->confirm(); });
        inviteeSide->start();
    });
    if (!QTest::qWaitFor([&] { return outgoing->isReady() && inviteeSide; }, 5000)) {
        return false;
    }
    std::unique_ptr<net::Pairing> inviterSide(inviter.createPairing(outgoing, net::Pairing::Role::Inviter));
    QObject::connect(inviterSide.get(), &net::Pairing::codeReady, inviterSide.get(), [&] { inviterSide->confirm(); });
    inviterSide->start();
    const bool paired = QTest::qWaitFor(
        [&] {
            return inviterSide->state() == net::Pairing::State::Paired &&
                   inviteeSide->state() == net::Pairing::State::Paired;
        },
        5000);
    QObject::disconnect(&invitee, &net::Node::incomingConnection, &invitee, nullptr);
    return paired;
}

} // namespace

TEST(Node, discovers_pairs_and_reconnects_to_the_pinned_partner) {
    QTemporaryDir profileA, profileB;
    const quint16 udpPort = freeUdpPort();
    FakeNonceSource noncesA({QByteArray(32, '\x01')}), noncesB({QByteArray(32, '\x02')});
    net::Node a(configFor(profileA.path(), QStringLiteral("Alex"), udpPort), noncesA);
    net::Node b(configFor(profileB.path(), QStringLiteral("Sam"), udpPort), noncesB);
    ASSERT_TRUE(a.start());
    ASSERT_TRUE(b.start());

    QSignalSpy found(a.discovery(), &net::Discovery::peerFound);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !a.discovery()->peers().isEmpty(); }, 3000));
    const auto peer = a.discovery()->peers().front();
    EXPECT_EQ(peer.deviceId, b.identity().deviceId());
    EXPECT_EQ(peer.port, b.server()->port());

    std::unique_ptr<net::Connection> first(a.connectTo(peer.address, peer.port));
    ASSERT_TRUE(pair(a, b, first.get()));
    const auto partnerOfA = a.trustStore().find(b.identity().deviceId());
    ASSERT_TRUE(partnerOfA.has_value());
    EXPECT_EQ(partnerOfA->lastPort, b.server()->port());
    const auto partnerOfB = b.trustStore().find(a.identity().deviceId());
    ASSERT_TRUE(partnerOfB.has_value());
    EXPECT_EQ(partnerOfB->lastPort, a.server()->port()) << "the hello port lets B call A back";
    first->close();

    // Reconnect by last address, pinned on both sides.
    QPointer<net::Connection> incoming;
    QObject::connect(&b, &net::Node::incomingConnection, &b, [&](net::Connection* c) { incoming = c; });
    std::unique_ptr<net::Connection> second(a.connectToPartner(*partnerOfA));
    ASSERT_TRUE(QTest::qWaitFor([&] { return second->isReady() && incoming; }, 5000));
    EXPECT_TRUE(second->isPinned());
    EXPECT_TRUE(incoming->isPinned()) << "the server checks a trusted device against its pin too";

    // B moves to another port; discovery gives A a candidate address (A's record stays as it was verified),
    // and a pinned connection there works.
    second->close();
    b.stop();
    QTcpServer squatter; // keeps B's old port taken so that B really moves
    ASSERT_TRUE(squatter.listen(QHostAddress(QHostAddress::LocalHost), partnerOfA->lastPort));
    auto config = configFor(profileB.path(), QStringLiteral("Sam"), udpPort);
    net::Node moved(config, noncesB);
    ASSERT_TRUE(moved.start());
    ASSERT_NE(moved.server()->port(), partnerOfA->lastPort);
    const auto movedId = moved.identity().deviceId();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto candidates = a.candidateAddresses(movedId);
            return !candidates.empty() && candidates.front().port == moved.server()->port();
        },
        3000));
    EXPECT_EQ(a.trustStore().find(movedId)->lastPort, partnerOfA->lastPort) << "an announcement is only a hint";
    const auto candidate = a.candidateAddresses(movedId).front();
    std::unique_ptr<net::Connection> third(
        a.connectToPartner(*a.trustStore().find(movedId), candidate.address, candidate.port));
    ASSERT_TRUE(QTest::qWaitFor([&] { return third->isReady(); }, 5000));
    EXPECT_TRUE(third->isPinned());
}

// A spoofed announcement carrying the partner's device id (public in every announcement) with another
// address rewrote the partner's stored address in trusted.json (561 rewrites from 2,000 datagrams) while the
// couple was linked. Discovery is a hint: the file stays byte for byte as it was, and is not even rewritten.
TEST(Node, spoofed_announcements_leave_the_trust_store_untouched) {
    QTemporaryDir profileA, profileB;
    const quint16 udpPort = freeUdpPort();
    FakeNonceSource noncesA({QByteArray(32, '\x01')}), noncesB({QByteArray(32, '\x02')});
    auto configB = configFor(profileB.path(), QStringLiteral("Sam"), udpPort);
    configB.discovery = false;
    net::Node a(configFor(profileA.path(), QStringLiteral("Alex"), udpPort), noncesA);
    net::Node b(configB, noncesB);
    ASSERT_TRUE(a.start());
    ASSERT_TRUE(b.start());
    std::unique_ptr<net::Connection> first(a.connectTo(QHostAddress(QHostAddress::LocalHost), b.server()->port()));
    ASSERT_TRUE(pair(a, b, first.get()));
    const QString path = a.trustStore().path();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    struct stat statBefore {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &statBefore), 0);

    QUdpSocket spoofer; // another address inside 127/8: "someone else on the network"
    ASSERT_TRUE(spoofer.bind(QHostAddress(QStringLiteral("127.0.0.66")), 0));
    const QString partnerId = b.identity().deviceId();
    constexpr int kDatagrams = 2000;
    constexpr int kBatch = 50; // the receiver drains its socket between batches (no loss to a full buffer)
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    for (int sent = 0; sent < kDatagrams; sent += kBatch) {
        quint16 lastPort = 0;
        for (int i = sent; i < sent + kBatch; ++i) {
            lastPort = static_cast<quint16>(20000 + i);
            const QJsonObject spoof{{QStringLiteral("version"), protocol::kProtocolVersion},
                                    {QStringLiteral("deviceId"), partnerId},
                                    {QStringLiteral("name"), QStringLiteral("Sam")},
                                    {QStringLiteral("port"), lastPort},
                                    {QStringLiteral("at"), QJsonValue(wall + i)}};
            spoofer.writeDatagram(QJsonDocument(spoof).toJson(QJsonDocument::Compact),
                                  QHostAddress(QStringLiteral("127.255.255.255")), udpPort);
        }
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto peers = a.discovery()->peers();
                return !peers.isEmpty() && peers.front().port == lastPort;
            },
            3000))
            << "datagrams up to " << sent + kBatch << " not heard";
    }

    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "trusted.json changed";
    struct stat statAfter {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &statAfter), 0);
    EXPECT_EQ(statAfter.st_ino, statBefore.st_ino) << "trusted.json was rewritten (a new file renamed over it)";
    EXPECT_EQ(statAfter.st_mtim.tv_nsec, statBefore.st_mtim.tv_nsec);
}

TEST(Node, refuses_a_partner_whose_certificate_changed) {
    QTemporaryDir profileA, profileB;
    const quint16 udpPort = freeUdpPort();
    FakeNonceSource noncesA({QByteArray(32, '\x01')}), noncesB({QByteArray(32, '\x02')});
    net::Node a(configFor(profileA.path(), QStringLiteral("Alex"), udpPort), noncesA);
    auto b = std::make_unique<net::Node>(configFor(profileB.path(), QStringLiteral("Sam"), udpPort), noncesB);
    ASSERT_TRUE(a.start());
    ASSERT_TRUE(b->start());
    std::unique_ptr<net::Connection> first(a.connectTo(QHostAddress(QHostAddress::LocalHost), b->server()->port()));
    ASSERT_TRUE(pair(a, *b, first.get()));
    first->close();
    const auto partner = *a.trustStore().find(b->identity().deviceId());

    // B's identity is replaced (e.g. a reinstall): same address, new certificate.
    b.reset();
    QFile::remove(QDir(profileB.path()).filePath(net::Identity::keyFileName()));
    b = std::make_unique<net::Node>(configFor(profileB.path(), QStringLiteral("Sam"), udpPort), noncesB);
    ASSERT_TRUE(b->start());
    std::unique_ptr<net::Connection> second(
        a.connectToPartner(partner, QHostAddress(QHostAddress::LocalHost), b->server()->port()));
    QSignalSpy closed(second.get(), &net::Connection::closed);
    ASSERT_TRUE(closed.wait(5000));
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QStringLiteral("pin-mismatch"));
}

// Another program holding the discovery port used to stop the whole program (bind-failed). Everything but
// discovery keeps working, and the node says why discovery is missing.
TEST(Node, keeps_working_without_discovery_when_its_port_is_taken) {
    QUdpSocket squatter; // binds the port without sharing it, as an unrelated program might
    ASSERT_TRUE(squatter.bind(QHostAddress(QHostAddress::AnyIPv4), 0, QUdpSocket::DontShareAddress));
    QTemporaryDir profile;
    FakeNonceSource nonces({QByteArray(32, '\x01')});
    net::Node node(configFor(profile.path(), QStringLiteral("Alex"), squatter.localPort()), nonces);
    QSignalSpy unavailable(&node, &net::Node::discoveryUnavailable);
    QSignalSpy started(&node, &net::Node::started);
    ASSERT_TRUE(node.start());
    EXPECT_EQ(started.size(), 1);
    ASSERT_EQ(unavailable.size(), 1);
    ASSERT_TRUE(node.discoveryProblem().has_value());
    EXPECT_EQ(node.discoveryProblem()->code, QStringLiteral("discovery-unavailable"));
    EXPECT_EQ(node.discovery(), nullptr);
    EXPECT_TRUE(node.server()->isListening()); // connect by address still works
}
