#include "core/timing/SystemClock.h"
#include "tests/fakes/FakeClock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using namespace std::chrono_literals;

// Qt's default (coarse) timers may fire up to 5 % early; a deadline must never be met early.
TEST(SystemClock, timers_never_fire_before_their_delay) {
    timing::SystemClock clock;
    std::vector<std::unique_ptr<timing::ClockTimer>> timers;
    std::vector<qint64> firedAfter(8, -1);
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 8; ++i) {
        timers.push_back(clock.createTimer());
        QObject::connect(timers.back().get(), &timing::ClockTimer::timeout, timers.back().get(),
                         [&, i] { firedAfter[static_cast<std::size_t>(i)] = elapsed.elapsed(); });
        timers.back()->start(std::chrono::milliseconds(40 + 20 * i));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return firedAfter.back() >= 0; }, 5000));
    for (int i = 0; i < 8; ++i) {
        EXPECT_GE(firedAfter[static_cast<std::size_t>(i)], 40 + 20 * i) << "timer " << i << " fired early";
    }
}

TEST(SystemClock, the_time_line_starts_at_the_wall_clock_and_moves_forward) {
    timing::SystemClock clock;
    const auto first = clock.nowMs();
    EXPECT_LE(std::abs(first - clock.wallMs()), 1000);
    QTest::qWait(20);
    EXPECT_GE(clock.nowMs() - first, 20);
}

// A suspend, simulated at the clock level: the boot-time reading jumps while no Qt timer ran (CLOCK_MONOTONIC,
// which QTimer waits on, stops in a real suspend). A one-minute deadline that passed during a 90 s sleep fires
// within one slice of the wake-up, not a minute after it.
TEST(SystemClock, a_deadline_that_passed_during_a_suspend_fires_soon_after_waking) {
    std::atomic<qint64> slept{0};
    timing::SystemClock clock([&] { return timing::SystemClock::bootTimeMs() + slept.load(); });
    const auto before = clock.nowMs();
    auto timer = clock.createTimer();
    QSignalSpy fired(timer.get(), &timing::ClockTimer::timeout);
    timer->start(60'000ms);
    QTest::qWait(50);
    EXPECT_EQ(fired.count(), 0);
    slept = 90'000; // the computer slept for 90 s
    EXPECT_GE(clock.nowMs() - before, 90'000) << "the time line counts the time asleep";
    ASSERT_TRUE(fired.wait(static_cast<int>(3 * timing::SystemClock::kSliceMs)));
    EXPECT_EQ(fired.count(), 1);
}

// A suspend shorter than the delay moves the deadline nowhere: the timer fires when the time line (asleep
// included) reaches it, and never before.
TEST(SystemClock, a_suspend_shorter_than_the_delay_counts_towards_it) {
    std::atomic<qint64> slept{0};
    timing::SystemClock clock([&] { return timing::SystemClock::bootTimeMs() + slept.load(); });
    auto timer = clock.createTimer();
    QSignalSpy fired(timer.get(), &timing::ClockTimer::timeout);
    const auto startedAt = clock.nowMs();
    timer->start(30'000ms);
    slept = 29'000;
    ASSERT_TRUE(fired.wait(5000));
    EXPECT_GE(clock.nowMs() - startedAt, 30'000);
}

TEST(FakeClock, fires_timers_in_due_order_at_their_due_time) {
    FakeClock clock(1000);
    auto late = clock.createTimer();
    auto early = clock.createTimer();
    std::vector<std::pair<char, qint64>> fired;
    QObject::connect(late.get(), &timing::ClockTimer::timeout, late.get(),
                     [&] { fired.emplace_back('l', clock.nowMs()); });
    QObject::connect(early.get(), &timing::ClockTimer::timeout, early.get(),
                     [&] { fired.emplace_back('e', clock.nowMs()); });
    late->start(6000ms);
    early->start(5000ms);
    clock.advanceMs(4999);
    EXPECT_TRUE(fired.empty());
    clock.advanceMs(1);
    ASSERT_EQ(fired.size(), 1U);
    EXPECT_EQ(fired[0], std::make_pair('e', qint64(6000)));
    clock.advanceMs(5000);
    ASSERT_EQ(fired.size(), 2U);
    EXPECT_EQ(fired[1], std::make_pair('l', qint64(7000)));
    EXPECT_EQ(clock.nowMs(), 11000);
    EXPECT_FALSE(late->isActive());
}

TEST(FakeClock, a_wall_clock_step_moves_no_timer_and_no_duration) {
    FakeClock clock(1000);
    auto timer = clock.createTimer();
    QSignalSpy fired(timer.get(), &timing::ClockTimer::timeout);
    timer->start(300'000ms);
    clock.stepWallMs(3'600'000);
    EXPECT_EQ(clock.wallMs(), 3'601'000);
    EXPECT_EQ(clock.nowMs(), 1000);
    EXPECT_EQ(fired.count(), 0);
    clock.advanceMs(300'000);
    EXPECT_EQ(fired.count(), 1);
}

} // namespace
} // namespace twofold::test
