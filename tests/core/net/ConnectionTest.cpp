#include "NetTestSupport.h"
#include "core/net/TrustStore.h"
#include "core/protocol/ErrorCodes.h"
#include "core/protocol/MessageSchema.h"
#include "tests/fakes/FaultProxy.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtEndian>

using namespace twofold;
using namespace twofold::test;
namespace errc = protocol::errc;
namespace msg = protocol::msg;

namespace {

QJsonObject sessionEvent(const QString& text) {
    return protocol::makeMessage(msg::kSessionEvent,
                                 QJsonObject{{QLatin1String("event"), QJsonObject{{QLatin1String("text"), text}}}});
}

} // namespace

TEST(Connection, exchanges_hello_and_messages_over_loopback_tls) {
    LinkedPair pair;
    ASSERT_TRUE(pair.start());
    EXPECT_EQ(pair.client->peerName(), QStringLiteral("Sam"));
    EXPECT_EQ(pair.serverSide->peerName(), QStringLiteral("Alex"));
    EXPECT_EQ(pair.client->peerDeviceId(), pair.serverIdentity.deviceId());
    EXPECT_EQ(pair.serverSide->peerDeviceId(), pair.clientIdentity.deviceId());
    EXPECT_EQ(pair.client->peerCertificateDigest(), pair.serverIdentity.certificateDigestHex());
    EXPECT_EQ(pair.serverSide->peerCertificateDigest(), pair.clientIdentity.certificateDigestHex());
    EXPECT_TRUE(pair.client->peerAddress().isLoopback());
    EXPECT_EQ(pair.serverSide->peerListenPort(), 0);
    EXPECT_EQ(pair.client->peerListenPort(), pair.server->port()); // the server announces its port
    EXPECT_FALSE(pair.client->isPinned());
    auto* socket = pair.client->findChild<QSslSocket*>();
    ASSERT_NE(socket, nullptr);
    EXPECT_EQ(socket->sessionProtocol(), QSsl::TlsV1_3);

    QSignalSpy toServer(pair.serverSide.data(), &net::Connection::unclaimedMessage);
    QSignalSpy toClient(pair.client.data(), &net::Connection::unclaimedMessage);
    ASSERT_TRUE(pair.client->send(sessionEvent(QStringLiteral("one"))));
    ASSERT_TRUE(pair.client->send(sessionEvent(QStringLiteral("two"))));
    ASSERT_TRUE(pair.serverSide->send(protocol::makeMessage(msg::kSessionAck, QJsonObject{{QLatin1String("seq"), 2}})));
    ASSERT_TRUE(QTest::qWaitFor([&] { return toServer.size() == 2 && toClient.size() == 1; }, 3000));
    EXPECT_EQ(toServer.at(1).at(0).toJsonObject(), sessionEvent(QStringLiteral("two")));
    EXPECT_EQ(toClient.at(0).at(0).toJsonObject().value(QLatin1String("seq")).toInt(), 2);
}

// A name with a line break could fake a line of app text ("Your code is ...") on the code screen.
TEST(Connection, a_partners_name_arrives_without_line_breaks_or_control_characters) {
    LinkedPair pair;
    ASSERT_TRUE(pair.start(protocolOptions(), protocolOptions(), QStringLiteral("Eve\nYour code is 000000\u202E")));
    EXPECT_EQ(pair.serverSide->peerName(), QStringLiteral("Eve Your code is 000000"));
}

TEST(Connection, closes_both_sides_with_bye) {
    LinkedPair pair;
    ASSERT_TRUE(pair.start());
    QSignalSpy serverClosed(pair.serverSide.data(), &net::Connection::closed);
    QSignalSpy clientClosed(pair.client.data(), &net::Connection::closed);
    pair.client->close(net::CloseReason::Other, QStringLiteral("done"));
    ASSERT_EQ(clientClosed.size(), 1);
    EXPECT_EQ(clientClosed.at(0).at(0).value<net::ConnectionClose>().toString(), QStringLiteral("done"));
    ASSERT_TRUE(serverClosed.wait(3000));
    EXPECT_EQ(serverClosed.at(0).at(0).value<net::ConnectionClose>().toString(), QStringLiteral("peer-bye:done"));
    EXPECT_FALSE(pair.client->send(protocol::makeMessage(msg::kPing)));
}

