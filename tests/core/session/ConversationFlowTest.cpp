#include "core/session/Summary.h"
#include "tests/core/session/SessionFixture.h"

namespace twofold::test {
namespace {

using session::Partner;

class ConversationFlow : public SessionFixture {};

TEST_F(ConversationFlow, nothing_happens_before_the_session_starts) {
    expectRejected(flow(Partner::A, QStringLiteral("ready")), "not-started");
    expectRejected(act(Partner::A, session::SignalSent{QStringLiteral("care")}), "not-started");
}

TEST_F(ConversationFlow, starting_needs_a_known_flow_and_two_names) {
    expectRejected(
        act(Partner::A, session::SessionStarted{QStringLiteral("nope"), QStringLiteral("Alex"), QStringLiteral("Sam")}),
        "unknown-flow");
    expectRejected(act(Partner::A, session::SessionStarted{QStringLiteral("conversation"), QStringLiteral(" "),
                                                           QStringLiteral("Sam")}),
                   "bad-names");
    start();
    EXPECT_EQ(m_session.state().step, QStringLiteral("checkin"));
    EXPECT_EQ(m_session.state().name(Partner::B), QStringLiteral("Sam"));
    expectRejected(act(Partner::B, session::SessionStarted{QStringLiteral("conversation"), QStringLiteral("A"),
                                                           QStringLiteral("B")}),
                   "already-started");
}

TEST_F(ConversationFlow, check_in_waits_for_both_partners_to_be_ready) {
    start();
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("checkin"));
    expectRejected(flow(Partner::A, QStringLiteral("ready")), "already-done");
    expectOk(flow(Partner::A, QStringLiteral("not-yet")));
    EXPECT_TRUE(m_session.state().completed.empty());
    expectOk(flow(Partner::B, QStringLiteral("ready")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("checkin"));
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("statement"));
}

// Issue 17 §4: "regulate first, then speak". A partner who takes a moment at the check-in holds it: the
// other's "I'm ready" waits, and the moment ends only by that partner's own choice.
TEST_F(ConversationFlow, a_moment_at_the_check_in_holds_it_until_that_partner_chooses) {
    start();
    expectOk(act(Partner::B, session::MomentTaken{true}));
    EXPECT_TRUE(m_session.state().takingMoment(Partner::B));
    EXPECT_FALSE(m_session.state().takingMoment(Partner::A));
    expectRejected(act(Partner::B, session::MomentTaken{true}), "not-allowed");
    expectRejected(act(Partner::A, session::MomentTaken{false}), "not-allowed"); // nobody ends it for them
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("checkin"));
    EXPECT_TRUE(m_session.state().takingMoment(Partner::B));
    expectOk(act(Partner::B, session::MomentTaken{false}));
    EXPECT_FALSE(m_session.state().takingMoment(Partner::B));
    expectOk(flow(Partner::B, QStringLiteral("ready")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("statement"));
    // Only at the check-in: later, a pause is the way to take time.
    expectRejected(act(Partner::B, session::MomentTaken{true}), "not-allowed");
}

TEST_F(ConversationFlow, acting_at_the_check_in_ends_ones_own_moment_and_a_ready_partner_takes_none) {
    start();
    expectOk(act(Partner::B, session::MomentTaken{true}));
    expectOk(flow(Partner::B, QStringLiteral("ready")));
    EXPECT_FALSE(m_session.state().takingMoment(Partner::B));
    expectRejected(act(Partner::B, session::MomentTaken{true}), "not-allowed");
}

TEST_F(ConversationFlow, the_partner_who_raised_the_topic_can_speak_first) {
    start();
    expectOk(
        flow(Partner::B, QStringLiteral("set-topic"),
             {{QStringLiteral("topic"), QStringLiteral("Chores")}, {QStringLiteral("first"), QStringLiteral("me")}}));
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    expectOk(flow(Partner::B, QStringLiteral("ready")));
    EXPECT_EQ(m_session.state().speaker(), Partner::B);
    ASSERT_EQ(m_session.state().entries.size(), 1U);
    EXPECT_EQ(m_session.state().entries[0].fields.at(QStringLiteral("topic")), QStringLiteral("Chores"));
}

TEST_F(ConversationFlow, without_a_choice_a_coin_flip_decides_who_speaks_first) {
    m_random = FakeRandom({1});
    start();
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    const auto last = flow(Partner::B, QStringLiteral("ready"));
    expectOk(last);
    const auto& fields = std::get<session::FlowAction>(last->payload).fields;
    EXPECT_EQ(fields.at(QStringLiteral("coin")), QStringLiteral("B")); // resolved by the host, logged for the guest
    EXPECT_EQ(m_session.state().speaker(), Partner::B);
}

TEST_F(ConversationFlow, a_press_with_no_topic_and_no_real_choice_changes_nothing_and_says_so) {
    start();
    expectRejected(flow(Partner::B, QStringLiteral("set-topic"), {{QStringLiteral("first"), QStringLiteral("coin")}}),
                   "nothing-to-set");
    expectRejected(flow(Partner::B, QStringLiteral("set-topic"), {{QStringLiteral("topic"), QStringLiteral("  ")}}),
                   "nothing-to-set");
    expectRejected(
        flow(Partner::B, QStringLiteral("set-topic"), {{QStringLiteral("first"), QStringLiteral("whoever")}}),
        "invalid-value");
    // "Let a coin decide" with a topic: the topic is set, and no wish is recorded.
    const auto topic =
        flow(Partner::B, QStringLiteral("set-topic"),
             {{QStringLiteral("topic"), QStringLiteral("Sundays")}, {QStringLiteral("first"), QStringLiteral("coin")}});
    expectOk(topic);
    EXPECT_EQ(std::get<session::FlowAction>(topic->payload).fields.count(QStringLiteral("first")), 0U);
    EXPECT_FALSE(m_session.state().startWishes[1].has_value());
}

TEST_F(ConversationFlow, a_later_press_never_silently_overrides_who_asked_to_start) {
    m_random = FakeRandom({1});
    start();
    expectOk(
        flow(Partner::A, QStringLiteral("set-topic"),
             {{QStringLiteral("topic"), QStringLiteral("Weekends")}, {QStringLiteral("first"), QStringLiteral("me")}}));
    // Sam presses "Set the topic" with an empty field and the choice left on the coin: refused, nothing changes.
    expectRejected(flow(Partner::B, QStringLiteral("set-topic"), {{QStringLiteral("first"), QStringLiteral("coin")}}),
                   "nothing-to-set");
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    expectOk(flow(Partner::B, QStringLiteral("ready")));
    EXPECT_EQ(m_session.state().speaker(), Partner::A) << "Alex asked to start, and nobody else did";
    ASSERT_TRUE(m_session.state().floorDecision.has_value());
    EXPECT_FALSE(m_session.state().floorDecision->coin);
    EXPECT_EQ(m_session.state().floorDecision->wishes[0], Partner::A);
}

TEST_F(ConversationFlow, when_both_ask_to_start_a_coin_decides_openly) {
    m_random = FakeRandom({1}); // the ready's coin falls on B
    start();
    expectOk(flow(Partner::A, QStringLiteral("set-topic"), {{QStringLiteral("first"), QStringLiteral("me")}}));
    expectOk(flow(Partner::B, QStringLiteral("set-topic"), {{QStringLiteral("first"), QStringLiteral("me")}}));
    EXPECT_EQ(m_session.state().startWishes[0], Partner::A);
    EXPECT_EQ(m_session.state().startWishes[1], Partner::B);
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    expectOk(flow(Partner::B, QStringLiteral("ready")));
    const auto& decision = m_session.state().floorDecision;
    ASSERT_TRUE(decision.has_value());
    EXPECT_TRUE(decision->coin);
    EXPECT_EQ(decision->result, Partner::B);
    EXPECT_EQ(decision->wishes[0], Partner::A);
    EXPECT_EQ(decision->wishes[1], Partner::B);
    EXPECT_EQ(m_session.state().speaker(), Partner::B);
}

TEST_F(ConversationFlow, agreeing_wishes_need_no_coin) {
    start();
    expectOk(flow(Partner::A, QStringLiteral("set-topic"), {{QStringLiteral("first"), QStringLiteral("partner")}}));
    expectOk(flow(Partner::B, QStringLiteral("set-topic"), {{QStringLiteral("first"), QStringLiteral("me")}}));
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    expectOk(flow(Partner::B, QStringLiteral("ready")));
    EXPECT_EQ(m_session.state().speaker(), Partner::B);
    EXPECT_FALSE(m_session.state().floorDecision->coin);
}

TEST_F(ConversationFlow, only_the_speaker_writes_the_i_statement) {
    start();
    checkIn();
    const auto rejected = flow(Partner::B, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("sad")}});
    expectRejected(rejected, "not-your-turn");
    EXPECT_EQ(rejected.error().message, QStringLiteral("It's Alex's turn to speak."));
    expectRejected(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("need"), QStringLiteral("rest")}}),
                   "missing-field");
    expectRejected(
        flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QString(301, QLatin1Char('x'))}}),
        "too-long");
    expectRejected(
        flow(Partner::A, QStringLiteral("share"),
             {{QStringLiteral("feel"), QStringLiteral("sad")}, {QStringLiteral("blame"), QStringLiteral("x")}}),
        "unknown-field");
    expectRejected(flow(Partner::A, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("x")}}),
                   "unknown-action");
    EXPECT_EQ(m_session.state().step, QStringLiteral("statement"));
    expectOk(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("lonely")}}));
    EXPECT_EQ(m_session.state().step, QStringLiteral("reflect"));
}

