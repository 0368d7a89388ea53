// Connection deadlines and the heartbeat on a fake clock: met to the millisecond as documented
// (docs/PROTOCOL.md §5.3: handshake 5 s, ping after 2 s idle, silence 6 s), never early, and the
// clock offset estimated from the heartbeat timestamps (§5.4).
#include "NetTestSupport.h"
#include "core/net/ClockOffsetEstimator.h"
#include "tests/fakes/FakeClock.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace twofold;
using namespace twofold::test;
namespace msg = protocol::msg;

namespace {

net::ConnectionOptions on(const FakeClock& clock) {
    net::ConnectionOptions options; // the protocol's own figures, not shortened
    options.clock = &clock;
    return options;
}

// Lets queued network traffic through without moving the fake clock.
void settle() {
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(2);
    }
}

} // namespace

TEST(ConnectionTiming, a_client_gives_up_on_a_silent_server_at_five_seconds_not_before) {
    FakeClock clock;
    QTcpServer mute; // accepts TCP, never speaks TLS
    ASSERT_TRUE(mute.listen(QHostAddress(QHostAddress::LocalHost), 0));
    std::unique_ptr<net::Connection> client(net::Connection::connectTo(
        QHostAddress(QHostAddress::LocalHost), mute.serverPort(), makeIdentity(QStringLiteral("A")),
        QStringLiteral("A"), net::Scope::Loopback, on(clock)));
    QSignalSpy closed(client.get(), &net::Connection::closed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return mute.hasPendingConnections(); }, 3000));
    clock.advanceMs(4999);
    settle();
    EXPECT_EQ(closed.size(), 0) << "the handshake deadline fired early";
    clock.advanceMs(1);
    ASSERT_EQ(closed.size(), 1);
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QStringLiteral("handshake-timeout"));
}

TEST(ConnectionTiming, a_silent_peer_is_dead_at_six_seconds_not_before_and_was_pinged_meanwhile) {
    FakeClock clock;
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback, on(clock));
    ASSERT_TRUE(server.listen(0));
    QPointer<net::Connection> serverSide;
    QObject::connect(&server, &net::Server::connectionReady, &server, [&](net::Connection* c) { serverSide = c; });
    const auto rawIdentity = makeIdentity(QStringLiteral("Raw"));
    RawTlsClient raw; // says hello, then never answers a ping
    ASSERT_TRUE(raw.connectTo(server.port(), rawIdentity));
    raw.sendFrame(helloFor(rawIdentity));
    ASSERT_TRUE(QTest::qWaitFor([&] { return serverSide && serverSide->isReady(); }, 3000));
    QSignalSpy closed(serverSide.data(), &net::Connection::closed);
    for (int ms = 0; ms < 5999; ms += 1000) {
        clock.advanceMs(std::min(1000, 5999 - ms));
        settle();
    }
    EXPECT_EQ(closed.size(), 0) << "the silence limit fired early";
    EXPECT_EQ(raw.countReceived(msg::kPing), 3); // at once when ready, then after 2 s and 4 s of idling
    clock.advanceMs(1);
    ASSERT_EQ(closed.size(), 1);
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QStringLiteral("timeout"));
}

TEST(ConnectionTiming, pings_keep_an_idle_link_alive_for_a_long_time) {
    FakeClock clock;
    LinkedPair pair;
    ASSERT_TRUE(pair.start(on(clock), on(clock)));
    QSignalSpy clientClosed(pair.client.data(), &net::Connection::closed);
    for (int step = 0; step < 120; ++step) { // two minutes in half-second steps
        clock.advanceMs(500);
        settle();
    }
    EXPECT_EQ(clientClosed.size(), 0);
    EXPECT_TRUE(pair.client->isReady());
    EXPECT_TRUE(pair.serverSide->isReady());
}

TEST(ConnectionTiming, the_heartbeat_measures_how_far_the_partners_clock_is) {
    FakeClock serverClock(1'700'000'000'000);
    FakeClock clientClock(1'700'000'000'000 + 240'000); // four minutes ahead, as clocks commonly are
    LinkedPair pair;
    ASSERT_TRUE(pair.start(on(clientClock), on(serverClock)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return pair.client->clockOffsetMs() && pair.serverSide->clockOffsetMs(); }));
    EXPECT_EQ(*pair.client->clockOffsetMs(), -240'000); // the server's time line minus the client's
    EXPECT_EQ(*pair.serverSide->clockOffsetMs(), 240'000);
    EXPECT_EQ(*pair.client->roundTripMs(), 0); // the fake clocks stood still during the round trip
}

TEST(ClockOffsetEstimator, keeps_the_sample_with_the_lowest_round_trip) {
    net::ClockOffsetEstimator estimator;
    EXPECT_FALSE(estimator.offsetMs());
    EXPECT_TRUE(estimator.add(1000, 5500, 1200)); // delay 200: offset 5500 - 1100 = 4400
    EXPECT_EQ(*estimator.offsetMs(), 4400);
    EXPECT_TRUE(estimator.add(2000, 7000 - 10, 2020)); // delay 20: a better sample, offset 4980
    EXPECT_EQ(*estimator.offsetMs(), 4980);
    EXPECT_EQ(*estimator.delayMs(), 20);
    EXPECT_FALSE(estimator.add(3000, 9000, 3900)); // delay 900: worse, ignored
    EXPECT_EQ(*estimator.offsetMs(), 4980);
    EXPECT_FALSE(estimator.add(5000, 1, 4000)); // the reply came back before it left: nonsense
    EXPECT_EQ(estimator.samples(), 3U);
}

TEST(ClockOffsetEstimator, forgets_old_samples_so_it_follows_a_changed_clock) {
    net::ClockOffsetEstimator estimator;
    estimator.add(0, 100, 10); // a fast sample: offset 95
    for (std::size_t i = 0; i < net::ClockOffsetEstimator::kWindow; ++i) {
        const qint64 t0 = 1000 * qint64(i + 1);
        estimator.add(t0, t0 + 60'000 + 25, t0 + 50); // the partner's clock was stepped a minute ahead
    }
    EXPECT_EQ(*estimator.offsetMs(), 60'000);
}
