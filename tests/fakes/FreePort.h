#pragma once

#include <QHostAddress>
#include <QUdpSocket>
#include <gtest/gtest.h>

namespace twofold::test {

// A UDP port that is free right now, for a test's own discovery traffic: each test gets its own, so runs
// of the suite in parallel (ctest -j) never hear each other, and nothing depends on a fixed port being
// free on the machine. The kernel may hand the port out again later; tests bind it at once.
inline quint16 freeUdpPort() {
    QUdpSocket probe;
    EXPECT_TRUE(probe.bind(QHostAddress(QHostAddress::AnyIPv4), 0));
    return probe.localPort();
}

} // namespace twofold::test