TEST(Connection, refuses_to_send_an_oversize_message) {
    LinkedPair pair;
    ASSERT_TRUE(pair.start());
    const auto result = pair.client->send(sessionEvent(QString(70000, QLatin1Char('x'))));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, QString(errc::kFrameTooLarge));
    EXPECT_TRUE(pair.client->isReady());
}

TEST(Connection, refuses_a_client_that_offers_only_tls_1_2) {
    auto options = protocolOptions();
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, options);
    ASSERT_TRUE(server.listen(0));
    QSignalSpy ready(&server, &net::Server::connectionReady);
    RawTlsClient raw;
    auto configuration = net::Connection::tlsConfiguration(makeIdentity(QStringLiteral("Old")));
    configuration.setProtocol(QSsl::TlsV1_2);
    raw.socket->setSslConfiguration(configuration);
    raw.socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 5000));
    EXPECT_FALSE(raw.socket->isEncrypted());
    EXPECT_EQ(ready.size(), 0);
}

TEST(Connection, refuses_a_non_loopback_address_in_loopback_scope) {
    const auto identity = makeIdentity(QStringLiteral("Alex"));
    std::unique_ptr<net::Connection> connection(net::Connection::connectTo(
        QHostAddress(QStringLiteral("192.0.2.1")), 47914, identity, QStringLiteral("Alex"), net::Scope::Loopback, {}));
    QSignalSpy closed(connection.get(), &net::Connection::closed);
    ASSERT_TRUE(closed.wait(1000));
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QStringLiteral("scope"));
}

TEST(Connection, answers_a_wrong_protocol_version_with_an_error_and_closes) {
    const auto serverIdentity = makeIdentity(QStringLiteral("Sam"));
    net::Server server(serverIdentity, QStringLiteral("Sam"), net::Scope::Loopback, protocolOptions());
    ASSERT_TRUE(server.listen(0));
    const auto rawIdentity = makeIdentity(QStringLiteral("Raw"));
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), rawIdentity));
    raw.sendFrame(helloFor(rawIdentity, 1)); // a version-1 peer
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    EXPECT_TRUE(raw.hasReceived(msg::kHello)); // the server's own hello went first
    ASSERT_TRUE(raw.hasReceived(msg::kError, QString(errc::kUnsupportedVersion)));
    const auto& error = raw.received.back();
    EXPECT_TRUE(error.value(QLatin1String("fatal")).toBool());
    EXPECT_EQ(server.pendingCount(), 0);
}

// docs/PROTOCOL.md §5.1: 3 is another version; 1.5 is no version at all, a malformed hello.
TEST(Connection, a_hello_whose_version_is_not_a_whole_number_is_malformed) {
    for (const double version : {1.5, 3.0}) {
        net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback,
                           protocolOptions());
        ASSERT_TRUE(server.listen(0));
        const auto rawIdentity = makeIdentity(QStringLiteral("Raw"));
        RawTlsClient raw;
        ASSERT_TRUE(raw.connectTo(server.port(), rawIdentity));
        auto hello = helloFor(rawIdentity);
        hello.insert(QLatin1String("version"), version);
        raw.sendFrame(hello);
        ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
        const auto expected = version == 3.0 ? QString(errc::kUnsupportedVersion) : QString(errc::kBadField);
        EXPECT_TRUE(raw.hasReceived(msg::kError, expected)) << version;
    }
}

