#include "core/net/Discovery.h"

#include "core/protocol/MessageTypes.h"
#include "tests/fakes/DiscoveryMarker.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/FreePort.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>
#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>

using namespace twofold;
using namespace std::chrono_literals;

namespace {

using twofold::test::freeUdpPort;
using twofold::test::handledEverythingSentSoFar;

QString deviceId(char c) {
    return QString(64, QLatin1Char(c));
}

net::Announcement self(char id, const QString& name, quint16 tcpPort) {
    return net::Announcement{protocol::kProtocolVersion, deviceId(id), name, tcpPort};
}

net::DiscoveryOptions optionsOn(quint16 port) {
    net::DiscoveryOptions options;
    options.udpPort = port;
    return options;
}

const QHostAddress kLoopbackBroadcast(QStringLiteral("127.255.255.255"));

net::DiscoveryOptions optionsOn(quint16 port, const test::FakeClock& clock) {
    auto options = optionsOn(port);
    options.clock = &clock;
    return options;
}

int foundCount(const QSignalSpy& spy, const QString& id) {
    return static_cast<int>(std::count_if(spy.begin(), spy.end(), [&](const QList<QVariant>& arguments) {
        return arguments.at(0).value<net::DiscoveredPeer>().deviceId == id;
    }));
}

} // namespace

TEST(Discovery, two_instances_on_loopback_find_each_other) {
    const quint16 port = freeUdpPort();
    test::FakeClock clock;
    net::Discovery a(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), optionsOn(port, clock));
    net::Discovery b(net::Scope::Loopback, self('b', QStringLiteral("Sam"), 40002), optionsOn(port, clock));
    QSignalSpy foundByA(&a, &net::Discovery::peerFound);
    QSignalSpy foundByB(&b, &net::Discovery::peerFound);
    ASSERT_TRUE(a.start());
    ASSERT_TRUE(b.start());
    clock.advanceMs(0); // the first announcement of each burst
    ASSERT_TRUE(QTest::qWaitFor([&] { return foundByA.size() >= 1 && foundByB.size() >= 1; }, 3000));
    const auto peerOfA = foundByA.at(0).at(0).value<net::DiscoveredPeer>();
    EXPECT_EQ(peerOfA.deviceId, deviceId('b'));
    EXPECT_EQ(peerOfA.name, QStringLiteral("Sam"));
    EXPECT_EQ(peerOfA.port, 40002);
    EXPECT_EQ(peerOfA.protocolVersion, protocol::kProtocolVersion);
    EXPECT_TRUE(peerOfA.address.isLoopback());
    EXPECT_EQ(foundByB.at(0).at(0).value<net::DiscoveredPeer>().deviceId, deviceId('a'));
    clock.advanceMs(net::DiscoveryOptions{}.burst.back().count()); // the rest of both bursts
    ASSERT_TRUE(handledEverythingSentSoFar(a, port));
    EXPECT_EQ(foundCount(foundByA, deviceId('b')), 1) << "the same partner was found again";
    EXPECT_EQ(a.peers().size(), 2); // the partner and the marker
}

TEST(Discovery, finds_a_late_starter_at_once) {
    const quint16 port = freeUdpPort();
    auto options = optionsOn(port);
    test::FakeClock clock;
    options.clock = &clock;
    options.burst = {0ms};
    options.refreshInterval = 60s;
    net::Discovery early(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), options);
    ASSERT_TRUE(early.start());
    clock.advanceMs(0); // early's only announcement, sent before late listens
    ASSERT_TRUE(handledEverythingSentSoFar(early, port));
    net::Discovery late(net::Scope::Loopback, self('b', QStringLiteral("Sam"), 40002), options);
    QSignalSpy foundByLate(&late, &net::Discovery::peerFound);
    QSignalSpy foundByEarly(&early, &net::Discovery::peerFound);
    ASSERT_TRUE(late.start());
    clock.advanceMs(0);
    // late announces; early hears a new peer and answers at once.
    ASSERT_TRUE(QTest::qWaitFor([&] { return foundByLate.size() == 1 && foundByEarly.size() == 1; }, 1000));
}

TEST(Discovery, ignores_its_own_announcements) {
    const quint16 port = freeUdpPort();
    test::FakeClock clock;
    net::Discovery a(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), optionsOn(port, clock));
    QSignalSpy found(&a, &net::Discovery::peerFound);
    ASSERT_TRUE(a.start());
    clock.advanceMs(net::DiscoveryOptions{}.burst.back().count()); // its whole burst, heard by itself
    QUdpSocket sender;
    sender.writeDatagram(net::encodeAnnouncement(self('a', QStringLiteral("Someone"), 40009)), kLoopbackBroadcast,
                         port);
    ASSERT_TRUE(handledEverythingSentSoFar(a, port));
    EXPECT_EQ(foundCount(found, deviceId('a')), 0) << "it listed itself";
    EXPECT_EQ(a.peers().size(), 1); // the marker alone
}

