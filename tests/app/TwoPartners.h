#pragma once

#include "app/controllers/SessionController.h"
#include "core/sync/LoopbackChannel.h"
#include "tests/app/FakeChime.h"
#include "tests/fakes/FakeClock.h"

#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace twofold::test {

// Alex (host, partner A) and Sam (guest, partner B), joined by an in-memory channel pair, sharing a
// fake clock. Controllers only; widget tests build their pages on top.
class TwoPartners {
public:
    TwoPartners() {
        auto flows = session::FlowLibrary::builtin();
        EXPECT_TRUE(flows.ok());
        hostEngine = std::make_unique<sync::SyncEngine>(sync::Role::Host, flows.value(), clock, random);
        guestEngine = std::make_unique<sync::SyncEngine>(sync::Role::Guest, flows.value(), clock, random);
        auto [a, b] = sync::LoopbackChannel::createPair();
        hostChannel = std::move(a);
        guestChannel = std::move(b);
        hostEngine->attach(hostChannel.get());
        guestEngine->attach(guestChannel.get());
        const auto options = [](const char* me, const char* partner) {
            app::SessionController::Options o;
            o.myName = QString::fromLatin1(me);
            o.partnerName = QString::fromLatin1(partner);
            o.language = QStringLiteral("en");
            o.pauseMinutes = 10;
            return o;
        };
        alex = std::make_unique<app::SessionController>(*hostEngine, clock, alexChime, options("Alex", "Sam"));
        sam = std::make_unique<app::SessionController>(*guestEngine, clock, samChime, options("Sam", "Alex"));
    }

    // Waits until both sides have the same log (and nothing is pending).
    bool settle() {
        return QTest::qWaitFor([this] {
            return hostEngine->session().lastSeq() == guestEngine->session().lastSeq() &&
                   guestEngine->pendingIntents() == 0;
        }, 3000);
    }

    FakeClock clock;
    FakeRandom random{{0}};
    FakeChime alexChime;
    FakeChime samChime;
    std::unique_ptr<sync::SyncEngine> hostEngine;
    std::unique_ptr<sync::SyncEngine> guestEngine;
    std::unique_ptr<sync::LoopbackChannel> hostChannel;
    std::unique_ptr<sync::LoopbackChannel> guestChannel;
    std::unique_ptr<app::SessionController> alex;
    std::unique_ptr<app::SessionController> sam;
};

} // namespace twofold::test