TEST(Connection, client_closes_when_the_server_speaks_another_version) {
    const auto serverIdentity = makeIdentity(QStringLiteral("Sam"));
    QSslServer rawServer;
    rawServer.setSslConfiguration(net::Connection::tlsConfiguration(serverIdentity));
    ASSERT_TRUE(rawServer.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QObject::connect(&rawServer, &QSslServer::pendingConnectionAvailable, &rawServer, [&] {
        auto* socket = rawServer.nextPendingConnection();
        socket->write(protocol::encodeFrame(helloFor(serverIdentity, 7)));
    });
    const auto identity = makeIdentity(QStringLiteral("Alex"));
    std::unique_ptr<net::Connection> client(
        net::Connection::connectTo(QHostAddress(QHostAddress::LocalHost), rawServer.serverPort(), identity,
                                   QStringLiteral("Alex"), net::Scope::Loopback, protocolOptions()));
    QSignalSpy closed(client.get(), &net::Connection::closed);
    ASSERT_TRUE(closed.wait(3000));
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QString(errc::kUnsupportedVersion));
    EXPECT_FALSE(client->isReady());
}

TEST(Connection, refuses_a_pinned_digest_mismatch_before_any_application_data) {
    const auto serverIdentity = makeIdentity(QStringLiteral("Impostor"));
    QSslServer rawServer;
    rawServer.setSslConfiguration(net::Connection::tlsConfiguration(serverIdentity));
    ASSERT_TRUE(rawServer.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QPointer<QSslSocket> serverSocket;
    QByteArray applicationBytes;
    QObject::connect(&rawServer, &QSslServer::pendingConnectionAvailable, &rawServer, [&] {
        serverSocket = qobject_cast<QSslSocket*>(rawServer.nextPendingConnection());
        QObject::connect(serverSocket.data(), &QSslSocket::readyRead, serverSocket.data(),
                         [&] { applicationBytes += serverSocket->readAll(); });
    });

    auto options = protocolOptions();
    options.pinnedDigest = QString(64, QLatin1Char('a')); // the partner we paired with, not this server
    const auto identity = makeIdentity(QStringLiteral("Alex"));
    std::unique_ptr<net::Connection> client(
        net::Connection::connectTo(QHostAddress(QHostAddress::LocalHost), rawServer.serverPort(), identity,
                                   QStringLiteral("Alex"), net::Scope::Loopback, options));
    QSignalSpy closed(client.get(), &net::Connection::closed);
    ASSERT_TRUE(closed.wait(3000));
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QStringLiteral("pin-mismatch"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !serverSocket || serverSocket->state() == QAbstractSocket::UnconnectedState; }, 3000));
    EXPECT_TRUE(applicationBytes.isEmpty()) << applicationBytes.size() << " bytes of application data were sent";
}

TEST(Connection, accepts_a_peer_that_presents_the_pinned_digest) {
    LinkedPair pair;
    pair.serverIdentity = makeIdentity(QStringLiteral("Sam"));
    auto options = protocolOptions();
    options.pinnedDigest = pair.serverIdentity.certificateDigestHex();
    ASSERT_TRUE(pair.start(options));
    EXPECT_TRUE(pair.client->isPinned());
}

TEST(Connection, server_refuses_a_trusted_device_with_another_certificate_before_hello) {
    QTemporaryDir profile;
    net::TrustStore store(profile.path());
    const auto rawIdentity = makeIdentity(QStringLiteral("Raw"));
    net::TrustedPartner partner;
    partner.deviceId = rawIdentity.deviceId();
    partner.name = QStringLiteral("Alex");
    partner.certificateDigest = QString(64, QLatin1Char('b')); // pinned: a different certificate
    ASSERT_TRUE(store.add(partner));

    auto options = protocolOptions();
    options.trustStore = &store;
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, options);
    ASSERT_TRUE(server.listen(0));
    QSignalSpy ready(&server, &net::Server::connectionReady);
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), rawIdentity));
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    EXPECT_TRUE(raw.rawReceived.isEmpty()) << "the server sent application data to a pin mismatch";
    EXPECT_EQ(ready.size(), 0);
}

