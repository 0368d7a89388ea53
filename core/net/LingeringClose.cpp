#include "core/net/LingeringClose.h"

#include "core/log/Log.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twofold::net {
namespace {

// Read at most this much per wake-up, so that a peer flooding us cannot hold the event loop.
constexpr int kDrainChunks = 4;

int g_active = 0; // GUI-thread only, like the sockets themselves

std::shared_ptr<spdlog::logger> logger() {
    return log::get(log::Module::NetTransport);
}

} // namespace

void LingeringClose::start(QSslSocket* socket, std::chrono::milliseconds limit) {
    new LingeringClose(socket, limit);
}

int LingeringClose::active() {
    return g_active;
}

// Parented to the application, so a close still lingering when the program ends is cleaned up with it.
LingeringClose::LingeringClose(QSslSocket* socket, std::chrono::milliseconds limit)
    : QObject(QCoreApplication::instance()), m_socket(socket) {
    ++g_active;
    socket->setParent(this);
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this] { end("limit"); });
    m_limit.start(limit);

    // The duplicate keeps the TCP connection open when QSslSocket closes its descriptor: no FIN yet, and
    // above all no reset for input that arrives later. Without it this is a plain disconnectFromHost().
    const qintptr descriptor = socket->socketDescriptor();
    m_descriptor = descriptor >= 0 ? ::fcntl(static_cast<int>(descriptor), F_DUPFD_CLOEXEC, 0) : -1;
    if (m_descriptor < 0) {
        logger()->warn("lingering close unavailable errno={}", errno);
    }
    connect(socket, &QAbstractSocket::disconnected, this, &LingeringClose::onFlushed);
    socket->disconnectFromHost(); // queued data, then close_notify; may finish (and emit) right here
}

LingeringClose::~LingeringClose() {
    --g_active;
    delete m_notifier;
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
    }
}

void LingeringClose::onFlushed() {
    // QSslSocket has handed everything (close_notify included) to the kernel and closed its descriptor.
    if (m_ended) {
        return;
    }
    if (m_descriptor < 0 || ::shutdown(m_descriptor, SHUT_WR) != 0) {
        end("flushed"); // no duplicate, or the connection is gone already (e.g. the peer reset it)
        return;
    }
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, &LingeringClose::drain);
    drain();
}

void LingeringClose::drain() {
    std::array<char, 16384> buffer{};
    for (int chunk = 0; chunk < kDrainChunks; ++chunk) {
        const ssize_t received = ::recv(m_descriptor, buffer.data(), buffer.size(), MSG_DONTWAIT);
        if (received > 0) {
            m_discarded += received;
            continue;
        }
        if (received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            return; // nothing more for now; the notifier wakes us again
        }
        end(received == 0 ? "peer-closed" : "peer-reset");
        return;
    }
}

void LingeringClose::end(const char* how) {
    if (m_ended) {
        return;
    }
    m_ended = true;
    m_limit.stop();
    if (m_notifier) {
        m_notifier->setEnabled(false);
    }
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->disconnect(this);
        m_socket->abort(); // the limit passed while Qt still had data queued
    }
    logger()->debug("lingering close ended: {} discarded={}", how, m_discarded);
    deleteLater(); // the destructor closes our descriptor: the peer gets FIN (a reset only after the limit)
}

} // namespace twofold::net
