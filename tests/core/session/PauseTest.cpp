#include "core/session/PauseClock.h"
#include "core/session/PauseRules.h"
#include "core/session/Permissions.h"
#include "core/session/Reducer.h"
#include "tests/core/session/SessionFixture.h"

#include <QSignalSpy>

namespace twofold::test {
namespace {

using session::Partner;
using session::PauseKind;
using session::PauseState;

class Pause : public SessionFixture {
protected:
    void SetUp() override {
        start();
        checkIn();
        expectOk(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("tense")}}));
    }
    std::vector<QString> tickTypes() {
        std::vector<QString> types;
        for (const auto& event : m_session.tick(m_clock.nowMs())) {
            types.push_back(session::typeName(event.payload));
        }
        return types;
    }
};

TEST_F(Pause, i_need_ten_minutes_freezes_the_conversation_with_a_return_time) {
    const auto started = m_clock.nowMs();
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 600}));
    const auto& pause = *m_session.state().pause;
    EXPECT_EQ(pause.by, Partner::B);
    EXPECT_EQ(pause.endsAt, started + 600'000);
    const auto frozen = flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("x")}});
    expectRejected(frozen, "paused");
    EXPECT_TRUE(frozen.error().message.startsWith(QStringLiteral("The conversation is paused until ")));
    expectRejected(act(Partner::A, session::PauseRequested{PauseKind::Breath, 60}), "already-paused");
}

TEST_F(Pause, the_length_is_a_setting_between_five_and_thirty_minutes) {
    expectRejected(act(Partner::A, session::PauseRequested{PauseKind::Break, 240}), "pause-length");
    expectRejected(act(Partner::A, session::PauseRequested{PauseKind::Break, 1860}), "pause-length");
    expectOk(act(Partner::A, session::PauseRequested{PauseKind::Break, 1800}));
}

TEST_F(Pause, the_partner_can_only_answer_ok_take_your_time) {
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 600}));
    expectRejected(act(Partner::B, session::PauseAcknowledged{}), "not-allowed");
    expectRejected(act(Partner::A, session::PauseExtended{}), "not-pauser");
    expectRejected(act(Partner::A, session::PauseReturned{}), "not-pauser");
    expectOk(act(Partner::A, session::PauseAcknowledged{}));
    EXPECT_TRUE(m_session.state().pause->acknowledged);
    expectRejected(act(Partner::A, session::PauseAcknowledged{}), "not-allowed");
}

TEST_F(Pause, a_warning_one_minute_before_and_the_end_come_from_the_clock) {
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 600}));
    m_clock.advanceSeconds(538);
    EXPECT_TRUE(tickTypes().empty());
    m_clock.advanceSeconds(2);
    EXPECT_EQ(tickTypes(), std::vector<QString>{QStringLiteral("pause-warning")});
    EXPECT_TRUE(tickTypes().empty()); // once only
    m_clock.advanceSeconds(60);
    EXPECT_EQ(tickTypes(), std::vector<QString>{QStringLiteral("pause-ended")});
    ASSERT_TRUE(m_session.state().pause.has_value()); // a pause never silently ends the session or the pause
    EXPECT_EQ(m_session.state().pause->phase, PauseState::Phase::ReEntry);
    EXPECT_FALSE(m_session.state().ended);
}

TEST_F(Pause, a_late_tick_logs_warning_and_end_at_their_due_times) {
    const auto started = m_clock.nowMs();
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 300}));
    m_clock.advanceSeconds(900);
    const auto events = m_session.tick(m_clock.nowMs());
    ASSERT_EQ(events.size(), 2U);
    EXPECT_EQ(events[0].at, started + 240'000);
    EXPECT_EQ(events[1].at, started + 300'000);
    EXPECT_FALSE(events[0].by.has_value());
}

TEST_F(Pause, the_one_who_paused_may_extend_twice_by_the_same_length) {
    const auto started = m_clock.nowMs();
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 600}));
    m_clock.advanceSeconds(545);
    EXPECT_EQ(tickTypes().size(), 1U);
    expectOk(act(Partner::B, session::PauseExtended{}));
    EXPECT_EQ(m_session.state().pause->endsAt, started + 1'200'000);
    EXPECT_FALSE(m_session.state().pause->warned); // a new warning comes before the new end
    m_clock.setMs(started + 1'200'000);
    EXPECT_EQ(tickTypes(), (std::vector<QString>{QStringLiteral("pause-warning"), QStringLiteral("pause-ended")}));
    expectOk(act(Partner::B, session::PauseExtended{})); // from "Ready to come back?"
    EXPECT_EQ(m_session.state().pause->phase, PauseState::Phase::Running);
    EXPECT_EQ(m_session.state().pause->endsAt, started + 1'800'000);
    EXPECT_EQ(m_session.state().pause->extensions, 2);
    expectRejected(act(Partner::B, session::PauseExtended{}), "extension-limit");
}

