#include "core/net/Server.h"

#include "core/log/Log.h"
#include "core/net/TlsListener.h"
#include "core/timing/SystemClock.h"

#include <QSslSocket>
#include <algorithm>

namespace twofold::net {
namespace {

std::shared_ptr<spdlog::logger> logger() {
    return log::get(log::Module::NetTransport);
}

} // namespace

Server::Server(const Identity& identity, QString localName, Scope scope, ConnectionOptions options, QObject* parent)
    : QObject(parent), m_identity(identity), m_localName(std::move(localName)), m_scope(scope),
      m_options(std::move(options)), m_ownClock(m_options.clock ? nullptr : std::make_unique<timing::SystemClock>()) {
    if (!m_options.clock) {
        m_options.clock = m_ownClock.get(); // one time line for the listener and every connection
    }
    TlsListener::Deadlines deadlines;
    deadlines.tlsLimit = m_options.handshakeTimeout;
    deadlines.silentLimit = std::min(deadlines.silentLimit, m_options.handshakeTimeout);
    m_listener = new TlsListener(
        *m_options.clock, deadlines, [this](const QHostAddress& from) { makeRoom(from); }, this);
    m_listener->setSslConfiguration(Connection::tlsConfiguration(m_identity));
    connect(m_listener, &TlsListener::encrypted, this, &Server::takeSocket);
    connect(m_listener, &TlsListener::connectionEvicted, this, [this] { ++m_evicted; });
}

Server::~Server() {
    close();
}

Status Server::listen(quint16 preferredPort) {
    const QHostAddress address =
        m_scope == Scope::Loopback ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(QHostAddress::Any);
    if (m_listener->isListening()) {
        m_listener->close();
    }
    if (!m_listener->listen(address, preferredPort)) {
        logger()->info("port {} unavailable; falling back to an ephemeral port", preferredPort);
        if (preferredPort == 0 || !m_listener->listen(address, 0)) {
            return Error{QStringLiteral("listen-failed"), m_listener->errorString()};
        }
    }
    m_options.advertisedPort = m_listener->serverPort();
    logger()->info("server listening scope={} port={}", toString(m_scope).toStdString(), m_listener->serverPort());
    return Ok{};
}

void Server::close() {
    m_listener->close();
}

bool Server::isListening() const {
    return m_listener->isListening();
}

quint16 Server::port() const {
    return m_listener->serverPort();
}

QHostAddress Server::address() const {
    return m_listener->serverAddress();
}

int Server::pendingCount() const {
    return m_listener->socketsInHandshake() + static_cast<int>(m_awaitingHello.size());
}

int Server::pendingCountFrom(const QHostAddress& address) const {
    return m_listener->socketsInHandshakeFrom(address) +
           static_cast<int>(std::count_if(m_awaitingHello.begin(), m_awaitingHello.end(),
                                          [&](const Connection* c) { return c->peerAddress() == address; }));
}

void Server::makeRoom(const QHostAddress& from) {
    // The newcomer is taken; the oldest stranger gives way, first from the newcomer's own address.
    while (pendingCountFrom(from) >= m_maxPerAddress && evictOldest(&from)) {
    }
    while (pendingCount() >= m_maxPending && evictOldest(nullptr)) {
    }
}

bool Server::evictOldest(const QHostAddress* from) {
    const auto matches = [from](const QHostAddress& address) {
        return from == nullptr || address == *from;
    };
    if (m_listener->evictOldest(matches)) {
        logger()->warn("evicted an unauthenticated connection before TLS to make room");
        return true;
    }
    // A remembered partner (its certificate matched a pin) never gives way to strangers.
    const auto it = std::find_if(m_awaitingHello.begin(), m_awaitingHello.end(),
                                 [&](const Connection* c) { return !c->isPinned() && matches(c->peerAddress()); });
    if (it == m_awaitingHello.end()) {
        return false;
    }
    Connection* connection = *it;
    m_awaitingHello.erase(it);
    ++m_evicted;
    logger()->warn("conn#{} evicted while waiting for its hello", connection->id());
    connection->close(CloseReason::Evicted);
    return true;
}

void Server::takeSocket(QSslSocket* socket) {
    auto* connection = new Connection(socket, Connection::Role::Server, m_identity, m_localName, m_options, this);
    m_awaitingHello.push_back(connection);
    connect(connection, &Connection::ready, this, [this, connection] {
        std::erase(m_awaitingHello, connection);
        disconnect(connection, &Connection::closed, this, nullptr); // its new owner takes care of it
        Q_EMIT connectionReady(connection);
    });
    connect(connection, &Connection::closed, this, [this, connection] {
        std::erase(m_awaitingHello, connection);
        if (const auto version = connection->peerProtocolVersion()) {
            Q_EMIT versionMismatch(connection->peerDeviceId(), connection->peerName(), *version);
        }
        connection->deleteLater(); // never got as far as a hello: nobody else knows it
    });
}

} // namespace twofold::net
