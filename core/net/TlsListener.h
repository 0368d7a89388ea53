#pragma once

#include "core/timing/Clock.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace twofold::net {

// The TLS accept path (docs/PROTOCOL.md §5.5). A QTcpServer whose incomingConnection() wraps every
// accepted descriptor in a QSslSocket of its own; QTcpServer's pending queue is never used, so nothing
// here ever makes QTcpServer pause accepting (Qt 6.4's QSslServer counts sockets still in their handshake
// against maxPendingConnections and stops reading the listen socket until one completes: a burst of 30
// stalled handshakes, or a backlog of stale redials queued while the process was stopped, wedged it for
// good). If accept() itself fails (e.g. out of descriptors), accepting resumes at once, or after 100 ms
// for a lack of resources.
//
// Deadlines on the injected clock: a client that sends no byte within `silentLimit` of the TCP accept, or
// has not finished the TLS handshake within `tlsLimit`, is dropped; a first byte that cannot start a TLS
// record (0x16) is dropped at once; a client that closes is forgotten at once. The handshake starts only
// when the first bytes are in. Before a new connection is tracked, makeRoom (the server's admission
// policy) may evict older ones; the newcomer is always taken, so strangers can never lock a partner out.
// A socket that finished TLS is handed out with encrypted() and forgotten here.
class TlsListener final : public QTcpServer {
    Q_OBJECT

public:
    struct Deadlines {
        std::chrono::milliseconds silentLimit{2000};
        std::chrono::milliseconds tlsLimit{5000};
    };

    TlsListener(const timing::Clock& clock, Deadlines deadlines, std::function<void(const QHostAddress&)> makeRoom,
                QObject* parent = nullptr);
    ~TlsListener() override;

    void setSslConfiguration(const QSslConfiguration& configuration) { m_configuration = configuration; }

    // Connections still before the end of TLS, in all and from one address.
    int socketsInHandshake() const;
    int socketsInHandshakeFrom(const QHostAddress& address) const;
    // Drops the oldest connection still before TLS that matches (a silent one first); false if none.
    bool evictOldest(const std::function<bool(const QHostAddress&)>& matches);

Q_SIGNALS:
    // TLS is done on `socket` (still parented to this listener): the receiver takes it over (setParent).
    void encrypted(QSslSocket* socket);
    void connectionEvicted();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Entry {
        QPointer<QSslSocket> socket;
        QHostAddress address;
        bool heard = false; // the client's first bytes (a TLS ClientHello) arrived
        std::unique_ptr<timing::ClockTimer> silentTimer;
        std::unique_ptr<timing::ClockTimer> tlsTimer;
    };
    void track(QSslSocket* socket);
    void onFirstBytes(QSslSocket* socket);
    void onEncrypted(QSslSocket* socket);
    void drop(QSslSocket* socket, const char* why);
    void forget(QObject* socket);
    Entry* find(QObject* socket);
    void onAcceptError(QAbstractSocket::SocketError error);

    const timing::Clock& m_clock;
    Deadlines m_deadlines;
    std::function<void(const QHostAddress&)> m_makeRoom;
    QSslConfiguration m_configuration;
    std::vector<std::unique_ptr<Entry>> m_entries; // oldest first
    std::unique_ptr<timing::ClockTimer> m_resumeTimer;
    QObject m_watcher; // the context of our connections to the sockets still in handshake
};

} // namespace twofold::net
