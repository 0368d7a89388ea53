#include "core/net/TlsListener.h"

#include "core/log/Log.h"

#include <QSslSocket>
#include <algorithm>
#include <mutex>
#include <openssl/bio.h>
#include <openssl/conf.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <unistd.h>

namespace twofold::net {
namespace {

constexpr std::chrono::milliseconds kResourceRetry{100}; // accept() ran out of descriptors or memory
constexpr char kTlsHandshakeRecord = 0x16;               // the first byte of every ClientHello

std::shared_ptr<spdlog::logger> logger() {
    return log::get(log::Module::NetTransport);
}

// No session tickets (docs/PROTOCOL.md §4.1). Qt's SslOptionDisableSessionTickets only stops stateless
// tickets: a TLS 1.3 server still sends stateful ones after every handshake unless OpenSSL's NumTickets is
// 0, and Qt offers no way to set that on a server (its backend options are applied without the server
// flag, and it exposes no SSL handle). OpenSSL applies its "system_default" settings to every context it
// makes, so that is where NumTickets = 0 goes, once per process, after the system's own configuration.
// Client contexts ignore the server-only setting.
void sendNoSessionTickets() {
    static std::once_flag once;
    std::call_once(once, [] {
        OPENSSL_init_ssl(OPENSSL_INIT_LOAD_CONFIG, nullptr);
        static const char kConfig[] = "twofold = twofold_init\n"
                                      "[twofold_init]\nssl_conf = twofold_ssl\n"
                                      "[twofold_ssl]\nsystem_default = twofold_tls\n"
                                      "[twofold_tls]\nNumTickets = 0\n";
        BIO* bio = BIO_new_mem_buf(kConfig, -1);
        CONF* conf = NCONF_new(nullptr);
        long badLine = 0;
        const bool loaded = NCONF_load_bio(conf, bio, &badLine) > 0 && CONF_modules_load(conf, "twofold", 0) > 0;
        NCONF_free(conf);
        BIO_free(bio);
        ERR_clear_error();
        if (!loaded) {
            logger()->warn("could not tell OpenSSL to send no session tickets");
        }
    });
}

} // namespace

TlsListener::TlsListener(const timing::Clock& clock, Deadlines deadlines,
                         std::function<void(const QHostAddress&)> makeRoom, QObject* parent)
    : QTcpServer(parent), m_clock(clock), m_deadlines(deadlines), m_makeRoom(std::move(makeRoom)),
      m_resumeTimer(clock.createTimer()) {
    sendNoSessionTickets();
    connect(this, &QTcpServer::acceptError, this, &TlsListener::onAcceptError);
    connect(m_resumeTimer.get(), &timing::ClockTimer::timeout, this, [this] { resumeAccepting(); });
}

TlsListener::~TlsListener() {
    m_entries.clear();
}

int TlsListener::socketsInHandshake() const {
    return static_cast<int>(m_entries.size());
}

int TlsListener::socketsInHandshakeFrom(const QHostAddress& address) const {
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [&](const auto& entry) { return entry->address == address; }));
}

void TlsListener::incomingConnection(qintptr descriptor) {
    // Never addPendingConnection(): QTcpServer would count the socket against maxPendingConnections.
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        logger()->warn("could not take an accepted connection: {}", socket->errorString().toStdString());
        ::close(static_cast<int>(descriptor));
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_configuration);
    track(socket);
}

