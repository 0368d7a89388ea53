#include "app/controllers/session/SessionController.h"

#include "core/session/EventJson.h"
#include "core/session/SignalCatalogue.h"
#include "tests/app/TwoPartners.h"
#include "tests/fakes/AsRead.h"
#include "tests/fakes/LogCapture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <gtest/gtest.h>

using twofold::app::ChimeKind;
using twofold::app::Screen;
using twofold::app::SessionController;
using twofold::test::asRead;

namespace {

class SessionControllerTest : public ::testing::Test {
protected:
    void act(SessionController& who, const char* action, std::map<QString, QString> fields = {}) {
        for (const auto& [name, text] : fields) {
            who.step().setDraft(QString::fromLatin1(action), name, text);
        }
        who.step().submit(QString::fromLatin1(action));
        ASSERT_TRUE(p.settle());
        ASSERT_TRUE(who.step().notice().isEmpty()) << who.step().notice().toStdString();
    }

    void startAndCheckIn() { ASSERT_TRUE(p.startAndCheckIn()); }

    bool enabled(const SessionController& who, const char* action) {
        for (const auto& view : who.step().actions()) {
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
    EXPECT_TRUE(p.alex->checkIn().canStart());
    EXPECT_FALSE(p.sam->checkIn().canStart());
    ASSERT_EQ(p.alex->checkIn().flows().size(), 2u);
    EXPECT_EQ(p.alex->checkIn().flows().front().id, QStringLiteral("conversation"));
    p.alex->checkIn().start(QStringLiteral("conversation"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::Conversation);
    EXPECT_EQ(p.sam->step().stepId(), QStringLiteral("checkin"));
    EXPECT_TRUE(enabled(*p.sam, "ready"));
    EXPECT_FALSE(enabled(*p.sam, "not-yet"));
}

TEST_F(SessionControllerTest, the_private_level_and_everything_typed_stay_out_of_the_log_and_the_wire) {
    twofold::test::LogCapture capture;
    const QStringList secrets{QStringLiteral("DraftKestrel"), QStringLiteral("SharedOtter"),
                              QStringLiteral("RefusedHeron"), QStringLiteral("ReEntryMoth"),
                              QStringLiteral("TopicZebra")};
    p.sam->checkIn().setActivation(twofold::session::Activation::Flooded);
    EXPECT_TRUE(p.sam->checkIn().suggestsPause());
    p.alex->checkIn().start(QStringLiteral("conversation"));
    ASSERT_TRUE(p.settle());
    act(*p.alex, "set-topic", {{QStringLiteral("topic"), secrets[4]}, {QStringLiteral("first"), QStringLiteral("me")}});
    act(*p.alex, "ready");
    act(*p.sam, "ready");
    // A draft that is kept on disk, typed text that is shared, text refused (not Sam's turn) and kept,
    // a re-entry line: none of it may reach the log.
    p.alex->step().setDraft(QStringLiteral("share"), QStringLiteral("need"), secrets[0]);
    ASSERT_TRUE(p.alexDrafts.flush().ok());
    p.sam->step().setDraft(QStringLiteral("share"), QStringLiteral("feel"), secrets[2]);
    p.sam->step().submit(QStringLiteral("share"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !p.sam->step().notice().isEmpty(); }, 2000));
    act(*p.alex, "share", {{QStringLiteral("feel"), secrets[1]}});
    p.alex->pause().requestBreak();
    ASSERT_TRUE(p.settle());
    p.alex->pause().returnEarly();
    ASSERT_TRUE(p.settle());
    p.alex->pause().setReEntryDraft(secrets[3]);
    p.alex->pause().reEnter(secrets[3]);
    p.sam->pause().reEnter(secrets[3]);
    ASSERT_TRUE(p.settle());

    const auto logged = capture.text();
    EXPECT_TRUE(logged.contains(QStringLiteral("applied seq="))) << "event kinds are logged";
    EXPECT_TRUE(logged.contains(QStringLiteral("action refused"))) << "refusals are logged, by code";
    for (const auto& secret : secrets) {
        EXPECT_FALSE(logged.contains(secret)) << secret.toStdString() << " reached the log";
    }
    for (const auto& event : p.hostEngine->session().log()) {
        const auto json = QJsonDocument(twofold::session::toJson(event)).toJson();
        EXPECT_FALSE(json.contains("lood") || json.contains("ctivat")) << "the level must never be shared";
    }
}

TEST_F(SessionControllerTest, shows_who_holds_the_floor_and_a_prompt_for_each) {
    startAndCheckIn();
    EXPECT_EQ(asRead(p.alex->step().floorBanner()), QStringLiteral("You're speaking · Sam is listening"));
    EXPECT_EQ(asRead(p.sam->step().floorBanner()), QStringLiteral("Alex is speaking · you're listening"));
    EXPECT_TRUE(p.alex->step().myTurn());
    EXPECT_FALSE(p.sam->step().myTurn());
    EXPECT_TRUE(p.alex->step().prompt().startsWith(QStringLiteral("Say what you feel")));
    EXPECT_TRUE(asRead(p.sam->step().prompt()).startsWith(QStringLiteral("Alex is putting their feelings into words")));
    ASSERT_EQ(p.alex->step().actions().size(), 1u);
    EXPECT_EQ(p.alex->step().actions()[0].fields.size(), 4u);
    EXPECT_EQ(p.alex->step().actions()[0].fields[0].label, QStringLiteral("I feel …"));
    EXPECT_FALSE(p.sam->step().actions()[0].enabled);
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
    EXPECT_EQ(p.alex->step().stepId(), QStringLiteral("close"));
    act(*p.alex, "appreciate", {{QStringLiteral("appreciation"), QStringLiteral("you stayed")}});
    EXPECT_TRUE(p.alex->step().prompt().contains(QStringLiteral("Sam")));
    act(*p.sam, "appreciate", {{QStringLiteral("appreciation"), QStringLiteral("you listened")}});
    EXPECT_EQ(p.alex->screen(), Screen::Summary);
    EXPECT_EQ(p.sam->screen(), Screen::Summary);
    const auto summary = p.sam->summary().summary();
    EXPECT_EQ(summary.named(twofold::session::Partner::A, QStringLiteral("feeling")),
              QStringList{QStringLiteral("lonely")});
    EXPECT_EQ(summary.named(twofold::session::Partner::B, QStringLiteral("appreciation")),
              QStringList{QStringLiteral("you listened")});
    EXPECT_FALSE(p.alex->summary().exportAllowed());
    EXPECT_FALSE(p.alex->summary().exportMarkdown().ok());
    act(*p.alex, "agree-export");
    EXPECT_TRUE(p.sam->summary().partnerAgreedToExport());
    EXPECT_FALSE(p.sam->summary().exportAllowed());
    act(*p.sam, "agree-export");
    ASSERT_TRUE(p.alex->summary().exportAllowed());
    const auto markdown = p.alex->summary().exportMarkdown();
    ASSERT_TRUE(markdown.ok());
    EXPECT_TRUE(markdown.value().contains(QStringLiteral("you stayed")));
}

TEST_F(SessionControllerTest, keeps_drafts_through_refusals_and_disconnects) {
    startAndCheckIn();
    // Sam types while it is not their turn: the refusal is explained, the draft stays.
    p.sam->step().setDraft(QStringLiteral("share"), QStringLiteral("feel"), QStringLiteral("half a thought"));
    p.sam->step().submit(QStringLiteral("share"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !p.sam->step().notice().isEmpty(); }, 2000));
    EXPECT_TRUE(p.sam->step().notice().contains(QStringLiteral("Alex"))) << p.sam->step().notice().toStdString();
    EXPECT_EQ(p.sam->step().draft(QStringLiteral("share"), QStringLiteral("feel")), QStringLiteral("half a thought"));
    // A required field missing: refused, kept.
    p.alex->step().setDraft(QStringLiteral("share"), QStringLiteral("need"), QStringLiteral("rest"));
    p.alex->step().submit(QStringLiteral("share"));
    EXPECT_FALSE(p.alex->step().notice().isEmpty());
    EXPECT_EQ(p.alex->step().draft(QStringLiteral("share"), QStringLiteral("need")), QStringLiteral("rest"));
    act(*p.alex, "share", {{QStringLiteral("feel"), QStringLiteral("tired")}});
    EXPECT_TRUE(p.alex->step().draft(QStringLiteral("share"), QStringLiteral("need")).isEmpty())
        << "cleared once applied";
    // The link drops while Sam reflects: the intent waits, the draft stays until applied.
    QSignalSpy link(p.sam.get(), &SessionController::presenceChanged);
    p.cut();
    EXPECT_FALSE(p.sam->linked());
    p.sam->step().setDraft(QStringLiteral("reflect"), QStringLiteral("heard"), QStringLiteral("you are tired"));
    p.sam->step().submit(QStringLiteral("reflect"));
    EXPECT_EQ(p.sam->step().draft(QStringLiteral("reflect"), QStringLiteral("heard")), QStringLiteral("you are tired"));
    p.restore();
    ASSERT_TRUE(p.settle());
    EXPECT_GE(link.count(), 2);
    EXPECT_EQ(p.alex->step().stepId(), QStringLiteral("confirm"));
    EXPECT_TRUE(p.sam->step().draft(QStringLiteral("reflect"), QStringLiteral("heard")).isEmpty());
}

TEST_F(SessionControllerTest, a_draft_is_on_disk_and_comes_back_after_a_restart_until_it_is_sent) {
    startAndCheckIn();
    p.alex->step().setDraft(QStringLiteral("share"), QStringLiteral("feel"), QStringLiteral("tired and a bit small"));
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
    EXPECT_EQ(again.step().draft(QStringLiteral("share"), QStringLiteral("feel")),
              QStringLiteral("tired and a bit small"));

    // Once the action that used it is applied, it is gone from disk as well.
    again.step().submit(QStringLiteral("share"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.hostEngine->session().state().step, QStringLiteral("reflect"));
    EXPECT_TRUE(again.step().draft(QStringLiteral("share"), QStringLiteral("feel")).isEmpty());
    ASSERT_TRUE(reloaded.flush().ok());
    twofold::app::DraftStore afterwards(p.alexProfile.path());
    ASSERT_TRUE(afterwards.load().ok());
    EXPECT_TRUE(afterwards.keys().empty());
}

TEST_F(SessionControllerTest, an_ended_session_takes_its_unsent_drafts_with_it) {
    startAndCheckIn();
    p.sam->step().setDraft(QStringLiteral("reflect"), QStringLiteral("heard"), QStringLiteral("never sent"));
    p.alex->endSession();
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.samDrafts.keys().empty());
    p.alex->checkIn().start(QStringLiteral("conversation"));
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.sam->step().draft(QStringLiteral("reflect"), QStringLiteral("heard")).isEmpty());
}

TEST_F(SessionControllerTest, runs_a_pause_with_extension_chimes_and_re_entry) {
    startAndCheckIn();
    p.alex->step().setDraft(QStringLiteral("share"), QStringLiteral("feel"), QStringLiteral("overwhelmed"));
    p.sam->pause().requestBreak();
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.alex->screen(), Screen::Pause);
    auto alexView = p.alex->pause().view();
    EXPECT_FALSE(alexView.mine);
    EXPECT_TRUE(asRead(alexView.headline)
                    .startsWith(QStringLiteral(
                        "Sam needs 10 minutes to come back to themselves. They're not leaving. Back at")));
    EXPECT_EQ(alexView.countdown, QStringLiteral("10:00"));
    EXPECT_TRUE(alexView.canAcknowledge);
    EXPECT_FALSE(alexView.canExtend);
    EXPECT_TRUE(p.sam->pause().view().canExtend);
    p.alex->pause().acknowledge();
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.sam->pause().view().acknowledged);
    p.clock.advanceSeconds(9 * 60 + 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.samChime.count(ChimeKind::PauseWarning) == 1; }, 3000));
    EXPECT_EQ(p.alexChime.count(ChimeKind::PauseWarning), 0) << "the one-minute chime is for the one who paused";
    p.sam->pause().extend();
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(
        asRead(p.alex->pause().view().extensionNote).startsWith(QStringLiteral("Sam asked for 10 more minutes.")));
    p.clock.advanceSeconds(11 * 60);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.alex->pause().view().reEntry && p.sam->pause().view().reEntry; }, 3000));
    EXPECT_EQ(p.alexChime.count(ChimeKind::PauseEnd), 1);
    EXPECT_EQ(p.samChime.count(ChimeKind::PauseEnd), 1);
    p.sam->pause().reEnter(QStringLiteral("calmer"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.alex->pause().view().partnerReEntry, QStringLiteral("calmer"));
    p.alex->pause().reEnter(QStringLiteral("ready"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.alex->screen(), Screen::Conversation);
    EXPECT_EQ(p.alex->step().stepId(), QStringLiteral("statement"));
    EXPECT_EQ(p.alex->step().draft(QStringLiteral("share"), QStringLiteral("feel")), QStringLiteral("overwhelmed"));
}

TEST_F(SessionControllerTest, a_breathing_pause_resumes_by_itself) {
    startAndCheckIn();
    p.alex->pause().requestBreath();
    ASSERT_TRUE(p.settle());
    EXPECT_TRUE(p.sam->pause().view().breath);
    EXPECT_EQ(p.sam->pause().view().countdown, QStringLiteral("1:00"));
    EXPECT_FALSE(p.alex->pause().view().canExtend);
    p.clock.advanceSeconds(61);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.sam->screen() == Screen::Conversation; }, 3000));
}

