#pragma once

#include "core/Result.h"
#include "core/net/CloseReason.h"
#include "core/net/ConnectionOptions.h"
#include "core/net/Heartbeat.h"
#include "core/net/Identity.h"
#include "core/net/Scope.h"
#include "core/protocol/FrameDecoder.h"
#include "core/protocol/MessageDispatcher.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <memory>
#include <optional>

namespace twofold::net {

// One TLS 1.3 link to a peer, carrying frames (docs/PROTOCOL.md "Transport").
//
// Lifecycle: Connecting (TCP + TLS) -> AwaitingHello (own hello sent) -> Ready (both hellos in) -> Closed.
// ready() is emitted once both hellos are exchanged; from then on every validated message goes to the
// layer its type belongs to through dispatcher() (protocol::handlerFor: hello/ping/pong/bye the
// connection handles itself, pair-* the pairing, session-* and error the session), and a message whose
// layer has no handler here is only reported by unclaimedMessage(). closed() is emitted exactly once,
// with the reason (CloseReason.h, docs/PROTOCOL.md §5.6); after it the owner should deleteLater() the
// connection (never delete it inside a slot).
class Connection : public QObject {
    Q_OBJECT

public:
    enum class Role { Client, Server };
    enum class State { Connecting, AwaitingHello, Ready, Closed };

    // Outgoing: starts connecting at once. An address outside the scope closes at once ("scope").
    static Connection* connectTo(const QHostAddress& address, quint16 port, const Identity& identity,
                                 const QString& localName, Scope scope, ConnectionOptions options,
                                 QObject* parent = nullptr);

    // Wraps a socket (takes ownership). Server role: the socket has finished its TLS handshake.
    // Client role: the socket has been set up but not connected (connectTo does this).
    Connection(QSslSocket* socket, Role role, const Identity& identity, QString localName, ConnectionOptions options,
               QObject* parent = nullptr);
    ~Connection() override;

    // The TLS settings both roles use: TLS 1.3 only, our certificate, QueryPeer, no CA store.
    static QSslConfiguration tlsConfiguration(const Identity& identity);

    // Sends one message (only when ready). Errors: not-ready, frame-too-large.
    Status send(const QJsonObject& message);
    // Sends `bye` (when ready) with the reason's wire word (`detail` for CloseReason::Other) and closes
    // gracefully; closed() follows at once.
    void close(CloseReason reason = CloseReason::Local, const QString& detail = {});
    // Where the layers above register for the messages of their layer (see protocol::MessageDispatcher).
    protocol::MessageDispatcher& dispatcher() { return m_dispatcher; }

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    Role role() const { return m_role; }
    quint64 id() const { return m_id; }

    QSslCertificate peerCertificate() const { return m_peerCertificate; }
    QString peerCertificateDigest() const { return QString::fromLatin1(m_peerDigest.toHex()); }
    QByteArray peerCertificateDigestRaw() const { return m_peerDigest; }
    QString peerDeviceId() const { return m_peerDeviceId; } // SHA-256 of the peer's public key
    QString peerName() const { return m_peerName; }         // from the peer's hello
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }             // TCP source/destination port
    quint16 peerListenPort() const { return m_peerListenPort; } // announced in hello (0 = none)
    bool isPinned() const { return m_pinned; }                  // the peer's certificate matched a pin
    int protocolErrors() const { return m_protocolErrors; }
    // The peer's protocol version when it differs from ours: from its hello (we refused it) or from its
    // unsupported-version error (it refused us). Empty otherwise (also when the peer's error named none).
    // After such a close, peerName() is the name from the peer's hello, if it sent one.
    std::optional<int> peerProtocolVersion() const { return m_peerVersion; }
    // Bytes queued for the peer that it has not taken yet (plain and encrypted), 0 when closed. A layer that
    // sends much (a replay) keeps this below ConnectionOptions::writeBacklogLowMark and waits for
    // writeBacklogDrained() before it sends more: a send that would take it past maxWriteBacklog closes the
    // connection with reason NotReading (docs/PROTOCOL.md §5.7).
    qint64 bytesToWrite() const;
    // The peer's time line minus ours (ms), estimated from the heartbeat; empty until a pong came back.
    std::optional<qint64> clockOffsetMs() const { return m_heartbeat->offsetMs(); }
    std::optional<qint64> roundTripMs() const { return m_heartbeat->roundTripMs(); }
    const Identity& localIdentity() const { return m_identity; }
    QString localName() const { return m_localName; }

Q_SIGNALS:
    void ready();
    // A validated message whose layer has no handler on this connection right now (e.g. a pair-* message
    // on a linked connection): nothing on this side handles it. For logs, tests and tools.
    void unclaimedMessage(const QJsonObject& message);
    void closed(const twofold::net::ConnectionClose& close);
    void clockOffsetChanged(qint64 offsetMs);
    // The write backlog fell to writeBacklogLowMark or below after having been above it.
    void writeBacklogDrained();

private:
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void handleObject(const QJsonObject& object);
    void handleHello(const QJsonObject& object);
    void handleOwnMessage(const QJsonObject& object); // hello, ping, pong, bye once ready
    void countError(const QString& code, const QString& message);
    void fail(const QString& code, const QString& message); // fatal error frame, then close
    void finish(const ConnectionClose& close, bool graceful);
    void finish(CloseReason reason, bool graceful) { finish(ConnectionClose::local(reason), graceful); }
    bool writeFrame(const QJsonObject& message);
    bool writeBytes(const QByteArray& frame);
    void onBytesWritten();

    quint64 m_id;
    QPointer<QSslSocket> m_socket;
    Role m_role;
    Identity m_identity;
    QString m_localName;
    ConnectionOptions m_options;
    std::unique_ptr<timing::Clock> m_ownClock; // when the options bring none
    const timing::Clock& m_clock;
    State m_state = State::Connecting;
    protocol::FrameDecoder m_decoder;
    protocol::MessageDispatcher m_dispatcher;
    std::unique_ptr<timing::ClockTimer> m_handshakeTimer;
    Heartbeat* m_heartbeat;

    QSslCertificate m_peerCertificate;
    QByteArray m_peerDigest;
    QString m_peerDeviceId;
    QString m_peerName;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    quint16 m_peerListenPort = 0;
    bool m_pinned = false;
    int m_protocolErrors = 0;
    std::optional<int> m_peerVersion;
    // Pings left unanswered because the peer does not read (its backlog is high): counted per window.
    static constexpr int kMaxUnansweredPings = 20;
    static constexpr qint64 kUnansweredPingWindowMs = 10'000;
    bool pingLeftUnanswered(); // counts one; true (and closed NotReading) when there were too many
    int m_unansweredPings = 0;
    qint64 m_unansweredSinceMs = 0;
    bool m_backlogHigh = false; // above the low mark since writeBacklogDrained() last fired
};

} // namespace twofold::net
