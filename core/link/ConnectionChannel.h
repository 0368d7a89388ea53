#pragma once

#include "core/net/Connection.h"
#include "core/sync/Channel.h"

#include <QPointer>

namespace twofold::link {

// The sync Channel over whichever TLS connection to the partner is current. A new connection after a
// drop is plugged in with setConnection(); the sync engine just sees the channel close and open again.
// It takes the connection's session-* and error messages (protocol::Handler::Session) while plugged in.
class ConnectionChannel final : public sync::Channel {
    Q_OBJECT
public:
    explicit ConnectionChannel(QObject* parent = nullptr);

    // Takes a ready connection (or nullptr to unplug). The channel does not own it.
    void setConnection(net::Connection* connection);
    net::Connection* connection() const { return m_connection; }

    bool isOpen() const override;
    void send(const QJsonObject& message) override;
    std::optional<qint64> clockOffsetMs() const override;
    qint64 backlogBytes() const override;

private:
    void onMessage(const QJsonObject& message);
    void onClosed();
    void unplug(); // leaves the current connection's signals and dispatcher

    QPointer<net::Connection> m_connection;
    QMetaObject::Connection m_closedConnection;
    QMetaObject::Connection m_offsetConnection;
    QMetaObject::Connection m_drainedConnection;
    std::optional<qint64> m_offsetMs; // kept across reconnections: the last estimate is the best there is
};

} // namespace twofold::link