TEST(Connection, rejects_a_hello_whose_device_id_is_not_the_certificate_key) {
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback,
                       protocolOptions());
    ASSERT_TRUE(server.listen(0));
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), makeIdentity(QStringLiteral("Raw"))));
    raw.sendFrame(helloFor(makeIdentity(QStringLiteral("Someone else"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kIdentityMismatch)));
}

TEST(Connection, requires_hello_first) {
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback,
                       protocolOptions());
    ASSERT_TRUE(server.listen(0));
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), makeIdentity(QStringLiteral("Raw"))));
    raw.sendFrame(protocol::makeMessage(msg::kPing));
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kHelloExpected)));
}

// A newer client may send more right behind its hello. Closing with that input unread would make the
// kernel answer with a reset, and the peer would lose the error it had received but not yet read.
TEST(Connection, a_refused_peer_that_keeps_sending_still_reads_the_error) {
    const auto serverIdentity = makeIdentity(QStringLiteral("Sam"));
    net::Server server(serverIdentity, QStringLiteral("Sam"), net::Scope::Loopback, protocolOptions());
    ASSERT_TRUE(server.listen(0));
    const auto rawIdentity = makeIdentity(QStringLiteral("Raw"));
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), rawIdentity));
    raw.sendFrame(helloFor(rawIdentity, 1)); // a version-1 peer
    QTimer chatter;                          // keeps writing until the server's close arrives
    QObject::connect(&chatter, &QTimer::timeout, raw.socket.get(), [&] {
        if (raw.socket->state() == QAbstractSocket::ConnectedState) {
            raw.sendFrame(protocol::makeMessage(msg::kPing));
        }
    });
    chatter.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    chatter.stop();
    EXPECT_TRUE(raw.hasReceived(msg::kHello)) << raw.rawReceived.size() << " bytes received";
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kUnsupportedVersion)))
        << raw.rawReceived.size() << " bytes received; " << raw.socket->errorString().toStdString();
}

TEST(Connection, a_peer_cut_off_in_the_middle_of_an_oversize_frame_still_reads_the_error) {
    const auto rawIdentity = makeIdentity(QStringLiteral("Raw"));
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback,
                       protocolOptions());
    ASSERT_TRUE(server.listen(0));
    QPointer<net::Connection> serverSide;
    QObject::connect(&server, &net::Server::connectionReady, &server, [&](net::Connection* c) { serverSide = c; });
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), rawIdentity));
    raw.sendFrame(helloFor(rawIdentity));
    ASSERT_TRUE(QTest::qWaitFor([&] { return serverSide && serverSide->isReady(); }, 3000));
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(1024 * 1024, header.data());
    raw.sendRaw(header); // the server gives up after the header; the body keeps streaming in
    QTimer body;
    QObject::connect(&body, &QTimer::timeout, raw.socket.get(), [&] {
        if (raw.socket->state() == QAbstractSocket::ConnectedState && raw.socket->encryptedBytesToWrite() < 65536) {
            raw.sendRaw(QByteArray(16384, 'x'));
        }
    });
    body.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    body.stop();
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kFrameTooLarge)))
        << raw.rawReceived.size() << " bytes received; " << raw.socket->errorString().toStdString();
}

