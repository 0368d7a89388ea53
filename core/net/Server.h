#pragma once

#include "core/Result.h"
#include "core/net/Connection.h"
#include "core/net/ConnectionOptions.h"
#include "core/net/Identity.h"
#include "core/net/Scope.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

namespace twofold::net {

class TlsListener;

inline constexpr quint16 kDefaultTcpPort = 47914;

// Accepts incoming TLS connections. Loopback scope listens on 127.0.0.1 only, Lan on every address.
// A connection is handed out with connectionReady() once both hellos are exchanged; until then it is
// "unauthenticated" and counts against maxPendingHandshakes (excess TCP connections are closed at once).
// Clients that do not finish TLS + hello within options.handshakeTimeout are dropped.
class Server : public QObject {
    Q_OBJECT

public:
    Server(const Identity& identity, QString localName, Scope scope, ConnectionOptions options,
           QObject* parent = nullptr);
    ~Server() override;

    // Listens on the preferred port, or an ephemeral one if that is taken (0 = ephemeral at once).
    Status listen(quint16 preferredPort = kDefaultTcpPort);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

    void setLocalName(const QString& name) { m_localName = name; }
    void setMaxPendingHandshakes(int count) { m_maxPending = count; }
    int maxPendingHandshakes() const { return m_maxPending; }
    int pendingCount() const; // unauthenticated connections right now
    int refusedCount() const { return m_refused; }

Q_SIGNALS:
    // The connection is ready; its parent is this server. Take it over with setParent() (or let it be
    // deleted with the server); deleteLater() it after closed().
    void connectionReady(twofold::net::Connection* connection);

private:
    void takePendingSockets();

    Identity m_identity;
    QString m_localName;
    Scope m_scope;
    ConnectionOptions m_options;
    TlsListener* m_listener;
    QSet<Connection*> m_awaitingHello;
    int m_maxPending = 4;
    int m_refused = 0;
};

} // namespace twofold::net