TEST_F(ConversationFlow, only_the_listener_reflects_back) {
    start();
    checkIn();
    expectOk(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("lonely")}}));
    const auto rejected = flow(Partner::A, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("x")}});
    expectRejected(rejected, "not-your-turn");
    EXPECT_EQ(rejected.error().message, QStringLiteral("It's Sam's turn."));
    expectRejected(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("   ")}}),
                   "missing-field");
    expectOk(
        flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("you feel lonely")}}));
    EXPECT_EQ(m_session.state().step, QStringLiteral("confirm"));
}

TEST_F(ConversationFlow, not_quite_asks_for_a_clarification_and_a_new_reflection) {
    start();
    checkIn();
    expectOk(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("lonely")}}));
    expectOk(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("you're angry")}}));
    expectRejected(flow(Partner::B, QStringLiteral("confirm")), "not-your-turn");
    expectRejected(flow(Partner::A, QStringLiteral("clarify")), "missing-field");
    expectOk(flow(Partner::A, QStringLiteral("clarify"),
                  {{QStringLiteral("clarification"), QStringLiteral("more sad than angry")}}));
    EXPECT_EQ(m_session.state().step, QStringLiteral("reflect"));
    expectOk(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("you're sad")}}));
    expectOk(flow(Partner::A, QStringLiteral("confirm")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("more"));
}

