#include "core/net/TlsListener.h"

#include "core/log/Log.h"

#include <QSslSocket>
#include <algorithm>
#include <mutex>
#include <openssl/bio.h>
#include <openssl/conf.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace twofold::net {
namespace {

constexpr int kBackstopMs = 60'000; // QSslServer's own timer; ours fire long before

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
    : QSslServer(parent), m_clock(clock), m_deadlines(deadlines), m_makeRoom(std::move(makeRoom)) {
    setHandshakeTimeout(kBackstopMs);
    sendNoSessionTickets();
    connect(this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket* socket) {
        if (auto* entry = find(socket)) {
            entry->heard = true;
            entry->silentTimer->stop();
        }
    });
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
    QSslServer::incomingConnection(descriptor);
    for (auto* socket : findChildren<QSslSocket*>(Qt::FindDirectChildrenOnly)) {
        if (find(socket) == nullptr && !socket->isEncrypted() && socket->state() == QAbstractSocket::ConnectedState) {
            track(socket); // the one QSslServer just made
        }
    }
}

void TlsListener::track(QSslSocket* socket) {
    const QHostAddress from = socket->peerAddress();
    if (m_makeRoom) {
        m_makeRoom(from); // may evict older unauthenticated connections; the newcomer is taken
    }
    auto entry = std::make_unique<Entry>();
    entry->socket = socket;
    entry->address = from;
    entry->acceptedAt = m_clock.nowMs();
    entry->silentTimer = m_clock.createTimer();
    entry->tlsTimer = m_clock.createTimer();
    connect(entry->silentTimer.get(), &timing::ClockTimer::timeout, this, [this, socket] { drop(socket, "silent"); });
    connect(entry->tlsTimer.get(), &timing::ClockTimer::timeout, this, [this, socket] { drop(socket, "tls-timeout"); });
    // Not `this` as the context: QSslServer disconnects every connection between the socket and itself once
    // the socket is encrypted, which would take these with it.
    connect(socket, &QSslSocket::encrypted, &m_watcher, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, &m_watcher, [this](QObject* object) { forget(object); });
    entry->silentTimer->start(m_deadlines.silentLimit);
    entry->tlsTimer->start(m_deadlines.tlsLimit);
    m_entries.push_back(std::move(entry));
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
    logger()->info("dropping an unauthenticated connection before TLS: {}", why);
    forget(socket);
    if (socket) {
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

} // namespace twofold::net