TEST(Connection, answers_garbage_and_unknown_types_with_errors_and_survives_a_few) {
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback,
                       protocolOptions());
    ASSERT_TRUE(server.listen(0));
    QPointer<net::Connection> serverSide;
    QObject::connect(&server, &net::Server::connectionReady, &server, [&](net::Connection* c) { serverSide = c; });
    const auto rawIdentity = makeIdentity(QStringLiteral("Raw"));
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), rawIdentity));
    raw.sendFrame(helloFor(rawIdentity));
    ASSERT_TRUE(QTest::qWaitFor([&] { return serverSide && serverSide->isReady(); }, 3000));
    QSignalSpy delivered(serverSide.data(), &net::Connection::unclaimedMessage);

    QByteArray notJson("\x00\x00\x00\x05{oops", 9);
    raw.sendRaw(notJson);
    raw.sendRaw(QByteArray("\x00\x00\x00\x02[]", 6));
    raw.sendFrame(QJsonObject{{QLatin1String("type"), QStringLiteral("launch")}});
    raw.sendFrame(QJsonObject{{QLatin1String("type"), QStringLiteral("session-ack")}});
    raw.sendFrame(protocol::makeMessage(msg::kSessionAck, QJsonObject{{QLatin1String("seq"), 5}}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.countReceived(msg::kError) == 4 && delivered.size() == 1; }, 3000));
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kMalformedJson)));
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kNotAnObject)));
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kUnknownType)));
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kMissingField)));
    for (const auto& object : raw.received) {
        if (object.value(QLatin1String("type")).toString() == msg::kError) {
            EXPECT_FALSE(object.value(QLatin1String("fatal")).toBool());
        }
    }
    EXPECT_TRUE(serverSide->isReady());
    EXPECT_EQ(serverSide->protocolErrors(), 4);
    EXPECT_FALSE(raw.disconnected());
}

TEST(Connection, closes_after_repeated_abuse) {
    auto options = protocolOptions();
    options.maxProtocolErrors = 10;
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, options);
    ASSERT_TRUE(server.listen(0));
    QPointer<net::Connection> serverSide;
    QObject::connect(&server, &net::Server::connectionReady, &server, [&](net::Connection* c) { serverSide = c; });
    const auto rawIdentity = makeIdentity(QStringLiteral("Raw"));
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), rawIdentity));
    raw.sendFrame(helloFor(rawIdentity));
    ASSERT_TRUE(QTest::qWaitFor([&] { return serverSide && serverSide->isReady(); }, 3000));
    QSignalSpy closed(serverSide.data(), &net::Connection::closed);
    for (int i = 0; i < 12; ++i) {
        raw.sendFrame(QJsonObject{{QLatin1String("type"), QStringLiteral("nonsense")}});
    }
    ASSERT_TRUE(closed.wait(3000));
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QString(errc::kTooManyErrors));
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    EXPECT_EQ(raw.countReceived(msg::kError), 10); // nine non-fatal answers, then the fatal one
    EXPECT_TRUE(raw.hasReceived(msg::kError, QString(errc::kTooManyErrors)));
}

TEST(Connection, closes_on_an_oversize_frame) {
    LinkedPair pair;
    ASSERT_TRUE(pair.start());
    QSignalSpy closed(pair.serverSide.data(), &net::Connection::closed);
    // Reach under the Connection: write a header announcing 1 MiB straight into the client's socket.
    auto* socket = pair.client->findChild<QSslSocket*>();
    ASSERT_NE(socket, nullptr);
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(1024 * 1024, header.data());
    socket->write(header);
    ASSERT_TRUE(closed.wait(3000));
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QString(errc::kFrameTooLarge));
}