TEST_F(ConversationFlow, is_there_more_loops_back_to_the_statement) {
    start();
    checkIn();
    expectOk(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("lonely")}}));
    expectOk(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("lonely")}}));
    expectOk(flow(Partner::A, QStringLiteral("confirm")));
    expectRejected(flow(Partner::A, QStringLiteral("ask-more")), "not-your-turn");
    expectOk(flow(Partner::B, QStringLiteral("ask-more")));
    expectRejected(flow(Partner::B, QStringLiteral("add-more")), "not-your-turn");
    expectOk(flow(Partner::A, QStringLiteral("add-more")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("statement"));
    EXPECT_EQ(m_session.state().speaker(), Partner::A);
}

TEST_F(ConversationFlow, validation_is_offered_to_the_listener_and_then_the_floor_passes) {
    start();
    checkIn();
    expectOk(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("lonely")}}));
    expectOk(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("lonely")}}));
    expectOk(flow(Partner::A, QStringLiteral("confirm")));
    expectOk(flow(Partner::B, QStringLiteral("ask-more")));
    expectOk(flow(Partner::A, QStringLiteral("no-more")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("validate"));
    expectRejected(flow(Partner::A, QStringLiteral("pass")), "not-your-turn");
    expectOk(flow(Partner::B, QStringLiteral("pass")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("statement"));
    EXPECT_EQ(m_session.state().speaker(), Partner::B);
    EXPECT_EQ(m_session.state().round, 2);
}

TEST_F(ConversationFlow, a_whole_conversation_reaches_the_summary_after_both_were_heard) {
    start();
    checkIn();
    speakerTurn(Partner::A, QStringLiteral("overwhelmed"));
    EXPECT_EQ(m_session.state().step, QStringLiteral("statement"));
    speakerTurn(Partner::B, QStringLiteral("unsure"));
    EXPECT_EQ(m_session.state().step, QStringLiteral("close"));
    expectRejected(flow(Partner::A, QStringLiteral("appreciate")), "missing-field");
    expectOk(flow(Partner::A, QStringLiteral("appreciate"),
                  {{QStringLiteral("appreciation"), QStringLiteral("you stayed")}}));
    expectRejected(
        flow(Partner::A, QStringLiteral("appreciate"), {{QStringLiteral("appreciation"), QStringLiteral("again")}}),
        "already-done");
    expectOk(flow(Partner::B, QStringLiteral("appreciate"),
                  {{QStringLiteral("appreciation"), QStringLiteral("you listened")}}));
    EXPECT_EQ(m_session.state().step, QStringLiteral("summary"));

    const auto summary = session::summarize(m_session.state(), *m_session.flow(), QStringLiteral("en"));
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("feeling")), QStringList{QStringLiteral("overwhelmed")});
    EXPECT_EQ(summary.named(Partner::B, QStringLiteral("feeling")), QStringList{QStringLiteral("unsure")});
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("need")), QStringList{QStringLiteral("some quiet time")});
    EXPECT_EQ(summary.named(Partner::B, QStringLiteral("appreciation")), QStringList{QStringLiteral("you listened")});
}

