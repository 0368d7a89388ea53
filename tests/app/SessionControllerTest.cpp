#include "app/controllers/SessionController.h"

#include "core/session/EventJson.h"
#include "core/session/SignalCatalogue.h"
#include "tests/app/TwoPartners.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <gtest/gtest.h>

using twofold::app::ChimeKind;
using twofold::app::Screen;
using twofold::app::SessionController;

namespace {

class SessionControllerTest : public ::testing::Test {
protected:
    void act(SessionController& who, const char* action, std::map<QString, QString> fields = {}) {
        for (const auto& [name, text] : fields) {
            who.setDraft(QString::fromLatin1(action), name, text);
        }
        who.submit(QString::fromLatin1(action));
        ASSERT_TRUE(p.settle());
        ASSERT_TRUE(who.notice().isEmpty()) << who.notice().toStdString();
    }

    void startAndCheckIn() {
        p.alex->start(QStringLiteral("conversation"));
        ASSERT_TRUE(p.settle());
        act(*p.alex, "set-topic",
            {{QStringLiteral("topic"), QStringLiteral("Weekends")}, {QStringLiteral("first"), QStringLiteral("me")}});
        act(*p.alex, "ready");
        act(*p.sam, "ready");
    }

    bool enabled(const SessionController& who, const char* action) {
        for (const auto& view : who.actions()) {
            if (view.id == QLatin1String(action)) {
                return view.enabled;
            }
        }
        return false;
    }

