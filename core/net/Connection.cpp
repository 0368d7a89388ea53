#include "core/net/Connection.h"

#include "core/Limits.h"
#include "core/log/Log.h"
#include "core/net/CertificateTools.h"
#include "core/net/LingeringClose.h"
#include "core/net/TrustStore.h"
#include "core/protocol/ErrorCodes.h"
#include "core/protocol/Frame.h"
#include "core/protocol/MessageSchema.h"
#include "core/protocol/MessageTypes.h"
#include "core/protocol/Version.h"
#include "core/text/UserText.h"
#include "core/timing/SystemClock.h"

#include <QSslCipher>
#include <algorithm>
#include <atomic>
#include <cmath>

namespace twofold::net {
namespace {

// A peer's reason or error code as it may reach a sentence or the log: cleaned like a name (no line
// breaks, control or direction characters) and cut to its limit (core/Limits.h).
QString peerWords(const QString& words, int maxGraphemes) {
    return text::cleanName(words, maxGraphemes);
}

namespace errc = protocol::errc;
namespace msg = protocol::msg;

constexpr std::chrono::milliseconds kGracefulCloseLimit{1000};

quint64 nextConnectionId() {
    static std::atomic<quint64> counter{0};
    return ++counter;
}

std::shared_ptr<spdlog::logger> logger() {
    return log::get(log::Module::NetTransport);
}

QString typeOf(const QJsonObject& object) {
    return object.value(QLatin1String("type")).toString();
}

} // namespace

QSslConfiguration Connection::tlsConfiguration(const Identity& identity) {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_3OrLater);
    configuration.setLocalCertificate(identity.certificate());
    configuration.setPrivateKey(identity.privateKey());
    // Certificates are self-signed: Qt must not judge them against a CA store. Each side asks for the
    // peer's certificate and checks it itself (pin or pairing) right after the handshake.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    configuration.setCaCertificates({});
    configuration.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    return configuration;
}

Connection* Connection::connectTo(const QHostAddress& address, quint16 port, const Identity& identity,
                                  const QString& localName, Scope scope, ConnectionOptions options, QObject* parent) {
    auto* socket = new QSslSocket();
    socket->setSslConfiguration(tlsConfiguration(identity));
    auto* connection = new Connection(socket, Role::Client, identity, localName, std::move(options), parent);
    if (!scopeAllows(scope, address) || port == 0) {
        logger()->warn("conn#{} refused: address outside the {} scope or no port", connection->id(),
                       toString(scope).toStdString());
        QMetaObject::invokeMethod(
            connection, [connection] { connection->finish(CloseReason::OutOfScope, false); }, Qt::QueuedConnection);
        return connection;
    }
    connection->m_peerAddress = address;
    connection->m_peerPort = port;
    logger()->debug("conn#{} connecting port={}", connection->id(), port);
    socket->connectToHostEncrypted(address.toString(), port);
    return connection;
}

Connection::Connection(QSslSocket* socket, Role role, const Identity& identity, QString localName,
                       ConnectionOptions options, QObject* parent)
    : QObject(parent), m_id(nextConnectionId()), m_socket(socket), m_role(role), m_identity(identity),
      m_localName(std::move(localName)), m_options(std::move(options)),
      m_ownClock(m_options.clock ? nullptr : std::make_unique<timing::SystemClock>()),
      m_clock(m_options.clock ? *m_options.clock : *m_ownClock), m_handshakeTimer(m_clock.createTimer()),
      m_heartbeat(new Heartbeat(m_clock, m_options.pingInterval, m_options.silenceLimit, this)) {
    socket->setParent(this);
    // Frames are small and someone is waiting for each: no Nagle delay (with delayed ACKs a frame sent right
    // behind another could wait ~40 ms for the first one's acknowledgement).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(m_options.maxReadBuffer);
    connect(socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
    connect(socket, &QSslSocket::errorOccurred, this, &Connection::onSocketError);
    connect(socket, &QSslSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &Connection::onBytesWritten);
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        // QueryPeer: chain errors of self-signed certificates are expected and do not stop the handshake.
        logger()->debug("conn#{} tls verification notes={}", m_id, errors.size());
    });

    connect(m_handshakeTimer.get(), &timing::ClockTimer::timeout, this, [this] {
        logger()->warn("conn#{} handshake timed out", m_id);
        finish(CloseReason::HandshakeTimeout, false);
    });
    connect(m_heartbeat, &Heartbeat::pingDue, this, [this] { writeFrame(m_heartbeat->ping()); });
    connect(m_heartbeat, &Heartbeat::silent, this, [this] {
        logger()->warn("conn#{} peer silent for {} ms", m_id, m_options.silenceLimit.count());
        finish(CloseReason::Timeout, false);
    });
    connect(m_heartbeat, &Heartbeat::offsetChanged, this, [this](qint64 offsetMs) {
        logger()->debug("conn#{} clock offset={} ms rtt={} ms", m_id, offsetMs,
                        m_heartbeat->roundTripMs().value_or(-1));
        Q_EMIT clockOffsetChanged(offsetMs);
    });
    m_handshakeTimer->start(m_options.handshakeTimeout);
    m_dispatcher.setHandler(protocol::Handler::Connection, this,
                            [this](const QJsonObject& object) { handleOwnMessage(object); });

    if (role == Role::Server && socket->isEncrypted()) {
        // Deferred so that the owner can connect to our signals before anything is emitted.
        QMetaObject::invokeMethod(this, &Connection::onEncrypted, Qt::QueuedConnection);
    }
}

