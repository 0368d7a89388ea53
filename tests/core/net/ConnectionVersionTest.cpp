// One wire contract, versioned (docs/PROTOCOL.md §5.1, Changelog): this is version 2; a peer of another
// version is refused with unsupported-version, and both sides learn the other's version, so each can say
// which Twofold needs an update.
#include "NetTestSupport.h"
#include "core/protocol/ErrorCodes.h"
#include "core/protocol/MessageSchema.h"
#include "core/protocol/Version.h"

using namespace twofold;
using namespace twofold::test;
namespace errc = protocol::errc;
namespace msg = protocol::msg;

TEST(ConnectionVersion, this_is_protocol_version_two) {
    EXPECT_EQ(protocol::kProtocolVersion, 2);
    EXPECT_EQ(protocol::compareWithOurs(1), protocol::VersionGap::PeerOlder);
    EXPECT_EQ(protocol::compareWithOurs(3), protocol::VersionGap::PeerNewer);
    EXPECT_EQ(protocol::compareWithOurs(2), protocol::VersionGap::Same);
}

TEST(ConnectionVersion, a_version_one_hello_is_answered_with_our_version_and_reported_by_the_server) {
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback,
                       protocolOptions());
    ASSERT_TRUE(server.listen(0));
    QSignalSpy mismatch(&server, &net::Server::versionMismatch);
    const auto oldIdentity = makeIdentity(QStringLiteral("Old"));
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), oldIdentity));
    raw.sendFrame(helloFor(oldIdentity, 1, QStringLiteral("Alex")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    ASSERT_TRUE(raw.hasReceived(msg::kError, QString(errc::kUnsupportedVersion)));
    const auto& error = raw.received.back();
    EXPECT_TRUE(error.value(QLatin1String("fatal")).toBool());
    EXPECT_EQ(error.value(QLatin1String("version")).toInt(), 2);
    EXPECT_EQ(error.value(QLatin1String("message")).toString(), QStringLiteral("this peer speaks protocol version 2"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return mismatch.count() == 1; }, 2000));
    EXPECT_EQ(mismatch.at(0).at(0).toString(), oldIdentity.deviceId());
    EXPECT_EQ(mismatch.at(0).at(1).toString(), QStringLiteral("Alex"));
    EXPECT_EQ(mismatch.at(0).at(2).toInt(), 1);
}

// A version-1 server says only "this peer speaks protocol version 1" (no version field).
TEST(ConnectionVersion, a_client_learns_the_servers_version_from_its_refusal) {
    for (const bool withField : {false, true}) {
        const auto serverIdentity = makeIdentity(QStringLiteral("Sam"));
        QSslServer rawServer;
        rawServer.setSslConfiguration(net::Connection::tlsConfiguration(serverIdentity));
        ASSERT_TRUE(rawServer.listen(QHostAddress(QHostAddress::LocalHost), 0));
        QObject::connect(&rawServer, &QSslServer::pendingConnectionAvailable, &rawServer, [&] {
            auto* socket = rawServer.nextPendingConnection();
            auto error = protocol::makeError(QString(errc::kUnsupportedVersion),
                                             QStringLiteral("this peer speaks protocol version 1"), true);
            if (withField) {
                error.insert(QLatin1String("version"), 1);
            }
            socket->write(protocol::encodeFrame(error));
        });
        std::unique_ptr<net::Connection> client(net::Connection::connectTo(
            QHostAddress(QHostAddress::LocalHost), rawServer.serverPort(), makeIdentity(QStringLiteral("Alex")),
            QStringLiteral("Alex"), net::Scope::Loopback, protocolOptions()));
        QSignalSpy closed(client.get(), &net::Connection::closed);
        ASSERT_TRUE(closed.wait(3000));
        EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(),
                  QStringLiteral("peer:unsupported-version"));
        EXPECT_EQ(client->peerProtocolVersion(), std::optional<int>(1)) << withField;
    }
}

TEST(ConnectionVersion, a_client_learns_a_newer_servers_version_from_its_hello) {
    const auto serverIdentity = makeIdentity(QStringLiteral("Sam"));
    QSslServer rawServer;
    rawServer.setSslConfiguration(net::Connection::tlsConfiguration(serverIdentity));
    ASSERT_TRUE(rawServer.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QObject::connect(&rawServer, &QSslServer::pendingConnectionAvailable, &rawServer, [&] {
        rawServer.nextPendingConnection()->write(
            protocol::encodeFrame(helloFor(serverIdentity, 3, QStringLiteral("Sam"))));
    });
    std::unique_ptr<net::Connection> client(net::Connection::connectTo(
        QHostAddress(QHostAddress::LocalHost), rawServer.serverPort(), makeIdentity(QStringLiteral("Alex")),
        QStringLiteral("Alex"), net::Scope::Loopback, protocolOptions()));
    QSignalSpy closed(client.get(), &net::Connection::closed);
    ASSERT_TRUE(closed.wait(3000));
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QString(errc::kUnsupportedVersion));
    EXPECT_EQ(client->peerProtocolVersion(), std::optional<int>(3));
    EXPECT_EQ(client->peerName(), QStringLiteral("Sam"));
}