TEST(Discovery, ignores_malformed_and_oversize_datagrams) {
    const quint16 port = freeUdpPort();
    net::Discovery a(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), optionsOn(port));
    QSignalSpy found(&a, &net::Discovery::peerFound);
    ASSERT_TRUE(a.start());
    QUdpSocket sender;
    const QByteArray id(64, 'b');
    const QList<QByteArray> junk{
        QByteArray("not json at all"),
        QByteArray("[1,2,3]"),
        QByteArray(R"({"version":1,"name":"Sam","port":40002})"),                        // no deviceId
        QByteArray(R"({"version":1,"deviceId":"B","name":"Sam","port":40002})"),         // bad id
        QByteArray(R"({"version":1,"deviceId":")") + id + R"(","name":"Sam","port":0})", // bad port
        QByteArray(R"({"version":"1","deviceId":")") + id + R"(","name":"Sam","port":1})",
        QByteArray(R"({"version":1,"deviceId":")") + id + R"(","name":")" + QByteArray(2000, 'x') + R"(","port":1})",
        QByteArray(),
    };
    for (const auto& datagram : junk) {
        sender.writeDatagram(datagram, kLoopbackBroadcast, port);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return a.ignoredDatagrams() >= junk.size() - 1; }, 2000));
    EXPECT_EQ(found.size(), 0);
    // The same path takes a well-formed one.
    sender.writeDatagram(net::encodeAnnouncement(self('b', QStringLiteral("Sam"), 40002)), kLoopbackBroadcast, port);
    ASSERT_TRUE(found.wait(2000));
    EXPECT_EQ(found.at(0).at(0).value<net::DiscoveredPeer>().deviceId, deviceId('b'));
}

TEST(Discovery, announces_exactly_version_device_id_name_port_and_time) {
    const quint16 port = freeUdpPort();
    QUdpSocket listener;
    ASSERT_TRUE(listener.bind(QHostAddress(QHostAddress::AnyIPv4), port,
                              QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
    net::Discovery a(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), optionsOn(port));
    ASSERT_TRUE(a.start());
    ASSERT_TRUE(QTest::qWaitFor([&] { return listener.hasPendingDatagrams(); }, 2000));
    const auto datagram = listener.receiveDatagram();
    EXPECT_TRUE(datagram.senderAddress().isLoopback());
    const auto object = QJsonDocument::fromJson(datagram.data()).object();
    EXPECT_EQ(object.keys(), (QStringList{QStringLiteral("at"), QStringLiteral("deviceId"), QStringLiteral("name"),
                                          QStringLiteral("port"), QStringLiteral("version")}));
    const qint64 at = static_cast<qint64>(object.value(QLatin1String("at")).toDouble());
    EXPECT_LE(std::abs(at - QDateTime::currentMSecsSinceEpoch()), 60000) << "the sender's wall clock, in ms";
    EXPECT_EQ(object.value(QLatin1String("port")).toInt(), 40001);
    EXPECT_EQ(object.value(QLatin1String("version")).toInt(), protocol::kProtocolVersion);
}

TEST(Discovery, stays_silent_when_asked_but_keeps_listening) {
    const quint16 port = freeUdpPort();
    test::FakeClock clock;
    net::Discovery quiet(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), optionsOn(port, clock));
    quiet.setSilent(true);
    net::Discovery loud(net::Scope::Loopback, self('b', QStringLiteral("Sam"), 40002), optionsOn(port, clock));
    QSignalSpy foundByQuiet(&quiet, &net::Discovery::peerFound);
    QSignalSpy foundByLoud(&loud, &net::Discovery::peerFound);
    ASSERT_TRUE(quiet.start());
    ASSERT_TRUE(loud.start());
    clock.advanceMs(0);
    ASSERT_TRUE(foundByQuiet.wait(2000));
    clock.advanceMs(net::DiscoveryOptions{}.refreshInterval.count()); // both bursts and a refresh
    ASSERT_TRUE(handledEverythingSentSoFar(quiet, port));             // quiet answered, if it did, before this
    ASSERT_TRUE(handledEverythingSentSoFar(loud, port));
    EXPECT_EQ(foundCount(foundByLoud, deviceId('a')), 0) << "a silent instance answered or announced";
    quiet.setSilent(false);
    clock.advanceMs(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return foundCount(foundByLoud, deviceId('a')) == 1; }, 2000));
}