Connection::~Connection() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

Status Connection::send(const QJsonObject& message) {
    if (m_state != State::Ready) {
        return Error{QStringLiteral("not-ready"), QStringLiteral("the connection is not ready")};
    }
    const QByteArray frame = protocol::encodeFrame(message);
    if (frame.isEmpty()) {
        return Error{QString(errc::kFrameTooLarge), QStringLiteral("message exceeds the frame limit")};
    }
    if (!writeBytes(frame)) {
        return Error{QStringLiteral("not-ready"), QStringLiteral("the connection is closing")};
    }
    return Ok{};
}

void Connection::close(CloseReason reason, const QString& detail) {
    const auto ending = ConnectionClose::local(
        reason, reason == CloseReason::Other ? text::truncateGraphemes(detail, limits::kByeReasonGraphemes) : detail);
    if (m_state == State::Ready) {
        writeFrame(protocol::makeMessage(msg::kBye, QJsonObject{{QLatin1String("reason"), ending.byeWord()}}));
    }
    finish(ending, true);
}

void Connection::onEncrypted() {
    if (m_state != State::Connecting || !m_socket) {
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // connected now, on either side
    m_peerAddress = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    m_peerCertificate = m_socket->peerCertificate();
    if (m_peerCertificate.isNull()) {
        logger()->warn("conn#{} peer presented no certificate", m_id);
        finish(CloseReason::NoPeerCertificate, false);
        return;
    }
    m_peerDigest = certificates::certificateDigest(m_peerCertificate);
    m_peerDeviceId = QString::fromLatin1(certificates::publicKeyDigest(m_peerCertificate).toHex());
    QString expected = m_options.pinnedDigest.toLower();
    if (expected.isEmpty() && m_options.trustStore != nullptr) {
        if (const auto partner = m_options.trustStore->find(m_peerDeviceId)) {
            expected = partner->certificateDigest;
        }
    }
    if (!expected.isEmpty() && expected != peerCertificateDigest()) {
        // Refused before any application data (not even hello) leaves this side.
        logger()->warn("conn#{} pinned certificate mismatch device={}", m_id, m_peerDeviceId.left(12).toStdString());
        finish(CloseReason::PinMismatch, false);
        return;
    }
    m_pinned = !expected.isEmpty();
    logger()->info("conn#{} tls up role={} cipher={} pinned={}", m_id, m_role == Role::Client ? "client" : "server",
                   m_socket->sessionCipher().name().toStdString(), m_pinned);
    m_state = State::AwaitingHello;
    QJsonObject hello{{QLatin1String("version"), protocol::kProtocolVersion},
                      {QLatin1String("deviceId"), m_identity.deviceId()},
                      {QLatin1String("name"), text::truncateGraphemes(m_localName, limits::kNameGraphemes)}};
    if (m_options.advertisedPort != 0) {
        hello.insert(QLatin1String("port"), static_cast<int>(m_options.advertisedPort));
    }
    writeFrame(protocol::makeMessage(msg::kHello, hello));
    m_heartbeat->watchSilence();
    if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
    }
}

void Connection::onReadyRead() {
    if (!m_socket || m_state == State::Connecting || m_state == State::Closed) {
        return;
    }
    m_decoder.feed(m_socket->readAll());
    while (m_state != State::Closed) {
        auto item = m_decoder.next();
        if (!item) {
            if (m_decoder.failed()) {
                fail(item.error().code, item.error().message);
                return;
            }
            m_heartbeat->received();
            countError(item.error().code, item.error().message);
            continue;
        }
        if (!item.value()) {
            return;
        }
        m_heartbeat->received(); // any frame counts as life
        handleObject(*item.value());
    }
}