TEST_F(SessionControllerTest, delivers_signals_both_ways_with_a_chime) {
    startAndCheckIn();
    QSignalSpy samReceived(&p.sam->repairSignals(), &twofold::app::SignalsModel::signalReceived);
    QSignalSpy alexSent(&p.alex->repairSignals(), &twofold::app::SignalsModel::signalSent);
    p.alex->repairSignals().send(QStringLiteral("still-here"));
    ASSERT_TRUE(samReceived.wait(2000) || samReceived.count() == 1);
    ASSERT_EQ(p.sam->repairSignals().received().size(), 1u);
    EXPECT_EQ(p.sam->repairSignals().received().back().text, QStringLiteral("I'm still here. I'm not going anywhere."));
    EXPECT_EQ(asRead(p.sam->repairSignals().received().back().from), QStringLiteral("Alex"));
    EXPECT_EQ(alexSent.count(), 1);
    EXPECT_EQ(p.samChime.count(ChimeKind::Signal), 1);
    EXPECT_EQ(p.alexChime.count(ChimeKind::Signal), 0);
    p.sam->repairSignals().send(QStringLiteral("thank-you"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.alex->repairSignals().received().size() == 1; }, 2000));
    EXPECT_EQ(p.alex->repairSignals().received().back().text, QStringLiteral("Thank you for staying in this with me."));
    EXPECT_TRUE(p.alex->repairSignals().received().size() == 1 && p.sam->repairSignals().received().size() == 1);
}

TEST_F(SessionControllerTest, the_practice_flow_needs_no_extra_code) {
    p.alex->checkIn().start(QStringLiteral("practice"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(p.sam->screen(), Screen::Conversation);
    EXPECT_EQ(p.sam->step().stepId(), QStringLiteral("checkin")) << "practice begins with consent too";
    act(*p.alex, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}});
    act(*p.alex, "ready");
    act(*p.sam, "ready");
    EXPECT_EQ(p.sam->step().stepId(), QStringLiteral("name-feeling"));
    EXPECT_FALSE(p.alex->step().stepTitle().isEmpty());
    EXPECT_FALSE(p.alex->step().prompt().isEmpty());
    ASSERT_FALSE(p.alex->step().actions().empty());
    EXPECT_TRUE(p.alex->step().actions()[0].enabled);
    EXPECT_FALSE(p.sam->step().actions()[0].enabled);
}

} // namespace