TEST(Discovery, loses_a_peer_that_is_no_longer_heard) {
    const quint16 port = freeUdpPort();
    test::FakeClock clock;
    auto options = optionsOn(port, clock);
    options.burst = {0ms};
    net::Discovery a(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), options);
    auto b = std::make_unique<net::Discovery>(net::Scope::Loopback, self('b', QStringLiteral("Sam"), 40002), options);
    QSignalSpy found(&a, &net::Discovery::peerFound);
    QSignalSpy lost(&a, &net::Discovery::peerLost);
    ASSERT_TRUE(a.start());
    ASSERT_TRUE(b->start());
    clock.advanceMs(0);
    ASSERT_TRUE(found.wait(2000));
    // Refreshes keep it alive past the timeout: one refresh interval at a time, each heard before the next.
    const auto timeout = options.peerTimeout.count();
    const auto refresh = options.refreshInterval.count();
    for (qint64 passed = 0; passed <= 2 * timeout; passed += refresh) {
        clock.advanceMs(refresh);
        ASSERT_TRUE(handledEverythingSentSoFar(a, port));
    }
    const auto isB = [](const QList<QVariant>& arguments) {
        return arguments.at(0).toString() == deviceId('b');
    };
    EXPECT_TRUE(std::none_of(lost.begin(), lost.end(), isB)) << "a partner still heard was lost";
    b.reset();
    clock.advanceMs(timeout + refresh);
    EXPECT_EQ(std::count_if(lost.begin(), lost.end(), isB), 1);
    const auto peers = a.peers();
    EXPECT_TRUE(std::none_of(peers.begin(), peers.end(), [](const auto& p) { return p.deviceId == deviceId('b'); }));
}

TEST(Discovery, reports_a_peer_whose_port_changed) {
    const quint16 port = freeUdpPort();
    net::Discovery a(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), optionsOn(port));
    QSignalSpy updated(&a, &net::Discovery::peerUpdated);
    ASSERT_TRUE(a.start());
    QUdpSocket sender;
    sender.writeDatagram(net::encodeAnnouncement(self('b', QStringLiteral("Sam"), 40002)), kLoopbackBroadcast, port);
    sender.writeDatagram(net::encodeAnnouncement(self('b', QStringLiteral("Sam"), 40003)), kLoopbackBroadcast, port);
    ASSERT_TRUE(updated.wait(2000));
    EXPECT_EQ(updated.at(0).at(0).value<net::DiscoveredPeer>().port, 40003);
}

// A replayed announcement listed a partner who had left as present. A copy of one already heard (or of an
// older one) never makes a device present again, nor does one older than its interval.
TEST(Discovery, a_replayed_or_outdated_announcement_does_not_make_a_device_present) {
    const quint16 port = freeUdpPort();
    test::FakeClock clock;
    auto options = optionsOn(port);
    options.clock = &clock;
    net::Discovery a(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), options);
    QSignalSpy found(&a, &net::Discovery::peerFound);
    QSignalSpy lost(&a, &net::Discovery::peerLost);
    ASSERT_TRUE(a.start());
    QUdpSocket sender;
    auto partner = self('b', QStringLiteral("Sam"), 40002);
    const qint64 t0 = clock.wallMs();
    partner.sentAtMs = t0;
    const QByteArray captured = net::encodeAnnouncement(partner);
    sender.writeDatagram(captured, kLoopbackBroadcast, port);
    ASSERT_TRUE(found.wait(2000));
    clock.advanceSeconds(20); // the partner left: lost after 15 s
    ASSERT_EQ(lost.size(), 1);

    sender.writeDatagram(captured, kLoopbackBroadcast, port); // replayed
    partner.sentAtMs = t0 + 1000; // captured a second later, never heard here, replayed 19 s late
    sender.writeDatagram(net::encodeAnnouncement(partner), kLoopbackBroadcast, port);
    ASSERT_TRUE(QTest::qWaitFor([&] { return a.staleDatagrams() == 2; }, 2000));
    EXPECT_EQ(found.size(), 1) << "a partner who left was listed again";
    EXPECT_TRUE(a.peers().isEmpty());

    partner.sentAtMs = clock.wallMs(); // the partner really comes back
    sender.writeDatagram(net::encodeAnnouncement(partner), kLoopbackBroadcast, port);
    ASSERT_TRUE(found.wait(2000));
    EXPECT_EQ(a.peers().size(), 1);
}

