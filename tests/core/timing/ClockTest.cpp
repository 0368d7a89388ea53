#include "core/timing/SystemClock.h"
#include "tests/fakes/FakeClock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
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
