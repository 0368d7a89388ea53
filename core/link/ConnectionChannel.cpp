#include "core/link/ConnectionChannel.h"

#include "core/log/Log.h"

namespace twofold::link {

ConnectionChannel::ConnectionChannel(QObject* parent) : sync::Channel(parent) {}

void ConnectionChannel::setConnection(net::Connection* connection) {
    if (connection == m_connection) {
        return;
    }
    const bool wasOpen = isOpen();
    unplug();
    m_connection = connection;
    if (wasOpen) {
        Q_EMIT closed();
    }
    if (!connection) {
        return;
    }
    connection->dispatcher().setHandler(protocol::Handler::Session, this,
                                        [this](const QJsonObject& message) { onMessage(message); });
    m_closedConnection = connect(connection, &net::Connection::closed, this, &ConnectionChannel::onClosed);
    m_drainedConnection =
        connect(connection, &net::Connection::writeBacklogDrained, this, &ConnectionChannel::backlogDrained);
    m_offsetConnection = connect(connection, &net::Connection::clockOffsetChanged, this, [this](qint64 offsetMs) {
        m_offsetMs = offsetMs;
        Q_EMIT clockOffsetChanged(offsetMs);
    });
    if (const auto offset = connection->clockOffsetMs(); offset && offset != m_offsetMs) {
        m_offsetMs = offset;
        Q_EMIT clockOffsetChanged(*offset);
    }
    if (isOpen()) {
        Q_EMIT opened();
    }
}

bool ConnectionChannel::isOpen() const {
    return m_connection && m_connection->isReady();
}

std::optional<qint64> ConnectionChannel::clockOffsetMs() const {
    return m_offsetMs;
}

void ConnectionChannel::send(const QJsonObject& message) {
    if (!isOpen()) {
        return;
    }
    if (auto status = m_connection->send(message); !status) {
        log::get(log::Module::Link)->warn("send failed code={}", status.error().code.toStdString());
    }
}

void ConnectionChannel::onMessage(const QJsonObject& message) {
    Q_EMIT received(message);
}

qint64 ConnectionChannel::backlogBytes() const {
    return m_connection ? m_connection->bytesToWrite() : 0;
}

void ConnectionChannel::onClosed() {
    unplug();
    m_connection = nullptr;
    Q_EMIT closed();
}

void ConnectionChannel::unplug() {
    if (m_connection) {
        m_connection->dispatcher().clearHandler(protocol::Handler::Session, this);
    }
    disconnect(m_closedConnection);
    disconnect(m_offsetConnection);
    disconnect(m_drainedConnection);
}

} // namespace twofold::link
