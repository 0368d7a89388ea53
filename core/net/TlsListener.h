#pragma once

#include "core/timing/Clock.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslServer>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace twofold::net {

// QSslServer with deadlines on the injected clock for connections that have not finished TLS
// (docs/PROTOCOL.md §5.5): a client that sends no byte within `silentLimit` of the TCP accept, or has not
// finished the TLS handshake within `tlsLimit`, is dropped. Before a new TCP connection is taken, makeRoom
// (the server's admission policy) may evict older unauthenticated connections; the newcomer is always
// taken, so silent strangers can never lock a partner out. QSslServer's own (coarse) handshake timer is
// only a backstop far beyond these deadlines.
class TlsListener final : public QSslServer {
    Q_OBJECT

public:
    struct Deadlines {
        std::chrono::milliseconds silentLimit{2000};
        std::chrono::milliseconds tlsLimit{5000};
    };

    TlsListener(const timing::Clock& clock, Deadlines deadlines, std::function<void(const QHostAddress&)> makeRoom,
                QObject* parent = nullptr);
    ~TlsListener() override;

    // Connections still before the end of TLS, in all and from one address.
    int socketsInHandshake() const;
    int socketsInHandshakeFrom(const QHostAddress& address) const;
    // Drops the oldest connection still before TLS that matches (a silent one first); false if none.
    bool evictOldest(const std::function<bool(const QHostAddress&)>& matches);

Q_SIGNALS:
    void connectionEvicted();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Entry {
        QPointer<QSslSocket> socket;
        QHostAddress address;
        qint64 acceptedAt = 0;
        bool heard = false; // the client's first bytes (a TLS ClientHello) arrived
        std::unique_ptr<timing::ClockTimer> silentTimer;
        std::unique_ptr<timing::ClockTimer> tlsTimer;
    };
    void track(QSslSocket* socket);
    void drop(QSslSocket* socket, const char* why);
    void forget(QObject* socket);
    Entry* find(QObject* socket);

    const timing::Clock& m_clock;
    Deadlines m_deadlines;
    std::function<void(const QHostAddress&)> m_makeRoom;
    std::vector<std::unique_ptr<Entry>> m_entries; // oldest first
    QObject m_watcher;                             // the context of our connections to the sockets
};

} // namespace twofold::net