void Connection::handleObject(const QJsonObject& object) {
    const QString type = typeOf(object);
    if (m_state == State::AwaitingHello) {
        if (type == msg::kError) {
            const auto error = protocol::parseMessage(object);
            if (error && error->object.value(QLatin1String("fatal")).toBool()) {
                const QString code = error->object.value(QLatin1String("code")).toString();
                if (code == errc::kUnsupportedVersion) {
                    m_peerVersion = protocol::versionOfUnsupportedVersionError(error->object);
                    logger()->warn("conn#{} peer refused our version; it speaks {}", m_id, m_peerVersion.value_or(0));
                }
                finish(ConnectionClose::local(CloseReason::FatalErrorReceived,
                                              peerWords(code, limits::kErrorCodeGraphemes)),
                       true);
                return;
            }
        }
        if (type != msg::kHello) {
            fail(QString(errc::kHelloExpected), QStringLiteral("the first message must be hello"));
            return;
        }
        handleHello(object);
        return;
    }

    const auto parsed = protocol::parseMessage(object);
    if (!parsed) {
        countError(parsed.error().code, parsed.error().message); // unknown-type too (§5.2)
        return;
    }
    bool fatalError = false;
    if (type == msg::kError) {
        // The connection's own part of an error (§5.2): a fatal one closes it, after the session heard it.
        const QString code = object.value(QLatin1String("code")).toString();
        fatalError = object.value(QLatin1String("fatal")).toBool();
        logger()->warn("conn#{} peer reported error code={} fatal={}", m_id,
                       peerWords(code, limits::kErrorCodeGraphemes).toStdString(), fatalError);
    }
    switch (m_dispatcher.dispatch(object)) {
    case protocol::MessageDispatcher::Outcome::Delivered:
        break;
    case protocol::MessageDispatcher::Outcome::Unclaimed:
        logger()->debug("conn#{} nobody here handles type={} now", m_id, type.left(32).toStdString());
        Q_EMIT unclaimedMessage(object);
        break;
    case protocol::MessageDispatcher::Outcome::UnknownType: // a schema row without a route: not in the protocol
        countError(QString(errc::kUnknownType), QStringLiteral("unknown message type"));
        return;
    }
    if (fatalError && m_state != State::Closed) {
        finish(ConnectionClose::local(
                   CloseReason::FatalErrorReceived,
                   peerWords(object.value(QLatin1String("code")).toString(), limits::kErrorCodeGraphemes)),
               true);
    }
}

void Connection::handleOwnMessage(const QJsonObject& object) {
    const QString type = typeOf(object);
    if (type == msg::kPing) {
        // A peer that pings without reading must not grow our memory with pongs: answered only while the
        // backlog is low (any frame is life to the peer, the pong only adds a clock sample).
        if (bytesToWrite() <= m_options.writeBacklogLowMark) {
            writeFrame(m_heartbeat->pongFor(object));
        } else if (pingLeftUnanswered()) {
            return; // closed: it keeps pinging and never reads
        }
    } else if (type == msg::kPong) {
        m_heartbeat->onPong(object); // life (counted already) and a clock sample
    } else if (type == msg::kHello) {
        countError(QString(errc::kUnexpectedHello), QStringLiteral("hello was already received"));
    } else if (type == msg::kBye) {
        // The peer's reason is kept for the layers above as a CloseReason (an unknown word as Other).
        const QString reason =
            text::truncateGraphemes(object.value(QLatin1String("reason")).toString(), limits::kByeReasonGraphemes);
        logger()->info("conn#{} peer said bye reason={}", m_id,
                       peerWords(reason, limits::kByeReasonGraphemes).toStdString());
        finish(ConnectionClose::fromBye(reason), true);
    }
}

void Connection::handleHello(const QJsonObject& object) {
    // docs/PROTOCOL.md §5.1: a whole number other than ours is another version; anything else that is not
    // a whole number (1.5, "1") fails the shape check below as bad-field, like any other field.
    const auto version = object.value(QLatin1String("version"));
    const bool wholeNumber = version.isDouble() && std::trunc(version.toDouble()) == version.toDouble();
    if (wholeNumber && version.toDouble() != protocol::kProtocolVersion) {
        logger()->warn("conn#{} peer speaks protocol version {}", m_id, version.toDouble());
        m_peerVersion = static_cast<int>(std::clamp(version.toDouble(), 0.0, 1e6));
        if (const auto name = object.value(QLatin1String("name")); name.isString()) {
            m_peerName = text::cleanName(name.toString()); // only for telling the user who needs an update
        }
        writeFrame(protocol::makeUnsupportedVersionError());
        finish(ConnectionClose::local(CloseReason::FatalErrorSent, QString(errc::kUnsupportedVersion)), true);
        return;
    }
    const auto parsed = protocol::parseMessage(object);
    if (!parsed) {
        fail(parsed.error().code, parsed.error().message);
        return;
    }
    if (object.value(QLatin1String("deviceId")).toString() != m_peerDeviceId) {
        fail(QString(errc::kIdentityMismatch), QStringLiteral("deviceId does not match the certificate key"));
        return;
    }
    m_peerName = text::cleanName(object.value(QLatin1String("name")).toString());
    m_peerListenPort = static_cast<quint16>(object.value(QLatin1String("port")).toInt(0));
    m_state = State::Ready;
    m_handshakeTimer->stop();
    logger()->info("conn#{} ready device={}", m_id, m_peerDeviceId.left(12).toStdString());
    m_heartbeat->start();
    Q_EMIT ready();
}