TEST_F(Pause, re_entry_asks_each_how_they_are_and_resumes_where_the_flow_stopped) {
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 300}));
    expectRejected(act(Partner::A, session::ReEntered{QStringLiteral("calmer")}), "not-in-re-entry");
    m_clock.advanceSeconds(300);
    m_session.tick(m_clock.nowMs());
    expectRejected(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("x")}}),
                   "re-entry-first");
    expectRejected(act(Partner::A, session::ReEntered{QStringLiteral("  ")}), "missing-field");
    expectOk(act(Partner::A, session::ReEntered{QStringLiteral("calmer")}));
    expectRejected(act(Partner::A, session::ReEntered{QStringLiteral("again")}), "already-done");
    EXPECT_TRUE(m_session.state().paused());
    expectOk(act(Partner::B, session::ReEntered{QStringLiteral("ready to listen")}));
    EXPECT_FALSE(m_session.state().paused());
    EXPECT_EQ(m_session.state().step, QStringLiteral("reflect"));
    EXPECT_EQ(m_session.state().speaker(), Partner::A);
    expectOk(
        flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("you were tense")}}));
}

TEST_F(Pause, the_one_who_paused_can_come_back_early) {
    expectOk(act(Partner::A, session::PauseRequested{PauseKind::Break, 600}));
    m_clock.advanceSeconds(120);
    expectOk(act(Partner::A, session::PauseReturned{}));
    EXPECT_EQ(m_session.state().pause->phase, PauseState::Phase::ReEntry);
    m_clock.advanceSeconds(600);
    EXPECT_TRUE(tickTypes().empty()); // the clock owes nothing once the pause is over
}

// "OK, take your time" answers a partner's break. A breath is taken by both, and a pause whose time is over
// is past answering: the screens never offered it, and now the host refuses it too (it accepted both).
TEST_F(Pause, nobody_acknowledges_a_breath_or_a_pause_whose_time_is_over) {
    expectOk(act(Partner::A, session::PauseRequested{PauseKind::Breath, 60}));
    expectRejected(act(Partner::B, session::PauseAcknowledged{}), "not-allowed");
    m_clock.advanceSeconds(60);
    m_session.tick(m_clock.nowMs());
    expectOk(act(Partner::A, session::PauseRequested{PauseKind::Break, 300}));
    m_clock.advanceSeconds(300);
    m_session.tick(m_clock.nowMs());
    ASSERT_EQ(m_session.state().pause->phase, PauseState::Phase::ReEntry);
    expectRejected(act(Partner::B, session::PauseAcknowledged{}), "not-allowed");
}

// The pause screen and side panel show a button exactly when pauseRefusal() allows it; the host decides
// by the same function. Walk every kind of pause moment and check both agree for both partners.
TEST_F(Pause, the_screens_permission_and_the_hosts_answer_agree_at_every_pause_moment) {
    using session::PauseAction;
    const auto intent = [](PauseAction action) -> session::Payload {
        switch (action) {
        case PauseAction::Request:
            return session::PauseRequested{PauseKind::Break, 600};
        case PauseAction::Acknowledge:
            return session::PauseAcknowledged{};
        case PauseAction::Extend:
            return session::PauseExtended{};
        case PauseAction::ReturnEarly:
            return session::PauseReturned{};
        case PauseAction::ReEnter:
            return session::ReEntered{QStringLiteral("calmer")};
        }
        return session::PauseAcknowledged{};
    };
    int compared = 0;
    const auto agree = [&](const char* moment) {
        for (const auto by : {Partner::A, Partner::B}) {
            for (const auto action : {PauseAction::Request, PauseAction::Acknowledge, PauseAction::Extend,
                                      PauseAction::ReturnEarly, PauseAction::ReEnter}) {
                const auto refusal = session::pauseRefusal(m_session.state(), by, action);
                const auto answer = session::check(m_session.state(), flows(), by, intent(action));
                EXPECT_EQ(refusal.has_value(), answer.has_value())
                    << moment << ": partner " << int(by) << ", action " << int(action);
                if (refusal && answer) {
                    EXPECT_EQ(refusal->code, answer->code) << moment;
                }
                ++compared;
            }
        }
    };
    agree("no pause");
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 300}));
    agree("Sam's break");
    expectOk(act(Partner::A, session::PauseAcknowledged{}));
    agree("Sam's break, acknowledged");
    expectOk(act(Partner::B, session::PauseExtended{}));
    expectOk(act(Partner::B, session::PauseExtended{}));
    agree("Sam's break, extended twice");
    expectOk(act(Partner::B, session::PauseReturned{}));
    agree("re-entry");
    expectOk(act(Partner::A, session::ReEntered{QStringLiteral("calmer")}));
    agree("re-entry, Alex has said");
    expectOk(act(Partner::B, session::ReEntered{QStringLiteral("ok")}));
    expectOk(act(Partner::A, session::PauseRequested{PauseKind::Breath, 60}));
    agree("a breath");
    EXPECT_EQ(compared, 7 * 10);
}