void TlsListener::track(QSslSocket* socket) {
    const QHostAddress from = socket->peerAddress();
    if (m_makeRoom) {
        m_makeRoom(from); // may evict older unauthenticated connections; the newcomer is taken
    }
    auto entry = std::make_unique<Entry>();
    entry->socket = socket;
    entry->address = from;
    entry->silentTimer = m_clock.createTimer();
    entry->tlsTimer = m_clock.createTimer();
    connect(entry->silentTimer.get(), &timing::ClockTimer::timeout, this, [this, socket] { drop(socket, "silent"); });
    connect(entry->tlsTimer.get(), &timing::ClockTimer::timeout, this, [this, socket] { drop(socket, "tls-timeout"); });
    connect(socket, &QSslSocket::readyRead, &m_watcher, [this, socket] { onFirstBytes(socket); });
    connect(socket, &QSslSocket::encrypted, &m_watcher, [this, socket] { onEncrypted(socket); });
    connect(socket, &QSslSocket::disconnected, &m_watcher, [this, socket] { drop(socket, "closed"); });
    connect(socket, &QSslSocket::errorOccurred, &m_watcher, [this, socket](QAbstractSocket::SocketError error) {
        logger()->debug("connection before TLS failed error={}", static_cast<int>(error));
        drop(socket, error == QAbstractSocket::SslHandshakeFailedError ? "tls-failed" : "socket-error");
    });
    connect(socket, &QObject::destroyed, &m_watcher, [this](QObject* object) { forget(object); });
    entry->silentTimer->start(m_deadlines.silentLimit);
    entry->tlsTimer->start(m_deadlines.tlsLimit);
    m_entries.push_back(std::move(entry));
}

void TlsListener::onFirstBytes(QSslSocket* socket) {
    Entry* entry = find(socket);
    if (entry == nullptr || entry->heard || socket->mode() != QSslSocket::UnencryptedMode) {
        return;
    }
    char first = 0;
    if (socket->peek(&first, 1) != 1) { // QSslSocket peeks the plain socket: the byte stays for TLS
        return;
    }
    if (first != kTlsHandshakeRecord) {
        drop(socket, "not-tls");
        return;
    }
    entry->heard = true;
    entry->silentTimer->stop();
    disconnect(socket, &QSslSocket::readyRead, &m_watcher, nullptr); // from now on readyRead is application data
    socket->startServerEncryption();
}

void TlsListener::onEncrypted(QSslSocket* socket) {
    forget(socket);
    socket->disconnect(&m_watcher);
    Q_EMIT encrypted(socket);
}

bool TlsListener::evictOldest(const std::function<bool(const QHostAddress&)>& matches) {
    for (const bool silentOnly : {true, false}) {
        for (const auto& entry : m_entries) {
            if ((!silentOnly || !entry->heard) && matches(entry->address)) {
                drop(entry->socket, "evicted");
                Q_EMIT connectionEvicted();
                return true;
            }
        }
    }
    return false;
}

void TlsListener::drop(QSslSocket* socket, const char* why) {
    if (find(socket) == nullptr) {
        return; // already gone (an abort below emits disconnected again)
    }
    logger()->info("dropping an unauthenticated connection before TLS: {}", why);
    forget(socket);
    if (socket) {
        socket->disconnect(&m_watcher);
        socket->abort();
        socket->deleteLater();
    }
}

void TlsListener::forget(QObject* socket) {
    const auto gone = [socket](const auto& entry) {
        return entry->socket == socket || !entry->socket;
    };
    for (auto& entry : m_entries) {
        if (gone(entry)) {
            // A timer may be the one emitting right now: it goes once control is back in the event loop.
            entry->silentTimer->stop();
            entry->tlsTimer->stop();
            entry->silentTimer.release()->deleteLater();
            entry->tlsTimer.release()->deleteLater();
        }
    }
    std::erase_if(m_entries, gone);
}

TlsListener::Entry* TlsListener::find(QObject* socket) {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [socket](const auto& entry) { return entry->socket == socket; });
    return it == m_entries.end() ? nullptr : it->get();
}

void TlsListener::onAcceptError(QAbstractSocket::SocketError error) {
    // QTcpServer pauses accepting after any accept() error but a temporary one; we never stay paused.
    logger()->warn("accept failed error={}; accepting again", static_cast<int>(error));
    if (error == QAbstractSocket::SocketResourceError) {
        m_resumeTimer->start(kResourceRetry); // descriptors or memory ran out: give them a moment
    } else {
        resumeAccepting();
    }
}

} // namespace twofold::net