// 10,000 fake announcements made the app answer 8,673 of them and list 7,276 devices. Answers are rate
// limited (a token bucket: on a clock that stands still, only the first burst), the list keeps at most
// 50 devices and the partner among them.
TEST(Discovery, answers_a_flood_at_a_bounded_rate_and_keeps_the_list_bounded) {
    const quint16 port = freeUdpPort();
    test::FakeClock clock;
    auto options = optionsOn(port);
    options.clock = &clock;
    options.burst = {};
    net::Discovery a(net::Scope::Loopback, self('a', QStringLiteral("Alex"), 40001), options);
    a.setPartnerTest([](const QString& id) { return id == deviceId('b'); });
    QUdpSocket listener; // hears everything sent to the port: counts what `a` sends
    ASSERT_TRUE(listener.bind(QHostAddress(QHostAddress::AnyIPv4), port,
                              QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
    int answers = 0;
    bool closingHeard = false; // the closing datagram below, sent after the flood
    QObject::connect(&listener, &QUdpSocket::readyRead, &listener, [&] {
        while (listener.hasPendingDatagrams()) {
            const auto parsed = net::parseAnnouncement(listener.receiveDatagram().data());
            answers += parsed && parsed->deviceId == deviceId('a') ? 1 : 0;
            closingHeard = closingHeard || (parsed && parsed->deviceId == deviceId('f'));
        }
    });
    ASSERT_TRUE(a.start());
    QUdpSocket sender;
    sender.writeDatagram(net::encodeAnnouncement(self('b', QStringLiteral("Sam"), 40002)), kLoopbackBroadcast, port);
    ASSERT_TRUE(QTest::qWaitFor([&] { return a.peers().size() == 1; }, 2000));

    constexpr int kFlood = 10000;
    constexpr int kBatch = 50; // drained between batches, so no datagram is lost to a full buffer
    int peakListed = 0;
    for (int sent = 0; sent < kFlood; sent += kBatch) {
        QString last;
        for (int i = sent; i < sent + kBatch; ++i) {
            last = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
            const net::Announcement fake{protocol::kProtocolVersion, last, QStringLiteral("Guest"), 40003};
            sender.writeDatagram(net::encodeAnnouncement(fake), kLoopbackBroadcast, port);
        }
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const auto peers = a.peers();
                return std::any_of(peers.begin(), peers.end(), [&](const auto& p) { return p.deviceId == last; });
            },
            3000))
            << "batch up to " << sent + kBatch << " not heard";
        peakListed = std::max(peakListed, static_cast<int>(a.peers().size()));
    }
    // The last answers, if any, reach the listener: it reads in order, so it has them once it hears this.
    const net::Announcement closing{protocol::kProtocolVersion, deviceId('f'), QStringLiteral("End"), 40005};
    sender.writeDatagram(net::encodeAnnouncement(closing), kLoopbackBroadcast, port);
    ASSERT_TRUE(QTest::qWaitFor([&] { return closingHeard; }, 2000));
    std::printf("[ figure   ] %d fake announcements: %d answers, at most %d listed\n", kFlood, answers, peakListed);
    EXPECT_EQ(answers, options.answerBurst);
    EXPECT_EQ(a.answersSent(), options.answerBurst);
    EXPECT_LE(peakListed, options.maxPeers);
    const auto peers = a.peers();
    EXPECT_TRUE(std::any_of(peers.begin(), peers.end(), [](const auto& p) { return p.deviceId == deviceId('b'); }))
        << "the partner was pushed out of the list";

    clock.advanceSeconds(10); // the bucket refills: a new device is answered again
    const net::Announcement late{protocol::kProtocolVersion, deviceId('c'), QStringLiteral("Kim"), 40004};
    sender.writeDatagram(net::encodeAnnouncement(late), kLoopbackBroadcast, port);
    ASSERT_TRUE(QTest::qWaitFor([&] { return a.answersSent() == options.answerBurst + 1; }, 2000));
}

TEST(Discovery, takes_the_port_from_its_options_else_the_fixed_default) {
    EXPECT_EQ(net::Discovery::resolvePort(quint16{41000}), 41000);
    EXPECT_EQ(net::Discovery::resolvePort(std::nullopt), net::kDefaultDiscoveryPort);
    EXPECT_EQ(net::kDefaultDiscoveryPort, 47913);
}

TEST(Announcement, round_trips_and_rejects_bad_shapes) {
    const auto announcement = self('c', QStringLiteral("Sam \u2764"), 47914);
    const auto parsed = net::parseAnnouncement(net::encodeAnnouncement(announcement));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(*parsed, announcement);
    EXPECT_FALSE(net::parseAnnouncement(QByteArray(net::kMaxAnnouncementSize + 1, ' ')));
    EXPECT_FALSE(net::parseAnnouncement(QByteArray(R"({"version":0,"deviceId":")") + QByteArray(64, 'c') +
                                        R"(","name":"Sam","port":1})"));
}