TEST(Connection, never_puts_the_partners_text_in_clear_on_the_wire) {
    const auto serverIdentity = makeIdentity(QStringLiteral("Sam"));
    net::Server server(serverIdentity, QStringLiteral("Sam"), net::Scope::Loopback, protocolOptions());
    ASSERT_TRUE(server.listen(0));
    QPointer<net::Connection> serverSide;
    QObject::connect(&server, &net::Server::connectionReady, &server, [&](net::Connection* c) { serverSide = c; });
    FaultProxy relay(server.port());
    std::unique_ptr<net::Connection> client(net::Connection::connectTo(
        QHostAddress(QHostAddress::LocalHost), relay.port(), makeIdentity(QStringLiteral("Alex")),
        QStringLiteral("Alex"), net::Scope::Loopback, protocolOptions()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return client->isReady() && serverSide; }, 5000));
    QSignalSpy received(serverSide.data(), &net::Connection::unclaimedMessage);
    const QString marker = QStringLiteral("MARKER-I-feel-lonely-when-7f3a");
    ASSERT_TRUE(client->send(sessionEvent(marker)));
    ASSERT_TRUE(received.wait(3000));
    EXPECT_EQ(received.at(0).at(0).toJsonObject(), sessionEvent(marker));
    EXPECT_GT(relay.captured().size(), 500);
    EXPECT_FALSE(relay.captured().contains(marker.toUtf8()));
    EXPECT_FALSE(relay.captured().contains(QByteArray("session-event")));
    EXPECT_FALSE(relay.captured().contains(QByteArray("\"hello\"")));
}

// One dispatcher says who handles what: each layer registered on the connection hears its own messages
// and nothing else, whatever a type looks like.
TEST(Connection, each_layer_hears_only_the_messages_of_its_layer) {
    LinkedPair pair;
    ASSERT_TRUE(pair.start());
    QObject pairing, session;
    QStringList toPairing, toSession;
    const auto record = [](QStringList& into) {
        return [&into](const QJsonObject& m) {
            into.append(m.value(QLatin1String("type")).toString());
        };
    };
    pair.serverSide->dispatcher().setHandler(protocol::Handler::Pairing, &pairing, record(toPairing));
    pair.serverSide->dispatcher().setHandler(protocol::Handler::Session, &session, record(toSession));
    QSignalSpy unclaimed(pair.serverSide.data(), &net::Connection::unclaimedMessage);
    QSignalSpy errorsBack(pair.client.data(), &net::Connection::unclaimedMessage);

    ASSERT_TRUE(pair.client->send(protocol::makeMessage(msg::kPairAccept)));
    ASSERT_TRUE(pair.client->send(protocol::makeMessage(QLatin1String("pair-anything")))); // not ours: nobody's
    ASSERT_TRUE(pair.client->send(protocol::makeMessage(msg::kSessionAck, QJsonObject{{QLatin1String("seq"), 1}})));
    ASSERT_TRUE(pair.client->send(protocol::makeMessage(msg::kPing)));
    ASSERT_TRUE(pair.client->send(protocol::makeError(QStringLiteral("something"), QStringLiteral("x"), false)));
    ASSERT_TRUE(pair.client->send(protocol::makeMessage(msg::kPairConfirm)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return toPairing.size() == 2 && toSession.size() == 2; }, 3000));
    ASSERT_TRUE(errorsBack.wait(3000)); // the look-alike type is answered as any unknown type
    EXPECT_EQ(toPairing, (QStringList{QString(msg::kPairAccept), QString(msg::kPairConfirm)}));
    EXPECT_EQ(toSession, (QStringList{QString(msg::kSessionAck), QString(msg::kError)}));
    EXPECT_TRUE(unclaimed.isEmpty());
    const auto answer = errorsBack.at(0).at(0).toJsonObject();
    EXPECT_EQ(answer.value(QLatin1String("code")).toString(), QString(errc::kUnknownType));
    EXPECT_FALSE(answer.value(QLatin1String("fatal")).toBool());
    EXPECT_EQ(pair.serverSide->protocolErrors(), 1);

    // A layer that left (its owner gone) hears nothing more; its messages are reported as unclaimed.
    pair.serverSide->dispatcher().clearHandler(protocol::Handler::Pairing, &pairing);
    ASSERT_TRUE(pair.client->send(protocol::makeMessage(msg::kPairStored)));
    ASSERT_TRUE(unclaimed.wait(3000));
    EXPECT_EQ(toPairing.size(), 2);
    EXPECT_TRUE(pair.serverSide->isReady());
}
