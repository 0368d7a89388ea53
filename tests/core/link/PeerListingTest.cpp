// Who is shown on a Nearby list (issue 17 §6): a device whose person has not yet given a name is not
// listed under the computer's host name, and it is listed at once when the name is given, not at the
// next periodic refresh.
#include "core/link/AutoConfirmPrompt.h"
#include "core/link/Peer.h"
#include "core/net/Discovery.h"
#include "tests/fakes/DiscoveryMarker.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/FreePort.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>

namespace twofold::test {
namespace {

using namespace std::chrono_literals;

// Discovery's timers (bursts, refreshes) run on this clock, which moves only when a test says so.
test::FakeClock& discoveryClock() {
    static test::FakeClock clock;
    return clock;
}

// A device with discovery on loopback; its periodic refresh is a minute away, so anything heard within
// the test came from the start-up burst or from an announcement made at once.
struct ListedPeer {
    ListedPeer(const QString& name, bool listed, quint16 udpPort) : udpPort(udpPort) {
        link::PeerConfig config;
        config.node.profileDirectory = dir.path();
        config.node.displayName = name;
        config.node.listed = listed;
        config.node.scope = net::Scope::Loopback;
        config.node.tcpPort = 0;
        config.node.discovery = true;
        config.node.discoveryOptions.udpPort = udpPort;
        config.node.discoveryOptions.refreshInterval = 60s;
        config.node.discoveryOptions.clock = &discoveryClock();
        peer = std::make_unique<link::Peer>(config, session::FlowLibrary::builtin().value(), clock, random, nonces);
        peer->setPrompt(&autoConfirm);
        EXPECT_TRUE(peer->start().ok());
    }
    // Everything sent to this device so far was handled (see handledEverythingSentSoFar).
    ::testing::AssertionResult heardAll() const {
        return handledEverythingSentSoFar(*peer->node().discovery(), udpPort);
    }
    QStringList nearbyNames() const {
        QStringList names;
        if (const auto* discovery = peer->node().discovery()) {
            for (const auto& found : discovery->peers()) {
                if (found.name != kMarkerName) {
                    names << found.name;
                }
            }
        }
        return names;
    }

    quint16 udpPort;
    QTemporaryDir dir;
    session::SystemClock clock;
    session::SystemRandom random;
    link::AutoConfirmPrompt autoConfirm;
    net::SystemNonceSource nonces;
    std::unique_ptr<link::Peer> peer;
};

} // namespace

TEST(PeerListing, a_device_nobody_has_named_yet_is_not_listed_and_is_listed_at_once_when_named) {
    const quint16 port = freeUdpPort();
    ListedPeer alex(QStringLiteral("Alex"), true, port);
    ListedPeer setup(QStringLiteral("vm"), false, port); // the first run has not asked for a name yet
    discoveryClock().advanceMs(0);
    // Positive control: the unnamed device listens, so it hears Alex.
    ASSERT_TRUE(QTest::qWaitFor([&] { return setup.nearbyNames().contains(QStringLiteral("Alex")); }, 3000));
    discoveryClock().advanceMs(net::DiscoveryOptions{}.burst.back().count()); // the rest of both bursts
    ASSERT_TRUE(alex.heardAll());
    EXPECT_TRUE(alex.nearbyNames().isEmpty())
        << "listed under the host name: " << alex.nearbyNames().join(QLatin1Char(',')).toStdString();

    setup.peer->node().setDisplayName(QStringLiteral("Sam"));
    setup.peer->setListed(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return alex.nearbyNames().contains(QStringLiteral("Sam")); }, 3000))
        << "not listed once named (the periodic refresh is a minute away)";
    EXPECT_FALSE(alex.nearbyNames().contains(QStringLiteral("vm")));
}

TEST(PeerListing, a_new_name_reaches_the_nearby_list_at_once) {
    const quint16 port = freeUdpPort();
    ListedPeer alex(QStringLiteral("Alex"), true, port);
    ListedPeer sam(QStringLiteral("Sam"), true, port);
    discoveryClock().advanceMs(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return alex.nearbyNames().contains(QStringLiteral("Sam")); }, 3000));
    discoveryClock().advanceMs(net::DiscoveryOptions{}.burst.back().count()); // past the start-up bursts
    ASSERT_TRUE(alex.heardAll());
    sam.peer->node().setDisplayName(QStringLiteral("Samira"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return alex.nearbyNames().contains(QStringLiteral("Samira")); }, 3000))
        << "the new name waits for the refresh a minute away";
}

} // namespace twofold::test
