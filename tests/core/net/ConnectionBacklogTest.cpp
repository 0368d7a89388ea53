// Memory is bounded per connection (docs/PROTOCOL.md §5.7): a peer that does not read can grow our write
// queue only to the cap, pings are not answered into a full queue, and the layers above can see the backlog.
#include "NetTestSupport.h"
#include "core/protocol/MessageSchema.h"

using namespace twofold;
using namespace twofold::test;
namespace msg = protocol::msg;

namespace {

// A session-event of about 60 KiB (under the 64 KiB frame limit).
QJsonObject bigEvent() {
    return protocol::makeMessage(
        msg::kSessionEvent, QJsonObject{{QLatin1String("event"),
                                         QJsonObject{{QLatin1String("text"), QString(60 * 1024, QLatin1Char('x'))}}}});
}

// Nobody reads the peer's socket any more, and it stops taking bytes from the kernel once 1 KiB is
// buffered: its receive window closes, our queue fills up.
void stopReading(QSslSocket* socket) {
    QObject::disconnect(socket, &QSslSocket::readyRead, nullptr, nullptr);
    socket->setReadBufferSize(1024);
}

} // namespace

TEST(Connection, a_peer_that_does_not_read_is_closed_at_the_write_cap) {
    LinkedPair pair;
    ASSERT_TRUE(pair.start());
    stopReading(pair.client->findChild<QSslSocket*>());
    QSignalSpy closed(pair.serverSide.data(), &net::Connection::closed);
    const net::ConnectionOptions defaults;
    qint64 highest = 0;
    int sent = 0;
    for (; sent < 400 && closed.isEmpty(); ++sent) { // 400 x 60 KiB = 24 MB if nobody stops it
        pair.serverSide->send(bigEvent());
        highest = std::max(highest, pair.serverSide->bytesToWrite());
        QTest::qWait(1);
    }
    std::printf("[ figure ] %d frames of 60 KiB sent to a peer that does not read; highest backlog %lld bytes\n", sent,
                static_cast<long long>(highest));
    ASSERT_EQ(closed.count(), 1) << "still open with " << highest << " bytes queued";
    EXPECT_EQ(closed.at(0).at(0).value<net::ConnectionClose>().toString(), QStringLiteral("not-reading"));
    EXPECT_LE(highest, defaults.maxWriteBacklog);
}

TEST(Connection, a_reading_peer_is_never_closed_and_hears_when_the_backlog_drained) {
    LinkedPair pair;
    ASSERT_TRUE(pair.start());
    QSignalSpy closed(pair.serverSide.data(), &net::Connection::closed);
    QSignalSpy drained(pair.serverSide.data(), &net::Connection::writeBacklogDrained);
    QSignalSpy received(pair.client.data(), &net::Connection::unclaimedMessage);
    for (int i = 0; i < 4; ++i) { // 240 KiB at once: above the low mark, below the cap
        ASSERT_TRUE(pair.serverSide->send(bigEvent()));
    }
    EXPECT_GT(pair.serverSide->bytesToWrite(), net::ConnectionOptions{}.writeBacklogLowMark);
    ASSERT_TRUE(drained.wait(5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.count() == 4; }, 5000));
    EXPECT_TRUE(closed.isEmpty());
}

// A stranger that says hello and then pings without ever reading grew the victim from 22 MB to 765 MB.
TEST(Connection, pings_from_a_peer_that_does_not_read_do_not_grow_the_queue) {
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback,
                       protocolOptions());
    ASSERT_TRUE(server.listen(0));
    QPointer<net::Connection> victim;
    QObject::connect(&server, &net::Server::connectionReady, &server, [&](net::Connection* c) { victim = c; });
    const auto identity = makeIdentity(QStringLiteral("Raw"));
    RawTlsClient raw;
    ASSERT_TRUE(raw.connectTo(server.port(), identity));
    raw.sendFrame(helloFor(identity));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !victim.isNull(); }, 3000));
    stopReading(raw.socket.get());
    const QByteArray ping = protocol::encodeFrame(protocol::makeMessage(msg::kPing, {{QLatin1String("t"), 1}}));
    qint64 highest = 0;
    for (int round = 0; round < 100 && victim && victim->isReady(); ++round) {
        raw.sendRaw(ping.repeated(1000)); // 100,000 pings in all
        QTest::qWait(2);
        highest = std::max(highest, victim->bytesToWrite());
    }
    std::printf("[ figure ] highest backlog after 100,000 unread pings: %lld bytes\n", static_cast<long long>(highest));
    EXPECT_LE(highest, net::ConnectionOptions{}.writeBacklogLowMark + 1024);
    // And the flood is not read for ever: the victim closes a peer that keeps pinging without reading.
    EXPECT_TRUE(QTest::qWaitFor([&] { return victim.isNull() || !victim->isReady(); }, 5000))
        << "still reading a peer that pings and never reads";
}
