// Issue 18 §3: each session model tells the page precisely what changed, and only when it did. An event
// that changes nothing a model shows emits nothing (the old changed() fired once on every event, and the
// pause's once a second whatever the countdown said).
#include "app/controllers/session/SessionController.h"
#include "tests/app/TwoPartners.h"

#include <QSignalSpy>
#include <gtest/gtest.h>
#include <map>
#include <memory>

using twofold::app::CheckInModel;
using twofold::app::PauseModel;
using twofold::app::SessionController;
using twofold::app::StepModel;
using twofold::app::SummaryModel;

namespace {

// Every change signal of one object, counted by name.
class Spies {
public:
    template <typename Object, typename... Signals>
    Spies(const Object* object, std::initializer_list<std::pair<const char*, void (Object::*)()>> signals) {
        for (const auto& [name, signal] : signals) {
            m_spies.emplace(name, std::make_unique<QSignalSpy>(object, signal));
        }
    }
    // "floorChanged=1" for each signal that fired, in name order; empty when none did.
    std::string fired() const {
        std::string out;
        for (const auto& [name, spy] : m_spies) {
            if (spy->count() > 0) {
                out += (out.empty() ? "" : " ") + name + "=" + std::to_string(spy->count());
            }
        }
        return out;
    }
    void clear() {
        for (auto& [name, spy] : m_spies) {
            spy->clear();
        }
    }

private:
    std::map<std::string, std::unique_ptr<QSignalSpy>> m_spies;
};

Spies stepSpies(const StepModel& m) {
    return Spies(&m, {{"floorChanged", &StepModel::floorChanged},
                      {"promptChanged", &StepModel::promptChanged},
                      {"notesChanged", &StepModel::notesChanged},
                      {"actionsChanged", &StepModel::actionsChanged},
                      {"entriesChanged", &StepModel::entriesChanged},
                      {"partnerWordsChanged", &StepModel::partnerWordsChanged},
                      {"historyChanged", &StepModel::historyChanged},
                      {"pauseOfferChanged", &StepModel::pauseOfferChanged}});
}

Spies pauseSpies(const PauseModel& m) {
    return Spies(&m, {{"countdownChanged", &PauseModel::countdownChanged},
                      {"stateChanged", &PauseModel::stateChanged},
                      {"minutesChanged", &PauseModel::minutesChanged}});
}

Spies checkInSpies(const CheckInModel& m) {
    return Spies(&m, {{"connectionChanged", &CheckInModel::connectionChanged},
                      {"levelChanged", &CheckInModel::levelChanged},
                      {"stageChanged", &CheckInModel::stageChanged}});
}

Spies summarySpies(const SummaryModel& m) {
    return Spies(
        &m, {{"summaryChanged", &SummaryModel::summaryChanged}, {"agreementChanged", &SummaryModel::agreementChanged}});
}

class ModelSignalsTest : public ::testing::Test {
protected:
    void act(SessionController& who, const char* action, const std::map<QString, QString>& fields = {}) {
        ASSERT_TRUE(p.act(who, QString::fromLatin1(action), fields));
    }
    void startAndCheckIn() { ASSERT_TRUE(p.startAndCheckIn()); }
    // A gentle signal: an event in the log that no session screen but the cards shows.
    void sendSignal(SessionController& who) {
        who.repairSignals().send(QStringLiteral("still-here"));
        ASSERT_TRUE(p.settle());
    }