    twofold::test::TwoPartners p;
};

TEST_F(SessionControllerTest, shows_the_check_in_until_the_host_starts) {
    EXPECT_EQ(p.alex->screen(), Screen::CheckIn);
    EXPECT_TRUE(p.alex->canStart());
    EXPECT_FALSE(p.sam->canStart());
    ASSERT_EQ(p.alex->flows().size(), 2u);
    EXPECT_EQ(p.alex->flows().front().id, QStringLiteral("conversation"));
    p.alex->start(QStringLiteral("conversation"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::Conversation);
    EXPECT_EQ(p.sam->stepId(), QStringLiteral("checkin"));
    EXPECT_TRUE(enabled(*p.sam, "ready"));
    EXPECT_FALSE(enabled(*p.sam, "not-yet"));
}

TEST_F(SessionControllerTest, the_private_level_stays_on_this_computer) {
    p.sam->setActivation(twofold::session::Activation::Flooded);
    EXPECT_TRUE(p.sam->suggestsPause());
    startAndCheckIn();
    for (const auto& event : p.hostEngine->session().log()) {
        const auto json = twofold::session::toJson(event);
        EXPECT_FALSE(QJsonDocument(json).toJson().contains("lood")) << "the level must never be shared";
    }
}

TEST_F(SessionControllerTest, shows_who_holds_the_floor_and_a_prompt_for_each) {
    startAndCheckIn();
    EXPECT_EQ(p.alex->floorBanner(), QStringLiteral("You're speaking · Sam is listening"));
    EXPECT_EQ(p.sam->floorBanner(), QStringLiteral("Alex is speaking · you're listening"));
    EXPECT_TRUE(p.alex->myTurn());
    EXPECT_FALSE(p.sam->myTurn());
    EXPECT_TRUE(p.alex->prompt().startsWith(QStringLiteral("Say what you feel")));
    EXPECT_TRUE(p.sam->prompt().startsWith(QStringLiteral("Alex is putting their feelings into words")));
    ASSERT_EQ(p.alex->actions().size(), 1u);
    EXPECT_EQ(p.alex->actions()[0].fields.size(), 4u);
    EXPECT_EQ(p.alex->actions()[0].fields[0].label, QStringLiteral("I feel …"));
    EXPECT_FALSE(p.sam->actions()[0].enabled);
}

TEST_F(SessionControllerTest, runs_a_whole_conversation_to_the_summary_and_export) {
    startAndCheckIn();
    for (auto* speaker : {p.alex.get(), p.sam.get()}) {
        auto* listener = speaker == p.alex.get() ? p.sam.get() : p.alex.get();
        act(*speaker, "share",
            {{QStringLiteral("feel"), QStringLiteral("lonely")},
             {QStringLiteral("need"), QStringLiteral("time together")}});
        act(*listener, "reflect", {{QStringLiteral("heard"), QStringLiteral("you feel lonely")}});
        act(*speaker, "clarify", {{QStringLiteral("clarification"), QStringLiteral("mostly on Sundays")}});
        act(*listener, "reflect", {{QStringLiteral("heard"), QStringLiteral("lonely on Sundays")}});
        act(*speaker, "confirm");
        act(*listener, "ask-more");
        act(*speaker, "no-more");
        act(*listener, "validate", {{QStringLiteral("because"), QStringLiteral("Sundays are long")}});
    }
    EXPECT_EQ(p.alex->stepId(), QStringLiteral("close"));
    act(*p.alex, "appreciate", {{QStringLiteral("appreciation"), QStringLiteral("you stayed")}});
    EXPECT_TRUE(p.alex->prompt().contains(QStringLiteral("Sam")));
    act(*p.sam, "appreciate", {{QStringLiteral("appreciation"), QStringLiteral("you listened")}});
    EXPECT_EQ(p.alex->screen(), Screen::Summary);
    EXPECT_EQ(p.sam->screen(), Screen::Summary);
    const auto summary = p.sam->summary();
    EXPECT_EQ(summary.named(twofold::session::Partner::A, QStringLiteral("feeling")),
              QStringList{QStringLiteral("lonely")});
    EXPECT_EQ(summary.named(twofold::session::Partner::B, QStringLiteral("appreciation")),
              QStringList{QStringLiteral("you listened")});
    EXPECT_FALSE(p.alex->exportAllowed());
    EXPECT_FALSE(p.alex->exportMarkdown().ok());
    act(*p.alex, "agree-export");
    EXPECT_TRUE(p.sam->partnerAgreedToExport());
    EXPECT_FALSE(p.sam->exportAllowed());
    act(*p.sam, "agree-export");
    ASSERT_TRUE(p.alex->exportAllowed());
    const auto markdown = p.alex->exportMarkdown();
    ASSERT_TRUE(markdown.ok());
    EXPECT_TRUE(markdown.value().contains(QStringLiteral("you stayed")));
}

TEST_F(SessionControllerTest, keeps_drafts_through_refusals_and_disconnects) {
    startAndCheckIn();
    // Sam types while it is not their turn: the refusal is explained, the draft stays.
    p.sam->setDraft(QStringLiteral("share"), QStringLiteral("feel"), QStringLiteral("half a thought"));
    p.sam->submit(QStringLiteral("share"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !p.sam->notice().isEmpty(); }, 2000));
    EXPECT_TRUE(p.sam->notice().contains(QStringLiteral("Alex"))) << p.sam->notice().toStdString();
    EXPECT_EQ(p.sam->draft(QStringLiteral("share"), QStringLiteral("feel")), QStringLiteral("half a thought"));
    // A required field missing: refused, kept.
    p.alex->setDraft(QStringLiteral("share"), QStringLiteral("need"), QStringLiteral("rest"));
    p.alex->submit(QStringLiteral("share"));
    EXPECT_FALSE(p.alex->notice().isEmpty());
    EXPECT_EQ(p.alex->draft(QStringLiteral("share"), QStringLiteral("need")), QStringLiteral("rest"));
    act(*p.alex, "share", {{QStringLiteral("feel"), QStringLiteral("tired")}});
    EXPECT_TRUE(p.alex->draft(QStringLiteral("share"), QStringLiteral("need")).isEmpty()) << "cleared once applied";
    // The link drops while Sam reflects: the intent waits, the draft stays until applied.
    QSignalSpy link(p.sam.get(), &SessionController::linkChanged);
    p.cut();
    EXPECT_FALSE(p.sam->linked());
    p.sam->setDraft(QStringLiteral("reflect"), QStringLiteral("heard"), QStringLiteral("you are tired"));
    p.sam->submit(QStringLiteral("reflect"));
    EXPECT_EQ(p.sam->draft(QStringLiteral("reflect"), QStringLiteral("heard")), QStringLiteral("you are tired"));
    p.restore();
    ASSERT_TRUE(p.settle());
    EXPECT_GE(link.count(), 2);
    EXPECT_EQ(p.alex->stepId(), QStringLiteral("confirm"));
    EXPECT_TRUE(p.sam->draft(QStringLiteral("reflect"), QStringLiteral("heard")).isEmpty());
}

TEST_F(SessionControllerTest, a_draft_is_on_disk_and_comes_back_after_a_restart_until_it_is_sent) {
    startAndCheckIn();
    p.alex->setDraft(QStringLiteral("share"), QStringLiteral("feel"), QStringLiteral("tired and a bit small"));
    ASSERT_TRUE(p.alexDrafts.flush().ok());
    const QFileInfo file(p.alexDrafts.path());
    ASSERT_TRUE(file.exists());
    EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions{}); // owner-only

    // Alex's app restarts (a new store read from the profile, a new controller over the session).
    twofold::app::DraftStore reloaded(p.alexProfile.path());
    ASSERT_TRUE(reloaded.load().ok());
    twofold::test::FakeChime chime;
    SessionController again(*p.hostEngine, p.clock, chime, reloaded, {});
    EXPECT_EQ(again.draft(QStringLiteral("share"), QStringLiteral("feel")), QStringLiteral("tired and a bit small"));