TEST_F(ConversationFlow, a_copy_holds_only_what_both_agreed_to_keep) {
    start();
    checkIn();
    speakerTurn(Partner::A, QStringLiteral("overwhelmed"));
    speakerTurn(Partner::B, QStringLiteral("unsure"));
    expectOk(flow(Partner::A, QStringLiteral("appreciate"),
                  {{QStringLiteral("appreciation"), QStringLiteral("you stayed")}}));
    expectOk(flow(Partner::B, QStringLiteral("appreciate"),
                  {{QStringLiteral("appreciation"), QStringLiteral("you # listened")}}));
    const auto& state = m_session.state();
    using session::ExportContent;
    const auto copy = [&](ExportContent content) {
        return session::exportMarkdown(m_session.state(), *m_session.flow(), QStringLiteral("en"), content);
    };
    EXPECT_FALSE(session::exportMarkdown(state, *m_session.flow(), QStringLiteral("en")).ok());
    expectOk(flow(Partner::A, QStringLiteral("agree-export")));
    EXPECT_EQ(copy(ExportContent::Summary).error().code, QStringLiteral("export-not-agreed"));
    expectOk(flow(Partner::B, QStringLiteral("agree-export")));
    const auto summary = copy(ExportContent::Summary);
    ASSERT_TRUE(summary.ok());
    EXPECT_TRUE(summary->contains(QStringLiteral("# A hard conversation")));
    EXPECT_TRUE(summary->contains(QStringLiteral("- overwhelmed")));
    EXPECT_TRUE(summary->contains(QStringLiteral("you \\# listened"))) << summary->toStdString();
    EXPECT_FALSE(summary->contains(QStringLiteral("> I feel"))) << "the summary is not the transcript";
    EXPECT_FALSE(summary->contains(QStringLiteral("What was said")));
    // The whole transcript is a separate agreement, by both.
    EXPECT_EQ(copy(ExportContent::Transcript).error().code, QStringLiteral("export-not-agreed"));
    expectOk(flow(Partner::A, QStringLiteral("agree-transcript")));
    EXPECT_FALSE(copy(ExportContent::Transcript).ok());
    expectOk(flow(Partner::B, QStringLiteral("agree-transcript")));
    const auto transcript = copy(ExportContent::Transcript);
    ASSERT_TRUE(transcript.ok());
    EXPECT_TRUE(transcript->contains(QStringLiteral("> I feel … overwhelmed")));
    EXPECT_TRUE(transcript->contains(QStringLiteral("> Yes, that's it"))) << "answers are part of what was said";
    expectOk(flow(Partner::B, QStringLiteral("withdraw-export")));
    EXPECT_FALSE(copy(ExportContent::Summary).ok());
    expectRejected(flow(Partner::B, QStringLiteral("withdraw-export")), "not-allowed");
}