    twofold::test::TwoPartners p;
};

// Old code: StepModel, PauseModel, CheckInModel and SummaryModel each emitted changed() once here.
TEST_F(ModelSignalsTest, a_signal_during_a_step_changes_nothing_any_model_shows) {
    startAndCheckIn();
    for (auto* side : {p.alex.get(), p.sam.get()}) {
        auto step = stepSpies(side->step());
        auto pause = pauseSpies(side->pause());
        auto checkIn = checkInSpies(side->checkIn());
        auto summary = summarySpies(side->summary());
        sendSignal(*p.alex);
        EXPECT_EQ(step.fired(), "");
        EXPECT_EQ(pause.fired(), "");
        EXPECT_EQ(checkIn.fired(), "");
        EXPECT_EQ(summary.fired(), "");
        p.clock.advanceSeconds(60); // the next signal is not held back as a repeat
    }
}

// Old code: typing emitted nothing either; the partner's draft stays on the partner's computer.
TEST_F(ModelSignalsTest, the_partners_typing_is_no_news_on_this_side) {
    startAndCheckIn();
    auto step = stepSpies(p.sam->step());
    p.alex->step().setDraft(QStringLiteral("share"), QStringLiteral("feel"), QStringLiteral("lonely"));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(step.fired(), "");
}

// Old code: StepModel::changed once for Sam, and PauseModel, CheckInModel, SummaryModel changed() once each.
TEST_F(ModelSignalsTest, the_partners_statement_changes_the_turn_prompt_and_actions_once_each) {
    startAndCheckIn();
    auto step = stepSpies(p.sam->step());
    auto pause = pauseSpies(p.sam->pause());
    auto checkIn = checkInSpies(p.sam->checkIn());
    auto summary = summarySpies(p.sam->summary());
    act(*p.alex, "share",
        {{QStringLiteral("feel"), QStringLiteral("lonely")}, {QStringLiteral("need"), QStringLiteral("time")}});
    EXPECT_EQ(step.fired(), "actionsChanged=1 entriesChanged=1 historyChanged=1 notesChanged=1 promptChanged=1")
        << "the floor stays with Alex, what Alex shares is in this turn (no From card), and who asked to start "
           "is no longer said once the first turn has words";
    EXPECT_EQ(pause.fired(), "");
    EXPECT_EQ(checkIn.fired(), "");
    EXPECT_EQ(summary.fired(), "summaryChanged=1") << "Alex named a feeling and a need";
}

// Old code: StepModel::changed once on every event of the turn, the floor passing included.
TEST_F(ModelSignalsTest, the_floor_banner_changes_once_when_the_floor_passes) {
    startAndCheckIn();
    QSignalSpy floor(&p.sam->step(), &StepModel::floorChanged);
    act(*p.alex, "share",
        {{QStringLiteral("feel"), QStringLiteral("lonely")}, {QStringLiteral("need"), QStringLiteral("time")}});
    act(*p.sam, "reflect", {{QStringLiteral("heard"), QStringLiteral("you feel lonely")}});
    act(*p.alex, "confirm");
    act(*p.sam, "ask-more");
    act(*p.alex, "no-more");
    EXPECT_EQ(floor.count(), 0) << "five events, and Alex speaks throughout";
    act(*p.sam, "validate", {{QStringLiteral("because"), QStringLiteral("a long week")}});
    ASSERT_TRUE(p.sam->step().iSpeak());
    EXPECT_EQ(floor.count(), 1);
    floor.clear();
    QSignalSpy notes(&p.sam->step(), &StepModel::notesChanged);
    sendSignal(*p.alex);
    EXPECT_EQ(floor.count(), 0);
    EXPECT_EQ(notes.count(), 0) << "the kind line about the floor passing stays until something is said";
}

// Old code: PauseModel::changed once for every refresh, whether the countdown's text changed or not.
TEST_F(ModelSignalsTest, the_countdown_changes_only_when_its_text_does) {
    startAndCheckIn();
    p.alex->pause().requestBreak();
    ASSERT_TRUE(p.settle());
    auto pause = pauseSpies(p.sam->pause());
    p.sam->pause().refresh();
    EXPECT_EQ(pause.fired(), "") << "the clock did not move";
    p.clock.advanceMs(1000);
    p.sam->pause().refresh();
    EXPECT_EQ(pause.fired(), "countdownChanged=1") << "10:00 became 9:59";
    pause.clear();
    p.clock.advanceMs(400);
    p.sam->pause().refresh();
    EXPECT_EQ(pause.fired(), "") << "still 9:59";
    p.clock.advanceMs(600);
    p.sam->pause().refresh();
    EXPECT_EQ(pause.fired(), "countdownChanged=1") << "9:58";
    pause.clear();
    p.sam->pause().acknowledge();
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(pause.fired(), "stateChanged=1");
}

// Old code: PauseModel::changed once for every event of the conversation, and once for a setting.
TEST_F(ModelSignalsTest, no_pause_news_without_a_pause_and_the_length_setting_is_its_own) {
    startAndCheckIn();
    auto pause = pauseSpies(p.sam->pause());
    act(*p.alex, "share",
        {{QStringLiteral("feel"), QStringLiteral("lonely")}, {QStringLiteral("need"), QStringLiteral("time")}});
    p.sam->pause().refresh();
    EXPECT_EQ(pause.fired(), "");
    p.sam->setPauseMinutes(20);
    EXPECT_EQ(pause.fired(), "minutesChanged=1");
}

// Old code: CheckInModel::changed once for every event, the link, and each choice.
TEST_F(ModelSignalsTest, the_check_in_tells_its_level_connection_and_stage_apart) {
    auto checkIn = checkInSpies(p.sam->checkIn());
    p.sam->checkIn().setActivation(twofold::session::Activation::Flooded);
    EXPECT_EQ(checkIn.fired(), "levelChanged=1");
    checkIn.clear();
    p.sam->checkIn().setActivation(twofold::session::Activation::Flooded);
    EXPECT_EQ(checkIn.fired(), "") << "the same level again";
    p.cut();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !p.sam->linked(); }, 3000));
    EXPECT_EQ(checkIn.fired(), "connectionChanged=1");
    checkIn.clear();
    p.restore();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.sam->linked(); }, 3000));
    ASSERT_TRUE(p.settle());
    EXPECT_EQ(checkIn.fired(), "connectionChanged=1");
}

// Old code: SummaryModel::changed once for every event, at the close too.
TEST_F(ModelSignalsTest, agreeing_to_keep_a_copy_changes_the_agreement_and_not_the_summary) {
    startAndCheckIn();
    for (auto* speaker : {p.alex.get(), p.sam.get()}) {
        auto* listener = speaker == p.alex.get() ? p.sam.get() : p.alex.get();
        p.conversationTurn(*speaker, *listener);
    }
    act(*p.alex, "appreciate", {{QStringLiteral("appreciation"), QStringLiteral("you stayed")}});
    act(*p.sam, "appreciate", {{QStringLiteral("appreciation"), QStringLiteral("you listened")}});
    ASSERT_EQ(p.sam->screen(), twofold::app::Screen::Summary);
    auto summary = summarySpies(p.sam->summary());
    auto step = stepSpies(p.sam->step());
    act(*p.alex, "agree-export");
    EXPECT_EQ(summary.fired(), "agreementChanged=1");
    EXPECT_EQ(step.fired(), "") << "Sam's own choices on the close stay as they were";
}

} // namespace
