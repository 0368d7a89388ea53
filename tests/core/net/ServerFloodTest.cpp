// The listener never stops accepting (issue 16 §1, docs/PROTOCOL.md §5.5): a burst of stalled TLS
// starts, idle TCP connections, or a kernel backlog full of stale redials queued while the process was
// stopped (a sleeping laptop) must leave later TLS clients, the partner among them, able to link.
#include "NetTestSupport.h"
#include "tests/fakes/FakeClock.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace twofold;
using namespace twofold::test;

namespace {

// The first bytes of a TLS ClientHello record (handshake, TLS 1.0 record version, a length, ClientHello).
const QByteArray kClientHelloStart("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);

net::ConnectionOptions on(const FakeClock& clock) {
    net::ConnectionOptions options;
    options.clock = &clock;
    return options;
}

// A raw TCP connection from `from` that the kernel completes by itself (no event loop involved, as an
// outside process would make it). Returns the descriptor, -1 if it could not be made.
int rawConnect(quint16 port, const char* from) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -1;
    }
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, from, &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        (::connect(fd, reinterpret_cast<sockaddr*>(&remote), sizeof remote) != 0 && errno != EINPROGRESS)) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// True once the kernel finished the TCP handshake (the listener's accept queue holds it), within 100 ms.
bool established(int fd) {
    pollfd p{fd, POLLOUT, 0};
    if (::poll(&p, 1, 100) != 1) {
        return false;
    }
    int error = 0;
    socklen_t size = sizeof error;
    return ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
}

void sendBytes(int fd, const QByteArray& bytes) {
    [[maybe_unused]] const auto sent = ::send(fd, bytes.constData(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL);
}

void spin(int rounds = 20) {
    for (int i = 0; i < rounds; ++i) {
        QTest::qWait(5);
    }
}

// Dials `count` real TLS clients one after the other; how many became ready (both hellos in).
int laterClientsThatLink(net::Server& server, const FakeClock& clock, int count) {
    int linked = 0;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<net::Connection> client(net::Connection::connectTo(
            QHostAddress(QHostAddress::LocalHost), server.port(), makeIdentity(QStringLiteral("Alex")),
            QStringLiteral("Alex"), net::Scope::Loopback, on(clock)));
        if (QTest::qWaitFor([&] { return client->isReady(); }, 3000)) {
            ++linked;
        }
    }
    return linked;
}

} // namespace

// 80 connections that start a ClientHello and give up, then 60 idle ones opened back to back, used to
// leave the listen queue full (Recv-Q 51 / backlog 50) and every later TLS client timing out.
TEST(ServerFlood, stalled_client_hellos_and_idle_connections_never_stop_the_listener) {
    FakeClock clock; // never moves: nothing times out, only the accept path itself is tested
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, on(clock));
    ASSERT_TRUE(server.listen(0));

    std::vector<int> hellos;
    for (int i = 0; i < 80; ++i) {
        hellos.push_back(rawConnect(server.port(), "127.0.0.2"));
    }
    for (const int fd : hellos) {
        if (established(fd)) {
            sendBytes(fd, kClientHelloStart);
        }
    }
    spin();
    for (const int fd : hellos) {
        ::close(fd);
    }
    std::vector<int> idle;
    for (int i = 0; i < 60; ++i) {
        idle.push_back(rawConnect(server.port(), "127.0.0.3"));
    }
    spin();
    for (const int fd : idle) {
        ::close(fd);
    }
    spin();

    const int linked = laterClientsThatLink(server, clock, 5);
    std::printf("[ figure ] after the flood %d of 5 later TLS clients linked; evicted %d\n", linked,
                server.evictedCount());
    EXPECT_EQ(linked, 5);
    EXPECT_LE(server.pendingCount(), server.maxPendingHandshakes());
}

// A laptop asleep for a while: its app is stopped, the partner keeps redialling, and the kernel queues
// the redials (each a started ClientHello, then given up) in the listen backlog. On waking, the event
// loop finds the whole queue at once.
TEST(ServerFlood, redials_queued_while_the_process_was_stopped_do_not_wedge_it) {
    FakeClock clock;
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, on(clock));
    ASSERT_TRUE(server.listen(0));

    // The event loop does not run from here until every stale connection is queued and closed.
    std::vector<int> stale;
    int queued = 0;
    for (int i = 0; i < 60; ++i) {
        const int fd = rawConnect(server.port(), "127.0.0.1");
        if (established(fd)) {
            sendBytes(fd, kClientHelloStart);
            ++queued;
        }
        stale.push_back(fd);
    }
    for (const int fd : stale) {
        ::close(fd);
    }
    std::printf("[ figure ] %d stale connections were queued in the backlog while stopped\n", queued);
    EXPECT_GE(queued, 31) << "the test needs more stale connections than Qt's 30 pending ones";

    const int linked = laterClientsThatLink(server, clock, 3);
    std::printf("[ figure ] after waking %d of 3 TLS clients linked\n", linked);
    EXPECT_EQ(linked, 3);
}
