// What the couple lives through, on the models both screens show (issue "fair turns, real consent, calm
// screens"): who asked to start, readiness, signals during a time-out, answers that reach the partner,
// what a copy holds, joining another conversation, sentences that read as sentences, and pause texts
// that are never stale.
#include "app/controllers/session/SessionController.h"
#include "tests/app/TwoPartners.h"
#include "tests/fakes/AsRead.h"

#include <QRegularExpression>
#include <gtest/gtest.h>
#include <optional>

namespace twofold::test {
namespace {

using app::Screen;
using app::SessionController;
using session::ExportContent;

class CoupleExperience : public ::testing::Test {
protected:
    bool act(SessionController& who, const char* action, std::map<QString, QString> fields = {}) {
        for (const auto& [name, text] : fields) {
            who.step().setDraft(QString::fromLatin1(action), name, text);
        }
        who.step().submit(QString::fromLatin1(action));
        return p.settle() && who.step().notice().isEmpty();
    }
    void start(const char* flow = "conversation") {
        p.alex->checkIn().start(QString::fromLatin1(flow));
        ASSERT_TRUE(p.settle());
    }
    void bothReady() {
        ASSERT_TRUE(act(*p.alex, "ready"));
        ASSERT_TRUE(act(*p.sam, "ready"));
    }
    // A copy: every call reads the actions afresh, so nothing held from an earlier call goes stale.
    std::optional<app::ActionView> actionOf(SessionController& who, const char* id) {
        for (const auto& action : who.step().actions()) {
            if (action.id == QLatin1String(id)) {
                return action;
            }
        }
        return std::nullopt;
    }
    // Alex speaks first and shares; Sam reflects; both reach "Did they get it?".
    void toConfirm() {
        start();
        ASSERT_TRUE(act(*p.alex, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
        bothReady();
        ASSERT_TRUE(act(*p.alex, "share",
                        {{QStringLiteral("feel"), QStringLiteral("I feel lonely")},
                         {QStringLiteral("request"), QStringLiteral("put our phones away at dinner?")}}));
        ASSERT_TRUE(act(*p.sam, "reflect", {{QStringLiteral("heard"), QStringLiteral("you feel alone")}}));
    }

    TwoPartners p;
};

TEST_F(CoupleExperience, a_refusal_names_the_field_as_the_screen_shows_it_never_its_id) {
    start();
    ASSERT_TRUE(act(*p.alex, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    bothReady();
    ASSERT_TRUE(act(*p.alex, "share", {{QStringLiteral("feel"), QStringLiteral("I feel lonely")}}));
    // Sam presses "Did I get that?" with nothing written: the note names the field Sam sees.
    EXPECT_FALSE(act(*p.sam, "reflect", {{QStringLiteral("heard"), QStringLiteral("  ")}}));
    const QString notice = p.sam->step().notice();
    EXPECT_EQ(notice, QStringLiteral("Please fill in “What I hear you saying is” first.")) << notice.toStdString();
    EXPECT_FALSE(notice.contains(QStringLiteral("“heard”")));
}

TEST_F(CoupleExperience, both_screens_say_who_asked_to_start_and_a_coin_is_thrown_openly) {
    start();
    EXPECT_TRUE(p.sam->step().floorNote().isEmpty());
    ASSERT_TRUE(
        act(*p.alex, "set-topic",
            {{QStringLiteral("topic"), QStringLiteral("Weekends")}, {QStringLiteral("first"), QStringLiteral("me")}}));
    EXPECT_EQ(p.alex->step().floorNote(), QStringLiteral("You asked to start."));
    EXPECT_EQ(asRead(p.sam->step().floorNote()), QStringLiteral("Alex asked to start."));
    // Sam presses "Set the topic" with nothing in it: nothing changes, and Sam is told so softly.
    EXPECT_FALSE(act(*p.sam, "set-topic", {{QStringLiteral("first"), QStringLiteral("coin")}}));
    EXPECT_TRUE(p.sam->step().notice().contains(QStringLiteral("Nothing changed")))
        << p.sam->step().notice().toStdString();
    EXPECT_EQ(p.alex->step().floorNote(), QStringLiteral("You asked to start."));
    // Sam asks to start too: both see it, and a coin will decide, openly.
    ASSERT_TRUE(act(*p.sam, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    EXPECT_EQ(p.alex->step().floorNote(), QStringLiteral("You both asked to start."));
    EXPECT_EQ(p.sam->step().floorNote(), QStringLiteral("You both asked to start."));
    bothReady();
    const auto speaker = p.alex->step().iSpeak() ? QStringLiteral("You begin.") : QStringLiteral("Sam begins.");
    EXPECT_EQ(p.alex->step().floorNote(), QStringLiteral("You both asked to start. A coin decided: ") + speaker);
    EXPECT_TRUE(p.sam->step().floorNote().startsWith(QStringLiteral("You both asked to start. A coin decided:")));
}

TEST_F(CoupleExperience, readiness_is_shared_as_promised) {
    start();
    EXPECT_EQ(asRead(p.sam->step().partnerProgress()), QStringLiteral("Alex isn't ready yet."));
    ASSERT_TRUE(act(*p.alex, "ready"));
    EXPECT_EQ(asRead(p.sam->step().partnerProgress()), QStringLiteral("Alex is ready — take your time."));
    EXPECT_EQ(asRead(p.alex->step().partnerProgress()), QStringLiteral("Sam isn't ready yet."));
}

TEST_F(CoupleExperience, the_partner_who_paused_gets_only_reassurance_and_the_rest_at_re_entry) {
    start();
    ASSERT_TRUE(act(*p.alex, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    bothReady();
    p.alex->pause().requestBreak();
    ASSERT_TRUE(p.settle());
    // Sam sees which signals reach Alex now, and why.
    EXPECT_FALSE(p.sam->repairSignals().available(QStringLiteral("feeling-blamed")));
    EXPECT_TRUE(p.sam->repairSignals().available(QStringLiteral("still-here")));
    EXPECT_TRUE(p.sam->repairSignals().availabilityNote().contains(QStringLiteral("Alex")));
    p.sam->repairSignals().send(QStringLiteral("feeling-blamed"));
    EXPECT_FALSE(p.sam->step().notice().isEmpty()) << "told why it waits";
    p.sam->repairSignals().send(QStringLiteral("still-here"));
    ASSERT_TRUE(p.settle());
    ASSERT_EQ(p.alex->repairSignals().received().size(), 1U);
    EXPECT_EQ(p.alex->repairSignals().received().back().id, QStringLiteral("still-here"));
    // A modified Twofold that goes around Sam's screen meets the same rule at the host: it is refused.
    p.clock.advanceMs(app::SignalsModel::kBurstMs);
    const auto direct = p.guestEngine->submit(session::SignalSent{QStringLiteral("slow-down")});
    ASSERT_FALSE(direct.ok());
    EXPECT_EQ(direct.error().code, QStringLiteral("signal-waits"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.alex->repairSignals().received().size(), 1U);
    // Back from the pause, everything reaches Alex again.
    p.alex->pause().returnEarly();
    ASSERT_TRUE(p.settle());
    p.sam->repairSignals().send(QStringLiteral("slow-down"));
    ASSERT_TRUE(p.settle());
    ASSERT_EQ(p.alex->repairSignals().received().size(), 2U);
    EXPECT_EQ(p.alex->repairSignals().received().back().id, QStringLiteral("slow-down"));
}

TEST_F(CoupleExperience, sending_is_gently_rate_limited) {
    start();
    p.alex->repairSignals().send(QStringLiteral("care"));
    ASSERT_TRUE(p.settle());
    p.alex->repairSignals().send(QStringLiteral("care"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->repairSignals().received().size(), 1U);
    EXPECT_TRUE(p.alex->step().notice().startsWith(QStringLiteral("That one wasn't sent")))
        << "the sender is told plainly that it was not sent: " << p.alex->step().notice().toStdString();
    p.clock.advanceMs(app::SignalsModel::kBurstMs);
    p.alex->repairSignals().send(QStringLiteral("care"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->repairSignals().received().size(), 2U);
}

TEST_F(CoupleExperience, answers_reach_the_partner_and_yes_and_not_quite_weigh_the_same) {
    toConfirm();
    const auto yes = actionOf(*p.alex, "confirm");
    const auto notQuite = actionOf(*p.alex, "clarify");
    ASSERT_TRUE(yes && notQuite);
    EXPECT_FALSE(yes->primary);
    EXPECT_FALSE(notQuite->primary);
    ASSERT_TRUE(act(*p.alex, "confirm"));
    const auto entries = p.sam->step().turnEntries();
    ASSERT_FALSE(entries.empty());
    EXPECT_TRUE(entries.back().answer);
    EXPECT_EQ(asRead(entries.back().who), QStringLiteral("Alex"));
    EXPECT_EQ(entries.back().lines, QStringList{QStringLiteral("Yes, that's it")});
}

TEST_F(CoupleExperience, shared_words_read_as_sentences_and_the_statement_stays_in_view) {
    toConfirm();
    ASSERT_TRUE(act(*p.alex, "clarify", {{QStringLiteral("clarification"), QStringLiteral("mostly at dinner")}}));
    ASSERT_TRUE(act(*p.sam, "reflect", {{QStringLiteral("heard"), QStringLiteral("alone at dinner")}}));
    const auto entries = p.sam->step().turnEntries();
    ASSERT_GE(entries.size(), 4U) << "the statement being reflected is still there on the second reflection";
    EXPECT_EQ(entries.front().lines.at(0), QStringLiteral("I feel lonely")) << "not \"I feel I feel lonely\"";
    EXPECT_EQ(entries.front().lines.at(1), QStringLiteral("Would you be willing to put our phones away at dinner?"));
    EXPECT_EQ(app::sentenceOf(QStringLiteral("Ich habe mich … gefühlt"), QStringLiteral("verletzt")),
              QStringLiteral("Ich habe mich verletzt gefühlt"));
    EXPECT_EQ(app::sentenceOf(QStringLiteral("Something I appreciate about you:"), QStringLiteral("you stay")),
              QStringLiteral("Something I appreciate about you: you stay"));
}

TEST_F(CoupleExperience, validation_is_the_natural_path_and_the_floor_passes_with_thanks) {
    toConfirm();
    ASSERT_TRUE(act(*p.alex, "confirm"));
    ASSERT_TRUE(act(*p.sam, "ask-more"));
    ASSERT_TRUE(act(*p.alex, "no-more"));
    const auto validate = actionOf(*p.sam, "validate");
    const auto pass = actionOf(*p.sam, "pass");
    ASSERT_TRUE(validate && pass);
    EXPECT_TRUE(validate->primary);
    EXPECT_FALSE(pass->primary);
    ASSERT_TRUE(act(*p.sam, "validate", {{QStringLiteral("because"), QStringLiteral("dinner is our time")}}));
    EXPECT_EQ(asRead(p.alex->step().momentNote()),
              QStringLiteral("Thank you for sharing. Now it's Sam's turn to be heard."));
    EXPECT_EQ(asRead(p.sam->step().momentNote()), QStringLiteral("Thank you, Alex. Now it's your turn to be heard."));
}

// Issue 17 §6: once both were heard, nobody's turn to be heard is coming: no such note at Closing.
TEST_F(CoupleExperience, after_both_were_heard_no_note_says_it_is_someones_turn) {
    toConfirm();
    ASSERT_TRUE(act(*p.alex, "confirm"));
    ASSERT_TRUE(act(*p.sam, "ask-more"));
    ASSERT_TRUE(act(*p.alex, "no-more"));
    ASSERT_TRUE(act(*p.sam, "validate", {{QStringLiteral("because"), QStringLiteral("dinner is our time")}}));
    ASSERT_FALSE(p.alex->step().momentNote().isEmpty()) << "positive control: the floor passed to Sam";
    ASSERT_TRUE(act(*p.sam, "share", {{QStringLiteral("feel"), QStringLiteral("I feel rushed")}}));
    ASSERT_TRUE(act(*p.alex, "reflect", {{QStringLiteral("heard"), QStringLiteral("you feel rushed")}}));
    ASSERT_TRUE(act(*p.sam, "confirm"));
    ASSERT_TRUE(act(*p.alex, "ask-more"));
    ASSERT_TRUE(act(*p.sam, "no-more"));
    ASSERT_TRUE(act(*p.alex, "validate", {{QStringLiteral("because"), QStringLiteral("mornings are short")}}));
    ASSERT_EQ(p.alex->step().stepId(), QStringLiteral("close"));
    for (auto* who : {p.alex.get(), p.sam.get()}) {
        EXPECT_FALSE(who->step().momentNote().contains(QStringLiteral("turn to be heard")))
            << who->step().momentNote().toStdString();
    }
}

TEST_F(CoupleExperience, requests_are_in_the_summary_and_a_copy_holds_only_what_both_agreed_to) {
    toConfirm();
    const auto summary = p.alex->summary().summary();
    EXPECT_EQ(summary.named(session::Partner::A, QStringLiteral("request")),
              QStringList{QStringLiteral("put our phones away at dinner?")});
    EXPECT_FALSE(p.alex->summary().exportAllowed(ExportContent::Summary));
    EXPECT_FALSE(p.alex->summary().exportAllowed(ExportContent::Transcript));
    static const QRegularExpression dated(
        QStringLiteral("^Twofold summary \\d{4}-\\d{2}-\\d{2} \\d{2}\\.\\d{2}\\.md$"));
    EXPECT_TRUE(dated.match(p.alex->summary().suggestedFileName(ExportContent::Summary)).hasMatch())
        << p.alex->summary().suggestedFileName(ExportContent::Summary).toStdString();
    EXPECT_NE(p.alex->summary().suggestedFileName(ExportContent::Summary),
              p.alex->summary().suggestedFileName(ExportContent::Transcript));
}

TEST_F(CoupleExperience, practice_answers_are_told_and_needing_time_offers_the_pause) {
    start("practice");
    ASSERT_TRUE(act(*p.alex, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    bothReady();
    for (auto* who : {p.alex.get(), p.sam.get()}) {
        ASSERT_TRUE(act(*who, "name-feeling", {{QStringLiteral("feeling"), QStringLiteral("hurt")}}));
    }
    for (auto* who : {p.alex.get(), p.sam.get()}) {
        auto* other = who == p.alex.get() ? p.sam.get() : p.alex.get();
        ASSERT_TRUE(act(*who, "tell", {{QStringLiteral("story"), QStringLiteral("a long day")}}));
        ASSERT_TRUE(act(*other, "summarise",
                        {{QStringLiteral("summary"), QStringLiteral("long day")},
                         {QStringLiteral("valid"), QStringLiteral("yes")}}));
    }
    for (auto* who : {p.alex.get(), p.sam.get()}) {
        ASSERT_TRUE(act(*who, "name-trigger", {{QStringLiteral("trigger"), QStringLiteral("tired")}}));
    }
    ASSERT_TRUE(act(*p.alex, "own", {{QStringLiteral("part"), QStringLiteral("I got defensive earlier.")}}));
    ASSERT_TRUE(act(*p.sam, "need-time"));
    EXPECT_EQ(p.sam->step().stepId(), QStringLiteral("own-answer")) << "it does not just move on";
    EXPECT_TRUE(p.sam->step().pauseOffered());
    EXPECT_FALSE(p.alex->step().pauseOffered());
    const auto told = p.alex->step().turnEntries();
    ASSERT_FALSE(told.empty());
    EXPECT_EQ(told.back().lines, QStringList{QStringLiteral("I need some time, but I want to come back to this.")});
    ASSERT_TRUE(act(*p.sam, "come-back-later"));
    EXPECT_EQ(p.alex->summary().summary().named(session::Partner::B, QStringLiteral("come-back-to")),
              QStringList{QStringLiteral("I got defensive earlier.")});
}

TEST_F(CoupleExperience, another_conversation_tells_the_partner_and_lets_them_check_in_first) {
    start();
    p.alex->endSession();
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::Summary);
    p.sam->checkIn().setActivation(session::Activation::Flooded);
    p.alex->checkIn().beginAgain();
    EXPECT_EQ(p.alex->screen(), Screen::CheckIn);
    EXPECT_FALSE(p.alex->checkIn().activation().has_value()) << "nothing carries over";
    p.alex->checkIn().start(QStringLiteral("conversation"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::CheckIn);
    EXPECT_TRUE(p.sam->checkIn().joinPending());
    EXPECT_TRUE(asRead(p.sam->checkIn().joinNote()).startsWith(QStringLiteral("Alex began another conversation")));
    EXPECT_FALSE(p.sam->checkIn().activation().has_value());
    p.sam->checkIn().join();
    EXPECT_EQ(p.sam->screen(), Screen::Conversation);
    EXPECT_EQ(p.alex->screen(), Screen::Conversation);
}

// Issue 17 §4, "regulate first, then speak": Alex's "Begin together" no longer takes away Sam's offer of a
// few minutes; the session waits for Sam's own choice, and Alex reads only that Sam is taking a moment.
TEST_F(CoupleExperience, a_flooded_partners_choice_holds_when_the_other_begins) {
    p.sam->checkIn().setActivation(session::Activation::Flooded);
    start();
    EXPECT_EQ(p.sam->screen(), Screen::CheckIn) << "Sam was taken straight to the shared check-in";
    EXPECT_TRUE(p.sam->checkIn().holding());
    EXPECT_TRUE(p.sam->checkIn().suggestsPause()) << "the offer of a few minutes went away";
    EXPECT_TRUE(asRead(p.sam->checkIn().joinNote()).startsWith(QStringLiteral("Alex has begun.")));
    const auto told = p.alex->step().partnerProgress();
    EXPECT_EQ(asRead(told), QStringLiteral("Sam is taking a moment first. The conversation waits; there's no hurry."));
    EXPECT_FALSE(told.contains(QStringLiteral("lood"))) << "no detail of the private check-in";
    ASSERT_TRUE(act(*p.alex, "ready"));
    EXPECT_EQ(p.alex->step().stepId(), QStringLiteral("checkin"));
    EXPECT_EQ(p.sam->screen(), Screen::CheckIn) << "Alex's ready does not move Sam on";
    p.sam->checkIn().join(); // "Join the conversation": Sam's own choice
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::Conversation);
    EXPECT_EQ(p.sam->step().stepId(), QStringLiteral("checkin"));
    EXPECT_EQ(asRead(p.alex->step().partnerProgress()), QStringLiteral("Sam isn't ready yet."));
    ASSERT_TRUE(act(*p.sam, "ready"));
    EXPECT_EQ(p.alex->step().stepId(), QStringLiteral("statement"));
}

TEST_F(CoupleExperience, a_partner_restarted_while_taking_a_moment_still_holds_the_choice) {
    p.sam->checkIn().setActivation(session::Activation::Flooded);
    start();
    ASSERT_TRUE(p.sam->checkIn().holding());
    p.restartSam();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.guestEngine->inStep(); }));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::CheckIn) << "the restart pulled Sam into the shared check-in";
    EXPECT_TRUE(p.sam->checkIn().holding());
    p.sam->checkIn().join();
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::Conversation);
    EXPECT_EQ(asRead(p.alex->step().partnerProgress()), QStringLiteral("Sam isn't ready yet."));
}

TEST_F(CoupleExperience, a_settled_partner_goes_straight_to_the_shared_check_in) {
    p.sam->checkIn().setActivation(session::Activation::Settled);
    start();
    EXPECT_EQ(p.sam->screen(), Screen::Conversation);
    EXPECT_FALSE(p.sam->checkIn().holding());
    EXPECT_EQ(asRead(p.alex->step().partnerProgress()), QStringLiteral("Sam isn't ready yet."));
}

// A restarted app catches up from the partner's log: what happened before is no news (no card, no chime),
// but it still knows there was a conversation before.
TEST_F(CoupleExperience, after_a_restart_the_history_is_known_but_not_played_again) {
    start();
    p.alex->repairSignals().send(QStringLiteral("care"));
    ASSERT_TRUE(p.settle());
    ASSERT_EQ(p.sam->repairSignals().received().size(), 1U);
    p.alex->endSession();
    ASSERT_TRUE(p.settle());
    const auto chimesBefore = p.samChime.played.size();
    p.restartSam();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.guestEngine->inStep(); }));
    EXPECT_TRUE(p.sam->repairSignals().received().empty()) << "an old signal came back as a new card";
    EXPECT_EQ(p.samChime.played.size(), chimesBefore) << "a chime for something that happened before the restart";
    EXPECT_EQ(p.sam->screen(), Screen::Summary);
    p.alex->checkIn().beginAgain();
    p.alex->checkIn().start(QStringLiteral("conversation"));
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(asRead(p.sam->checkIn().joinNote()).startsWith(QStringLiteral("Alex began another conversation")));
}

TEST_F(CoupleExperience, both_screens_count_a_pause_down_alike_when_the_clocks_differ) {
    p.samClockAhead(4 * 60 * 1000); // Sam's computer is four minutes ahead
    start();
    p.alex->pause().requestBreak(); // ten minutes
    ASSERT_TRUE(p.settle());
    p.clock.advanceSeconds(60);
    EXPECT_EQ(p.alex->pause().view().countdown, QStringLiteral("9:00"));
    EXPECT_EQ(p.sam->pause().view().countdown, QStringLiteral("9:00")) << "Sam's screen follows the host's schedule";
    // "Back at …" is the same moment, told in each computer's own time of day.
    EXPECT_EQ(p.sam->pause().view().startedAtMs - p.alex->pause().view().startedAtMs, 4 * 60 * 1000);
}

TEST_F(CoupleExperience, when_the_speaker_passes_the_floor_each_screen_thanks_the_right_one) {
    start("practice");
    ASSERT_TRUE(act(*p.alex, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    bothReady();
    // In practice the speaker's own answer passes the floor (no validation step in between).
    ASSERT_TRUE(act(*p.alex, "name-feeling", {{QStringLiteral("feeling"), QStringLiteral("left out")}}));
    EXPECT_EQ(asRead(p.sam->step().momentNote()), QStringLiteral("Thank you, Alex. Now it's your turn to be heard."));
    EXPECT_EQ(asRead(p.alex->step().momentNote()),
              QStringLiteral("Thank you for sharing. Now it's Sam's turn to be heard."));
}

TEST_F(CoupleExperience, pause_texts_follow_the_pause_as_it_is_now) {
    start();
    ASSERT_TRUE(act(*p.alex, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    bothReady();
    p.sam->pause().requestBreak(); // 10 minutes
    ASSERT_TRUE(p.settle());
    p.sam->pause().extend();
    ASSERT_TRUE(p.settle());
    p.sam->pause().extend();
    ASSERT_TRUE(p.settle());
    const auto partnerView = p.alex->pause().view();
    EXPECT_TRUE(partnerView.headline.contains(QStringLiteral("needs 30 minutes")))
        << partnerView.headline.toStdString();
    EXPECT_FALSE(partnerView.headline.contains(QStringLiteral("at 1"))) << "the time never breaks from its words";
    EXPECT_EQ(partnerView.startedAtMs, p.sam->pause().view().startedAtMs) << "both breathe from the same start";
    p.clock.advanceSeconds(29 * 60 + 1); // the host's pause clock notices on its next tick
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.sam->pause().view().aboutAMinuteLeft; }, 3000));
    EXPECT_FALSE(p.alex->pause().view().aboutAMinuteLeft);
    p.sam->pause().returnEarly();
    ASSERT_TRUE(p.settle());
    const auto reEntry = p.alex->pause().view();
    EXPECT_TRUE(reEntry.reEntry);
    EXPECT_TRUE(reEntry.extensionNote.isEmpty()) << "no stale \"back at\" once back";
}

} // namespace
} // namespace twofold::test