TEST_F(ConversationFlow, requests_are_part_of_the_summary) {
    start();
    checkIn();
    expectOk(flow(Partner::A, QStringLiteral("share"),
                  {{QStringLiteral("feel"), QStringLiteral("lonely")},
                   {QStringLiteral("request"), QStringLiteral("put our phones away at dinner")}}));
    const auto summary = session::summarize(m_session.state(), *m_session.flow(), QStringLiteral("en"));
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("request")),
              QStringList{QStringLiteral("put our phones away at dinner")});
}

TEST_F(ConversationFlow, the_validation_and_empathy_each_offered_are_part_of_the_summary_and_its_copy) {
    start();
    checkIn();
    expectOk(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("lonely")}}));
    expectOk(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("lonely")}}));
    expectOk(flow(Partner::A, QStringLiteral("confirm")));
    expectOk(flow(Partner::B, QStringLiteral("ask-more")));
    expectOk(flow(Partner::A, QStringLiteral("no-more")));
    expectOk(flow(Partner::B, QStringLiteral("validate"),
                  {{QStringLiteral("because"), QStringLiteral("evenings are ours")},
                   {QStringLiteral("empathy"), QStringLiteral("a bit unseen")}}));
    speakerTurn(Partner::B, QStringLiteral("unsure"));
    expectOk(flow(Partner::A, QStringLiteral("appreciate"), {{QStringLiteral("appreciation"), QStringLiteral("x")}}));
    expectOk(flow(Partner::B, QStringLiteral("appreciate"), {{QStringLiteral("appreciation"), QStringLiteral("y")}}));

    // Filed under whoever offered them, as everything in the summary is.
    const auto summary = session::summarize(m_session.state(), *m_session.flow(), QStringLiteral("en"));
    EXPECT_EQ(summary.named(Partner::B, QStringLiteral("validation")),
              QStringList{QStringLiteral("evenings are ours")});
    EXPECT_EQ(summary.named(Partner::B, QStringLiteral("empathy")), QStringList{QStringLiteral("a bit unseen")});
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("validation")),
              QStringList{QStringLiteral("it was a long week")});
    EXPECT_EQ(session::summaryTagTitle(QStringLiteral("validation")), QStringLiteral("What made sense"));

    expectOk(flow(Partner::A, QStringLiteral("agree-export")));
    expectOk(flow(Partner::B, QStringLiteral("agree-export")));
    const auto copy = session::exportMarkdown(m_session.state(), *m_session.flow(), QStringLiteral("en"));
    ASSERT_TRUE(copy.ok());
    EXPECT_TRUE(copy->contains(QStringLiteral("What made sense:\n- evenings are ours"))) << copy->toStdString();
    EXPECT_TRUE(copy->contains(QStringLiteral("Empathy offered:\n- a bit unseen"))) << copy->toStdString();
}

TEST_F(ConversationFlow, ending_the_session_is_possible_in_any_step_and_final) {
    start();
    checkIn();
    expectOk(act(Partner::B, session::SessionEnded{}));
    EXPECT_TRUE(m_session.state().ended);
    EXPECT_EQ(m_session.state().endedBy, Partner::B);
    expectRejected(flow(Partner::A, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("sad")}}),
                   "session-ended");
}

TEST_F(ConversationFlow, a_rejected_action_leaves_state_and_log_unchanged) {
    start();
    checkIn();
    const auto before = m_session.log().size();
    const auto step = m_session.state().step;
    expectRejected(flow(Partner::B, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("sad")}}),
                   "not-your-turn");
    EXPECT_EQ(m_session.log().size(), before);
    EXPECT_EQ(m_session.state().step, step);
    EXPECT_EQ(m_session.state().lastSeq, before);
}

} // namespace
} // namespace twofold::test
