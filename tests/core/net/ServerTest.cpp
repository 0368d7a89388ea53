// The server's handling of connections that have not authenticated yet (docs/PROTOCOL.md §5.5), on a
// fake clock: deadlines met as documented, and strangers that never get a partner locked out.
#include "NetTestSupport.h"
#include "tests/fakes/FakeClock.h"

#include <QTcpSocket>

using namespace twofold;
using namespace twofold::test;

namespace {

net::ConnectionOptions on(const FakeClock& clock) {
    net::ConnectionOptions options;
    options.clock = &clock;
    return options;
}

void settle() {
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(2);
    }
}

// A TCP connection from a given loopback address (127.0.0.x) that never sends a byte.
std::unique_ptr<QTcpSocket> stranger(quint16 port, const char* from = "127.0.0.1") {
    auto socket = std::make_unique<QTcpSocket>();
    socket->bind(QHostAddress(QString::fromLatin1(from)));
    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    EXPECT_TRUE(socket->waitForConnected(2000));
    return socket;
}

bool gone(const QTcpSocket& socket) {
    return socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace

TEST(Server, drops_a_client_that_sends_nothing_at_two_seconds_not_before) {
    FakeClock clock;
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, on(clock));
    ASSERT_TRUE(server.listen(0));
    auto idle = stranger(server.port());
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.pendingCount() == 1; }, 2000));
    clock.advanceMs(1999);
    settle();
    EXPECT_FALSE(gone(*idle));
    clock.advanceMs(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return gone(*idle); }, 2000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.pendingCount() == 0; }, 2000));
}

TEST(Server, allows_five_seconds_from_the_accept_for_tls) {
    FakeClock clock;
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, on(clock));
    ASSERT_TRUE(server.listen(0));
    auto stalled = stranger(server.port());
    stalled->write(QByteArray("\x16\x03\x01", 3)); // the start of a ClientHello, then nothing
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.pendingCount() == 1; }, 2000));
    settle();
    clock.advanceMs(4999);
    settle();
    EXPECT_FALSE(gone(*stalled)) << "dropped before its five seconds";
    clock.advanceMs(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return gone(*stalled); }, 2000));
}

TEST(Server, allows_five_seconds_after_tls_for_the_hello) {
    FakeClock clock;
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, on(clock));
    ASSERT_TRUE(server.listen(0));
    RawTlsClient raw; // finishes TLS, never says hello
    ASSERT_TRUE(raw.connectTo(server.port(), makeIdentity(QStringLiteral("Raw"))));
    settle();
    clock.advanceMs(4999);
    settle();
    EXPECT_FALSE(raw.disconnected());
    clock.advanceMs(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return raw.disconnected(); }, 3000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.pendingCount() == 0; }, 2000));
}

// Four silent connections used to fill the unauthenticated slots and keep a partner out for ~20 s.
TEST(Server, silent_strangers_never_lock_a_partner_out) {
    FakeClock clock; // never moves: no stranger times out, so only eviction can let the partner in
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, on(clock));
    ASSERT_TRUE(server.listen(0));
    std::vector<std::unique_ptr<QTcpSocket>> strangers;
    for (const char* from : {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.1", "127.0.0.1"}) {
        strangers.push_back(stranger(server.port(), from));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.evictedCount() == 2; }, 2000));
    EXPECT_EQ(server.pendingCount(), 4);
    QPointer<net::Connection> partnerSide;
    QObject::connect(&server, &net::Server::connectionReady, &server, [&](net::Connection* c) { partnerSide = c; });
    std::unique_ptr<net::Connection> partner(net::Connection::connectTo(
        QHostAddress(QHostAddress::LocalHost), server.port(), makeIdentity(QStringLiteral("Alex")),
        QStringLiteral("Alex"), net::Scope::Loopback, on(clock)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return partner->isReady() && partnerSide; }, 5000));
    EXPECT_EQ(server.evictedCount(), 3); // the oldest silent stranger made room
    EXPECT_TRUE(gone(*strangers.front()));
}

TEST(Server, a_flood_from_one_address_only_evicts_its_own_connections) {
    FakeClock clock;
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, on(clock));
    ASSERT_TRUE(server.listen(0));
    auto first = stranger(server.port(), "127.0.0.3");
    auto second = stranger(server.port(), "127.0.0.3");
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.pendingCount() == 2; }, 2000));
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 6; ++i) {
        flood.push_back(stranger(server.port(), "127.0.0.2"));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.evictedCount() == 4; }, 2000));
    settle();
    EXPECT_FALSE(gone(*first));
    EXPECT_FALSE(gone(*second));
    EXPECT_EQ(server.pendingCountFrom(QHostAddress(QStringLiteral("127.0.0.2"))), 2);
}

TEST(Server, falls_back_to_an_ephemeral_port) {
    const auto identity = makeIdentity(QStringLiteral("Sam"));
    net::Server first(identity, QStringLiteral("Sam"), net::Scope::Loopback, protocolOptions());
    ASSERT_TRUE(first.listen(0));
    net::Server second(identity, QStringLiteral("Sam"), net::Scope::Loopback, protocolOptions());
    ASSERT_TRUE(second.listen(first.port()));
    EXPECT_NE(second.port(), first.port());
    EXPECT_NE(second.port(), 0);
    EXPECT_TRUE(second.address().isLoopback());
}