bool Connection::pingLeftUnanswered() {
    // A partner pings every 2 s (§5.3), so even a slow reader leaves at most a few pings unanswered in
    // kUnansweredPingWindowMs; a peer that floods pings and never reads is closed instead of costing us the
    // work of reading it for ever (docs/PROTOCOL.md §5.7).
    const qint64 now = m_clock.nowMs();
    if (now - m_unansweredSinceMs > kUnansweredPingWindowMs) {
        m_unansweredSinceMs = now;
        m_unansweredPings = 0;
    }
    if (++m_unansweredPings < kMaxUnansweredPings) {
        return false;
    }
    logger()->warn("conn#{} peer keeps pinging without reading ({} pings unanswered); closing", m_id,
                   m_unansweredPings);
    finish(CloseReason::NotReading, false);
    return true;
}

void Connection::countError(const QString& code, const QString& message) {
    ++m_protocolErrors;
    logger()->warn("conn#{} protocol error code={} count={}", m_id, code.toStdString(), m_protocolErrors);
    if (m_protocolErrors >= m_options.maxProtocolErrors) {
        fail(QString(errc::kTooManyErrors), QStringLiteral("too many protocol errors"));
        return;
    }
    writeFrame(protocol::makeError(code, message, false));
}

void Connection::fail(const QString& code, const QString& message) {
    logger()->warn("conn#{} fatal protocol error code={}", m_id, code.toStdString());
    writeFrame(protocol::makeError(code, message, true));
    finish(ConnectionClose::local(CloseReason::FatalErrorSent, code), true);
}

void Connection::finish(const ConnectionClose& close, bool graceful) {
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    m_handshakeTimer->stop();
    m_heartbeat->stop();
    if (m_socket) {
        if (graceful && m_socket->state() == QAbstractSocket::ConnectedState) {
            // The socket outlives this object (an owner may deleteLater() the connection right away) until
            // what is queued (error, bye) has reached the peer, and lingers while the peer is still
            // sending, so that its unread input cannot turn our close into a reset that loses the error.
            QSslSocket* socket = m_socket.data();
            m_socket.clear();
            socket->disconnect(this);
            LingeringClose::start(socket, kGracefulCloseLimit);
        } else {
            m_socket->abort();
        }
    }
    logger()->info("conn#{} closed reason={} errors={}", m_id, close.toString().left(80).toStdString(),
                   m_protocolErrors);
    Q_EMIT closed(close);
}

void Connection::onDisconnected() {
    finish(m_state == State::Connecting ? CloseReason::ConnectFailed : CloseReason::PeerClosed, false);
}

void Connection::onSocketError(QAbstractSocket::SocketError error) {
    if (m_state == State::Closed) {
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError && m_state != State::Connecting) {
        finish(CloseReason::PeerClosed, false);
        return;
    }
    logger()->warn("conn#{} socket error={} state={}", m_id, static_cast<int>(error), static_cast<int>(m_state));
    if (m_state == State::Connecting) {
        finish(error == QAbstractSocket::SslHandshakeFailedError ? CloseReason::TlsFailed : CloseReason::ConnectFailed,
               false);
    } else {
        finish(CloseReason::PeerClosed, false);
    }
}

bool Connection::writeFrame(const QJsonObject& message) {
    const QByteArray frame = protocol::encodeFrame(message);
    return !frame.isEmpty() && writeBytes(frame);
}

bool Connection::writeBytes(const QByteArray& frame) {
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        return false;
    }
    const qint64 backlog = bytesToWrite();
    if (backlog + frame.size() > m_options.maxWriteBacklog) {
        logger()->warn("conn#{} peer is not reading: {} bytes queued, limit {}", m_id, backlog,
                       m_options.maxWriteBacklog);
        finish(CloseReason::NotReading, false);
        return false;
    }
    m_socket->write(frame);
    m_heartbeat->sent();
    m_backlogHigh = m_backlogHigh || bytesToWrite() > m_options.writeBacklogLowMark;
    return true;
}

qint64 Connection::bytesToWrite() const {
    if (!m_socket || m_state == State::Closed) {
        return 0;
    }
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void Connection::onBytesWritten() {
    if (m_backlogHigh && m_state == State::Ready && bytesToWrite() <= m_options.writeBacklogLowMark) {
        m_backlogHigh = false;
        Q_EMIT writeBacklogDrained();
    }
}

} // namespace twofold::net
