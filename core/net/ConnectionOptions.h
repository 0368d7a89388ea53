#pragma once

#include "core/timing/Clock.h"

#include <QString>
#include <chrono>

namespace twofold::net {

class TrustStore;

// Tunables of one Connection. Defaults are the protocol's (docs/PROTOCOL.md); tests move a fake clock
// instead of shortening them.
struct ConnectionOptions {
    // The clock every deadline and heartbeat timestamp runs on; null = a SystemClock of the connection's own
    // (then clock offsets are relative to that clock's time line).
    const timing::Clock* clock = nullptr;
    // From TCP connect (client) or end of the TLS handshake (server) until both hellos are in.
    std::chrono::milliseconds handshakeTimeout{5000};
    // A ping is sent when nothing has been sent for this long.
    std::chrono::milliseconds pingInterval{2000};
    // A link on which no frame has arrived for this long is dead (closed with reason "timeout").
    std::chrono::milliseconds silenceLimit{6000};
    // Non-fatal protocol errors tolerated from the peer; reaching this closes ("too-many-errors").
    int maxProtocolErrors = 10;
    // Hex SHA-256 of the certificate the peer must present (empty = no explicit pin).
    QString pinnedDigest;
    // If set, a peer whose device id is in this store must present the digest stored there.
    const TrustStore* trustStore = nullptr;
    // The most bytes queued for the peer and not yet taken by it (docs/PROTOCOL.md §5.7): a write that
    // would go beyond closes the connection ("not-reading"); pings are answered only while the queue is
    // below writeBacklogLowMark, which is also where writeBacklogDrained() fires.
    qint64 maxWriteBacklog = 1024 * 1024;
    qint64 writeBacklogLowMark = 64 * 1024;
    // The most received bytes held before they are handled (QSslSocket's read buffer; 0 = unbounded).
    // Past it, nothing more is read from the network until this side has handled what it holds, so a peer
    // that sends faster than this side can answer is slowed by TCP, not buffered in memory.
    qint64 maxReadBuffer = 256 * 1024;
    // Our listening TCP port, announced in hello (0 = none) so the partner can reconnect to us.
    quint16 advertisedPort = 0;
};

} // namespace twofold::net
