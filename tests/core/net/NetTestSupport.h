#pragma once

// Helpers shared by the net tests: identities, a connected pair over loopback, raw TLS peers.
#include "core/net/Connection.h"
#include "core/net/Identity.h"
#include "core/net/Server.h"
#include "core/protocol/Frame.h"
#include "core/protocol/FrameDecoder.h"
#include "core/protocol/MessageTypes.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

namespace twofold::test {

using namespace std::chrono_literals;

inline net::Identity makeIdentity(const QString& name) {
    auto identity = net::Identity::createEphemeral(name);
    EXPECT_TRUE(identity) << (identity ? "" : identity.error().message.toStdString());
    return identity ? *identity : net::Identity{};
}

// The protocol's own timers (tests that need a deadline to pass move a FakeClock instead).
inline net::ConnectionOptions protocolOptions() {
    return net::ConnectionOptions{};
}

// A server (B) and a client connection (A) linked over loopback TLS, both ready.
struct LinkedPair {
    net::Identity clientIdentity;
    net::Identity serverIdentity;
    std::unique_ptr<net::Server> server;
    QPointer<net::Connection> client;
    QPointer<net::Connection> serverSide;
    std::function<quint16(quint16 serverPort)> via; // e.g. a FaultProxy in front of the server

    // Returns false (with gtest failures) if the pair did not come up.
    bool start(net::ConnectionOptions clientOptions = protocolOptions(),
               net::ConnectionOptions serverOptions = protocolOptions(),
               const QString& clientName = QStringLiteral("Alex"), const QString& serverName = QStringLiteral("Sam")) {
        if (clientIdentity.isNull()) {
            clientIdentity = makeIdentity(clientName);
        }
        if (serverIdentity.isNull()) {
            serverIdentity = makeIdentity(serverName);
        }
        server = std::make_unique<net::Server>(serverIdentity, serverName, net::Scope::Loopback, serverOptions);
        if (!server->listen(0)) {
            ADD_FAILURE() << "listen failed";
            return false;
        }
        QObject::connect(server.get(), &net::Server::connectionReady, server.get(),
                         [this](net::Connection* connection) { serverSide = connection; });
        const quint16 dialPort = via ? via(server->port()) : server->port();
        client = net::Connection::connectTo(QHostAddress(QHostAddress::LocalHost), dialPort, clientIdentity, clientName,
                                            net::Scope::Loopback, clientOptions);
        const bool up = QTest::qWaitFor([this] { return client && client->isReady() && serverSide; }, 5000);
        EXPECT_TRUE(up) << "pair did not become ready";
        return up;
    }

    ~LinkedPair() { delete client.data(); }
};

// A TLS socket without our Connection logic on top: speaks raw frames (or raw bytes) to test abuse.
struct RawTlsClient {
    std::unique_ptr<QSslSocket> socket = std::make_unique<QSslSocket>();
    protocol::FrameDecoder decoder;
    std::vector<QJsonObject> received;
    QByteArray rawReceived;

    RawTlsClient() = default;
    RawTlsClient(const RawTlsClient&) = delete;
    RawTlsClient& operator=(const RawTlsClient&) = delete;
    // The socket goes last (it is declared first) and says `disconnected` as it goes: by then the members its
    // slots fill are gone, so it must not call them any more.
    ~RawTlsClient() { QObject::disconnect(socket.get(), nullptr, nullptr, nullptr); }

    bool connectTo(quint16 port, const net::Identity& identity, bool configure = true) {
        if (configure) {
            socket->setSslConfiguration(net::Connection::tlsConfiguration(identity));
        }
        QObject::connect(socket.get(), &QSslSocket::readyRead, socket.get(), [this] { readAvailable(); });
        QObject::connect(socket.get(), &QSslSocket::disconnected, socket.get(), [this] { readAvailable(); });
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([this] { return socket->isEncrypted(); }, 5000);
    }

    void readAvailable() {
        const QByteArray bytes = socket->readAll();
        rawReceived += bytes;
        decoder.feed(bytes);
        while (true) {
            auto item = decoder.next();
            if (!item || !item.value()) {
                break;
            }
            received.push_back(*item.value());
        }
    }

    void sendFrame(const QJsonObject& object) { socket->write(protocol::encodeFrame(object)); }
    void sendRaw(const QByteArray& bytes) { socket->write(bytes); }

    bool disconnected() const { return socket->state() == QAbstractSocket::UnconnectedState; }

    bool hasReceived(QLatin1String type, const QString& code = {}) const {
        for (const auto& object : received) {
            if (object.value(QLatin1String("type")).toString() == type &&
                (code.isEmpty() || object.value(QLatin1String("code")).toString() == code)) {
                return true;
            }
        }
        return false;
    }

    int countReceived(QLatin1String type) const {
        int count = 0;
        for (const auto& object : received) {
            count += object.value(QLatin1String("type")).toString() == type ? 1 : 0;
        }
        return count;
    }
};

inline QJsonObject helloFor(const net::Identity& identity, int version = protocol::kProtocolVersion,
                            const QString& name = QStringLiteral("Raw")) {
    return QJsonObject{{QLatin1String("type"), QString(protocol::msg::kHello)},
                       {QLatin1String("version"), version},
                       {QLatin1String("deviceId"), identity.deviceId()},
                       {QLatin1String("name"), name}};
}

} // namespace twofold::test