TEST_F(Pause, a_breathing_pause_resumes_by_itself) {
    expectRejected(act(Partner::A, session::PauseRequested{PauseKind::Breath, 10}), "pause-length");
    expectOk(act(Partner::A, session::PauseRequested{PauseKind::Breath, 60}));
    // Not "extended twice already" on the very first try: a breath is simply never extended.
    expectRejected(act(Partner::A, session::PauseExtended{}), "not-extendable");
    m_clock.advanceSeconds(59);
    EXPECT_TRUE(tickTypes().empty());
    m_clock.advanceSeconds(1);
    EXPECT_EQ(tickTypes(), std::vector<QString>{QStringLiteral("pause-ended")});
    EXPECT_FALSE(m_session.state().paused());
    expectOk(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("tense")}}));
}

TEST_F(Pause, signals_and_ending_still_work_during_a_pause) {
    expectOk(act(Partner::A, session::PauseRequested{PauseKind::Break, 600}));
    expectOk(act(Partner::B, session::SignalSent{QStringLiteral("still-here")}));
    expectOk(act(Partner::B, session::SessionEnded{}));
    m_clock.advanceSeconds(600);
    EXPECT_TRUE(tickTypes().empty());
}

TEST_F(Pause, a_guest_refuses_clock_events_that_do_not_fit_the_pause) {
    auto guest = session::Session::fromLog(flows(), m_session.log());
    ASSERT_TRUE(guest.ok());
    const session::Event early{m_session.lastSeq() + 1, std::nullopt, m_clock.nowMs(), session::PauseEnded{}};
    EXPECT_EQ(guest->append(early).error().code, QStringLiteral("not-paused"));
}

TEST_F(Pause, the_remaining_time_is_measured_on_the_hosts_time_line) {
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 300}));
    const auto& state = m_session.state();
    EXPECT_EQ(session::remainingMs(state, m_clock.nowMs()), 300'000);
    m_clock.stepWallMs(3'600'000); // the wall clock jumps an hour ahead: nothing changes
    EXPECT_EQ(session::remainingMs(state, m_clock.nowMs()), 300'000);
    m_clock.advanceSeconds(100);
    EXPECT_EQ(session::remainingMs(state, m_clock.nowMs()), 200'000);
    // a partner whose clock runs 4 minutes ahead sees the same countdown once it knows the offset
    const qint64 offset = 240'000;
    const qint64 partnerNow = m_clock.nowMs() + offset;
    EXPECT_EQ(session::remainingMs(state, partnerNow - offset), 200'000);
    EXPECT_EQ(session::remainingMs(state, state.pause->endsAt + 5), 0);
}

TEST_F(Pause, the_pause_clock_wakes_exactly_at_the_warning_and_the_end_and_not_for_a_wall_clock_step) {
    session::PauseClock clock(m_clock);
    QSignalSpy due(&clock, &session::PauseClock::due);
    clock.follow(m_session.state());
    EXPECT_FALSE(clock.isRunning()); // no pause, nothing to wake for
    expectOk(act(Partner::B, session::PauseRequested{PauseKind::Break, 300}));
    clock.follow(m_session.state());
    m_clock.stepWallMs(3'600'000); // a +1 h step used to end a 5-minute break at once
    m_clock.advanceMs(239'999);
    EXPECT_EQ(due.count(), 0);
    m_clock.advanceMs(1);
    ASSERT_EQ(due.count(), 1);
    EXPECT_EQ(tickTypes(), std::vector<QString>{QStringLiteral("pause-warning")});
    clock.follow(m_session.state());
    m_clock.stepWallMs(-7'200'000); // a -2 h step used to make the break never end
    m_clock.advanceMs(59'999);
    EXPECT_EQ(due.count(), 1);
    m_clock.advanceMs(1);
    ASSERT_EQ(due.count(), 2);
    EXPECT_EQ(tickTypes(), std::vector<QString>{QStringLiteral("pause-ended")});
    clock.follow(m_session.state());
    EXPECT_FALSE(clock.isRunning()); // re-entry: the clock owes nothing more
}

} // namespace
} // namespace twofold::test
