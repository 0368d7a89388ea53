#pragma once

#include "core/link/AutoConfirmPrompt.h"
#include "core/link/Peer.h"
#include "core/session/EventJson.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace twofold::test {

// One partner's device for in-process network tests: its own profile, loopback only, no discovery, the
// protocol's own timers on `clock` (a FakeClock to move time; the computer's clock when none is given).
struct TestPeer {
    explicit TestPeer(const QString& name, session::Clock* fakeClock = nullptr)
        : clock(fakeClock ? *fakeClock : systemClock) {
        link::PeerConfig config;
        config.node.profileDirectory = dir.path();
        config.node.displayName = name;
        config.node.scope = net::Scope::Loopback;
        config.node.tcpPort = 0;
        config.node.discovery = false;
        peer = std::make_unique<link::Peer>(config, session::FlowLibrary::builtin().value(), clock, random, nonces);
        peer->setPrompt(&autoConfirm);
        EXPECT_TRUE(peer->start().ok());
    }
    quint16 port() const { return peer->node().server()->port(); }
    sync::SyncEngine* engine() const { return peer->engine(); }

    QTemporaryDir dir;
    session::SystemClock systemClock;
    session::Clock& clock;
    session::SystemRandom random;
    link::AutoConfirmPrompt autoConfirm;
    net::SystemNonceSource nonces;
    std::unique_ptr<link::Peer> peer;
};

inline QString encodeLog(const std::vector<session::Event>& log) {
    QString text;
    for (const auto& event : log) {
        text += QString::fromUtf8(QJsonDocument(session::toJson(event)).toJson(QJsonDocument::Compact));
        text += QLatin1Char('\n');
    }
    return text;
}

// Pairs `inviter` with `invitee` listening on `port` (direct or through a proxy); true once both are linked.
inline bool pairOver(TestPeer& inviter, TestPeer& invitee, quint16 port) {
    inviter.peer->invite(QHostAddress(QHostAddress::LocalHost), port);
    return QTest::qWaitFor([&] { return inviter.peer->linked() && invitee.peer->linked(); }, 10000);
}

inline bool inStep(TestPeer& a, TestPeer& b, int timeoutMs = 10000) {
    return QTest::qWaitFor(
        [&] {
            return a.engine() && b.engine() && a.engine()->session().lastSeq() == b.engine()->session().lastSeq() &&
                   a.engine()->pendingIntents() == 0 && b.engine()->pendingIntents() == 0;
        },
        timeoutMs);
}

} // namespace twofold::test
