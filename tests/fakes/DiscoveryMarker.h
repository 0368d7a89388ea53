#pragma once

#include "core/net/Announcement.h"
#include "core/net/Discovery.h"
#include "core/protocol/MessageTypes.h"

#include <QHostAddress>
#include <QTest>
#include <QUdpSocket>
#include <algorithm>
#include <gtest/gtest.h>

namespace twofold::test {

// The name every marker announcement carries (a test that lists names leaves it out).
inline const QString kMarkerName = QStringLiteral("Marker");

// The positive control of every "nothing (more) arrives" check on discovery: a marker announcement from a
// device of its own (another id at each call), sent to `port` on the loopback broadcast address after what
// the test waits out. Datagrams to one socket are read in the order they were sent, so once `listener`
// lists the marker it has handled everything sent before it, and an absence seen then is real, not a
// datagram still on its way. Waits at most 3 s for the marker.
inline ::testing::AssertionResult handledEverythingSentSoFar(const net::Discovery& listener, quint16 port) {
    static const char kMarkers[] = "0123456789cdef"; // device ids are 64 hex digits
    static std::size_t next = 0;
    const QString marker(64, QLatin1Char(kMarkers[next]));
    next = (next + 1) % (sizeof(kMarkers) - 1);
    QUdpSocket sender;
    sender.writeDatagram(
        net::encodeAnnouncement(net::Announcement{protocol::kProtocolVersion, marker, kMarkerName, 40099}),
        QHostAddress(QStringLiteral("127.255.255.255")), port);
    const bool heard = QTest::qWaitFor(
        [&] {
            const auto listed = listener.peers();
            return std::any_of(listed.begin(), listed.end(), [&](const auto& p) { return p.deviceId == marker; });
        },
        3000);
    if (heard) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "the marker announcement was never heard";
}

} // namespace twofold::test