    // Once the action that used it is applied, it is gone from disk as well.
    again.submit(QStringLiteral("share"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.hostEngine->session().state().step, QStringLiteral("reflect"));
    EXPECT_TRUE(again.draft(QStringLiteral("share"), QStringLiteral("feel")).isEmpty());
    ASSERT_TRUE(reloaded.flush().ok());
    twofold::app::DraftStore afterwards(p.alexProfile.path());
    ASSERT_TRUE(afterwards.load().ok());
    EXPECT_TRUE(afterwards.keys().empty());
}

TEST_F(SessionControllerTest, an_ended_session_takes_its_unsent_drafts_with_it) {
    startAndCheckIn();
    p.sam->setDraft(QStringLiteral("reflect"), QStringLiteral("heard"), QStringLiteral("never sent"));
    p.alex->endSession();
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.samDrafts.keys().empty());
    p.alex->start(QStringLiteral("conversation"));
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.sam->draft(QStringLiteral("reflect"), QStringLiteral("heard")).isEmpty());
}

TEST_F(SessionControllerTest, runs_a_pause_with_extension_chimes_and_re_entry) {
    startAndCheckIn();
    p.alex->setDraft(QStringLiteral("share"), QStringLiteral("feel"), QStringLiteral("overwhelmed"));
    p.sam->requestBreak();
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.alex->screen(), Screen::Pause);
    auto alexView = p.alex->pause();
    EXPECT_FALSE(alexView.mine);
    EXPECT_TRUE(alexView.headline.startsWith(
        QStringLiteral("Sam needs 10 minutes to come back to themselves. They're not leaving. Back at")));
    EXPECT_EQ(alexView.countdown, QStringLiteral("10:00"));
    EXPECT_TRUE(alexView.canAcknowledge);
    EXPECT_FALSE(alexView.canExtend);
    EXPECT_TRUE(p.sam->pause().canExtend);
    p.alex->acknowledgePause();
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.sam->pause().acknowledged);
    p.clock.advanceSeconds(9 * 60 + 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.samChime.count(ChimeKind::PauseWarning) == 1; }, 3000));
    EXPECT_EQ(p.alexChime.count(ChimeKind::PauseWarning), 0) << "the one-minute chime is for the one who paused";
    p.sam->extendPause();
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.alex->pause().extensionNote.startsWith(QStringLiteral("Sam asked for 10 more minutes.")));
    p.clock.advanceSeconds(11 * 60);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.alex->pause().reEntry && p.sam->pause().reEntry; }, 3000));
    EXPECT_EQ(p.alexChime.count(ChimeKind::PauseEnd), 1);
    EXPECT_EQ(p.samChime.count(ChimeKind::PauseEnd), 1);
    p.sam->reEnter(QStringLiteral("calmer"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.alex->pause().partnerReEntry, QStringLiteral("calmer"));
    p.alex->reEnter(QStringLiteral("ready"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.alex->screen(), Screen::Conversation);
    EXPECT_EQ(p.alex->stepId(), QStringLiteral("statement"));
    EXPECT_EQ(p.alex->draft(QStringLiteral("share"), QStringLiteral("feel")), QStringLiteral("overwhelmed"));
}

TEST_F(SessionControllerTest, a_breathing_pause_resumes_by_itself) {
    startAndCheckIn();
    p.alex->requestBreath();
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.sam->pause().breath);
    EXPECT_EQ(p.sam->pause().countdown, QStringLiteral("1:00"));
    EXPECT_FALSE(p.alex->pause().canExtend);
    p.clock.advanceSeconds(61);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.sam->screen() == Screen::Conversation; }, 3000));
}

TEST_F(SessionControllerTest, delivers_signals_both_ways_with_a_chime) {
    startAndCheckIn();
    QSignalSpy samReceived(p.sam.get(), &SessionController::signalReceived);
    QSignalSpy alexSent(p.alex.get(), &SessionController::signalSent);
    p.alex->sendSignal(QStringLiteral("still-here"));
    ASSERT_TRUE(samReceived.wait(2000) || samReceived.count() == 1);
    ASSERT_EQ(p.sam->receivedSignals().size(), 1u);
    EXPECT_EQ(p.sam->receivedSignals().back().text, QStringLiteral("I'm still here. I'm not going anywhere."));
    EXPECT_EQ(p.sam->receivedSignals().back().from, QStringLiteral("Alex"));
    EXPECT_EQ(alexSent.count(), 1);
    EXPECT_EQ(p.samChime.count(ChimeKind::Signal), 1);
    EXPECT_EQ(p.alexChime.count(ChimeKind::Signal), 0);
    p.sam->sendSignal(QStringLiteral("thank-you"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.alex->receivedSignals().size() == 1; }, 2000));
    EXPECT_EQ(p.alex->receivedSignals().back().text, QStringLiteral("Thank you for staying in this with me."));
    EXPECT_TRUE(p.alex->receivedSignals().size() == 1 && p.sam->receivedSignals().size() == 1);
}

TEST_F(SessionControllerTest, the_practice_flow_needs_no_extra_code) {
    p.alex->start(QStringLiteral("practice"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::Conversation);
    EXPECT_FALSE(p.alex->stepTitle().isEmpty());
    EXPECT_FALSE(p.alex->prompt().isEmpty());
    ASSERT_FALSE(p.alex->actions().empty());
    EXPECT_TRUE(p.alex->actions()[0].enabled);
    EXPECT_FALSE(p.sam->actions()[0].enabled);
}

} // namespace
