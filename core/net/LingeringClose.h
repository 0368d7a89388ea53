#pragma once

#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <chrono>

class QSocketNotifier;

namespace twofold::net {

// Ends a TLS link so that the peer can read everything sent to it, even while it is still sending.
//
// Closing a TCP socket that has unread input makes the kernel send a reset instead of FIN, and a peer
// that gets a reset may lose what it had received but not yet read: typically the fatal `error` frame
// that says why it was refused. So this is the classic lingering close: QSslSocket flushes what is
// queued and TLS close_notify, then the write side is shut (FIN) through a duplicate of the descriptor
// that keeps the TCP connection open after Qt has closed its own; what the peer still sends is read
// and thrown away until it closes its side as well. Everything ends after `limit` at the latest.
class LingeringClose final : public QObject {
    Q_OBJECT

public:
    // Takes over a connected socket that nobody listens to any more; the closer deletes itself (and the
    // socket) when the peer has closed too, or when the limit is reached.
    static void start(QSslSocket* socket, std::chrono::milliseconds limit);
    // Closes still under way in this process (e.g. to let a last `bye` reach the partner before exit).
    static int active();

    ~LingeringClose() override;

private:
    LingeringClose(QSslSocket* socket, std::chrono::milliseconds limit);
    void onFlushed();
    void drain();
    void end(const char* how);

    QPointer<QSslSocket> m_socket;
    int m_descriptor = -1; // our duplicate of the socket's descriptor, -1 once closed
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_limit;
    qint64 m_discarded = 0;
    bool m_ended = false;
};

} // namespace twofold::net
