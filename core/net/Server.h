#pragma once

#include "core/Result.h"
#include "core/net/Connection.h"
#include "core/net/ConnectionOptions.h"
#include "core/net/Identity.h"
#include "core/net/Scope.h"
#include "core/timing/Clock.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslSocket>
#include <memory>

namespace twofold::net {

class TlsListener;

inline constexpr quint16 kDefaultTcpPort = 47914;

// Accepts incoming TLS connections. Loopback scope listens on 127.0.0.1 only, Lan on every address.
// A connection is handed out with connectionReady() once both hellos are exchanged; until then it is
// "unauthenticated" (docs/PROTOCOL.md §5.5). At most maxPendingHandshakes of those exist at once, and at
// most maxPendingPerAddress from one source address; a new TCP connection is always taken and makes room
// by evicting the oldest unauthenticated one (one that never sent a byte first, then one still in TLS,
// then one waiting for its hello; never a remembered partner whose certificate matched its pin), so
// strangers can never keep a partner out. A client that sends nothing for 2 s, has not finished TLS 5 s
// after the accept, or has not sent its hello 5 s after TLS is dropped.
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
    void setMaxPendingHandshakes(int count) { m_maxPending = std::max(1, count); }
    int maxPendingHandshakes() const { return m_maxPending; }
    void setMaxPendingPerAddress(int count) { m_maxPerAddress = std::max(1, count); }
    int pendingCount() const; // unauthenticated connections right now
    int pendingCountFrom(const QHostAddress& address) const;
    int evictedCount() const { return m_evicted; }
    int refusedCount() const { return m_evicted; } // older name of evictedCount()

Q_SIGNALS:
    // The connection is ready; its parent is this server. Take it over with setParent() (or let it be
    // deleted with the server); deleteLater() it after closed().
    void connectionReady(twofold::net::Connection* connection);
    // A device that speaks another protocol version was refused before its hello was accepted (or it
    // refused ours): its device id, the name from its hello (may be empty) and its version.
    void versionMismatch(const QString& deviceId, const QString& name, int peerVersion);

private:
    void takeSocket(QSslSocket* socket);
    void makeRoom(const QHostAddress& from);
    bool evictOldest(const QHostAddress* from);

    Identity m_identity;
    QString m_localName;
    Scope m_scope;
    ConnectionOptions m_options;
    std::unique_ptr<timing::Clock> m_ownClock;
    TlsListener* m_listener;
    std::vector<Connection*> m_awaitingHello; // oldest first
    int m_maxPending = 4;
    int m_maxPerAddress = 2;
    int m_evicted = 0;
};

} // namespace twofold::net
