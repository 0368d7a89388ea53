// A pause's return time is a promise (DESIGN §4), also when the host's laptop sleeps through the pause: the
// time line counts suspended time (CLOCK_BOOTTIME), so the break ends at its time on both screens. The
// suspend is simulated at the clock level: the host's boot-time reading jumps while no Qt timer ran.
#include "core/sync/LoopbackChannel.h"
#include "core/sync/SyncEngine.h"
#include "core/timing/SystemClock.h"
#include "tests/fakes/SeededRandom.h"

#include <QTest>
#include <atomic>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

session::Payload action(const char* id) {
    return session::FlowAction{QString::fromLatin1(id), {}};
}

TEST(Suspend, a_break_ends_at_its_promised_time_when_the_host_slept_through_it) {
    std::atomic<qint64> slept{0};
    timing::SystemClock hostClock([&] { return timing::SystemClock::bootTimeMs() + slept.load(); });
    timing::SystemClock guestClock;
    SeededRandom random{5};
    const auto flows = session::FlowLibrary::builtin().value();
    auto [hostEnd, guestEnd] = sync::LoopbackChannel::createPair();
    sync::SyncEngine host(sync::Role::Host, flows, hostClock, random);
    sync::SyncEngine guest(sync::Role::Guest, flows, guestClock, random);
    host.attach(hostEnd.get());
    guest.attach(guestEnd.get());
    const auto inStep = [&] {
        return QTest::qWaitFor([&] { return host.session().lastSeq() == guest.session().lastSeq(); }, 3000);
    };
    ASSERT_TRUE(host.startSession(QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam")).ok());
    ASSERT_TRUE(host.submit(action("ready")).ok());
    ASSERT_TRUE(inStep());
    ASSERT_TRUE(guest.submit(action("ready")).ok());
    ASSERT_TRUE(inStep());
    ASSERT_TRUE(host.submit(session::PauseRequested{session::PauseKind::Break, 300}).ok()); // five minutes
    ASSERT_TRUE(inStep());
    const auto endsAt = host.session().state().pause->endsAt;

    slept = 150'000; // the laptop slept through half of the break
    EXPECT_NEAR(static_cast<double>(host.pauseRemainingMs()), 150'000.0, 2'000.0);
    QTest::qWait(50);
    ASSERT_TRUE(guest.session().state().pause.has_value());
    EXPECT_EQ(guest.session().state().pause->phase, session::PauseState::Phase::Running) << "ended early";

    slept = 300'000; // and on, past the promised time: the end comes within a second of waking
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto& pause = guest.session().state().pause;
            return pause && pause->phase == session::PauseState::Phase::ReEntry;
        },
        static_cast<int>(3 * timing::SystemClock::kSliceMs)))
        << "the break did not end at its time on the guest's screen";
    const auto& log = host.session().log();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().at, endsAt) << "the end is stamped with the promised time";
}

} // namespace
} // namespace twofold::test
