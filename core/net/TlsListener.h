#pragma once

#include <QSslServer>
#include <functional>

namespace twofold::net {

// QSslServer that refuses (closes at once) new TCP connections while admit() says no. QSslServer itself
// runs the TLS handshake, drops clients that do not finish it within handshakeTimeout(), and queues
// encrypted sockets as pending connections.
class TlsListener final : public QSslServer {
    Q_OBJECT

public:
    explicit TlsListener(std::function<bool()> admit, QObject* parent = nullptr);

    // Sockets QSslServer owns right now: handshakes in progress (and encrypted ones not yet taken).
    int socketsInHandshake() const;

Q_SIGNALS:
    void connectionRefused();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<bool()> m_admit;
};

} // namespace twofold::net
