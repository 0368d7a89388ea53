#include "core/net/Server.h"

#include "core/log/Log.h"
#include "core/net/TlsListener.h"

#include <QSslSocket>

namespace twofold::net {
namespace {

std::shared_ptr<spdlog::logger> logger() {
    return log::get("net.transport");
}

} // namespace

Server::Server(const Identity& identity, QString localName, Scope scope, ConnectionOptions options, QObject* parent)
    : QObject(parent), m_identity(identity), m_localName(std::move(localName)), m_scope(scope),
      m_options(std::move(options)),
      m_listener(new TlsListener([this] { return pendingCount() < m_maxPending; }, this)) {
    m_listener->setSslConfiguration(Connection::tlsConfiguration(m_identity));
    m_listener->setHandshakeTimeout(static_cast<int>(m_options.handshakeTimeout.count()));
    connect(m_listener, &QSslServer::pendingConnectionAvailable, this, &Server::takePendingSockets);
    connect(m_listener, &TlsListener::connectionRefused, this, [this] {
        ++m_refused;
        logger()->warn("server refused a connection: {} unauthenticated already", pendingCount());
    });
    connect(m_listener, &QSslServer::errorOccurred, this, [](QSslSocket*, QAbstractSocket::SocketError error) {
        logger()->info("server dropped a client during TLS error={}", static_cast<int>(error));
    });
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

void Server::takePendingSockets() {
    while (m_listener->hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_listener->nextPendingConnection());
        if (socket == nullptr) {
            continue;
        }
        auto* connection = new Connection(socket, Connection::Role::Server, m_identity, m_localName, m_options, this);
        m_awaitingHello.insert(connection);
        connect(connection, &Connection::ready, this, [this, connection] {
            m_awaitingHello.remove(connection);
            Q_EMIT connectionReady(connection);
        });
        connect(connection, &Connection::closed, this, [this, connection] {
            if (m_awaitingHello.remove(connection)) {
                connection->deleteLater(); // never got as far as a hello: nobody else knows it
            }
        });
    }
}

} // namespace twofold::net
