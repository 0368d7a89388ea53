// Calm screens, keys and focus on the real widgets (offscreen): cards never move what is being typed,
// the coach's hint keeps its space, focus lands where the next thing to do is, and Enter, Ctrl+Enter and
// the end dialog do what a keyboard user expects.
#include "app/controllers/PartnersController.h"
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/pages/MainWindow.h"
#include "app/pages/SessionPage.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/KeyboardActivation.h"
#include "app/widgets/SidePanel.h"
#include "app/widgets/SignalCard.h"
#include "app/widgets/SignalCardStack.h"
#include "tests/app/FakePartners.h"
#include "tests/app/TwoPartners.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

class CalmScreens : public ::testing::Test {
protected:
    CalmScreens() : coach(QStringLiteral("en")), settings(profile.path()) {
        static bool installed = false;
        if (!installed) {
            app::KeyboardActivation::install(*qApp); // as the app does at start
            installed = true;
        }
        settings.setDisplayName(QStringLiteral("Alex"));
        settings.setFirstRunDone(true);
        window = std::make_unique<app::MainWindow>(settings, coach, partners);
        window->resize(1000, 760);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->setSession(p.alex.get());
        window->sessionPage()->setReducedMotion(true);
    }
    void settle() {
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
    }
    void toStatement() {
        p.alex->checkIn().start(QStringLiteral("conversation"));
        settle();
        p.alex->step().setDraft(QStringLiteral("set-topic"), QStringLiteral("first"), QStringLiteral("me"));
        p.alex->step().submit(QStringLiteral("set-topic"));
        p.alex->step().submit(QStringLiteral("ready"));
        settle();
        p.sam->step().submit(QStringLiteral("ready"));
        settle();
        ASSERT_EQ(p.alex->step().stepId(), QStringLiteral("statement"));
    }
    template <typename T = QWidget> T* find(const char* name) {
        return window->findChild<T*>(QString::fromLatin1(name));
    }

    TwoPartners p;
    app::RuleCoach coach;
    QTemporaryDir profile;
    app::Settings settings;
    FakePartners partners;
    std::unique_ptr<app::MainWindow> window;
};

TEST_F(CalmScreens, signal_cards_sit_in_a_fixed_slot_and_never_move_the_form_or_the_window) {
    toStatement();
    auto* feel = find<app::DraftEdit>("field-share-feel");
    ASSERT_NE(feel, nullptr);
    const auto before = feel->mapTo(window.get(), QPoint(0, 0));
    const auto windowSize = window->size();
    for (int i = 0; i < 10; ++i) {
        p.clock.advanceMs(app::SignalsModel::kBurstMs);
        p.sam->repairSignals().send(i % 2 == 0 ? QStringLiteral("care") : QStringLiteral("slow-down"));
        settle();
    }
    EXPECT_EQ(feel->mapTo(window.get(), QPoint(0, 0)), before) << "the field being typed in did not move";
    EXPECT_EQ(window->size(), windowSize) << "the window did not grow";
    EXPECT_LE(window->sessionPage()->signalCards()->cards().size(), app::SignalCardStack::kMaxCards);
    // The same signal again soon after joins its card instead of making another.
    for (int i = 0; i < 2; ++i) {
        p.clock.advanceMs(app::SignalsModel::kBurstMs);
        p.sam->repairSignals().send(QStringLiteral("thank-you"));
        settle();
    }
    const auto cards = window->sessionPage()->signalCards()->cards();
    ASSERT_EQ(cards.size(), 1);
    auto* slot = window->sessionPage()->signalCards();
    EXPECT_TRUE(slot->rect().contains(cards.back()->geometry()))
        << "the card fits its slot: slot " << slot->height() << " px, card " << cards.back()->geometry().height()
        << " px at y " << cards.back()->geometry().y();
    EXPECT_EQ(cards.back()->count(), 2) << "repeats of the same signal join one card";
    auto* received = find<QWidget>("receivedSignals");
    ASSERT_NE(received, nullptr);
    EXPECT_TRUE(received->isVisible()) << "what arrived stays findable";
}

TEST_F(CalmScreens, the_coach_hint_keeps_its_space_so_nothing_below_it_moves) {
    toStatement();
    auto* feel = find<app::DraftEdit>("field-share-feel");
    auto* when = find<app::DraftEdit>("field-share-when");
    ASSERT_TRUE(feel && when);
    const int before = when->mapTo(window.get(), QPoint(0, 0)).y();
    feel->setFocus();
    QTest::keyClicks(feel, QStringLiteral("you always ignore me"));
    QCoreApplication::processEvents();
    auto* hint = feel->parentWidget()->findChild<QLabel*>(QStringLiteral("coachHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_FALSE(hint->text().isEmpty());
    EXPECT_EQ(when->mapTo(window.get(), QPoint(0, 0)).y(), before);
}

TEST_F(CalmScreens, focus_goes_to_the_next_thing_to_do_never_to_a_private_button) {
    toStatement();
    EXPECT_EQ(window->focusWidget(), find<QWidget>("field-share-feel")) << "the statement's first field";
    // Ctrl+Enter sends the form from any of its fields.
    auto* feel = find<app::DraftEdit>("field-share-feel");
    QTest::keyClicks(feel, QStringLiteral("lonely"));
    QTest::keyClick(feel, Qt::Key_Return, Qt::ControlModifier);
    settle();
    EXPECT_EQ(p.alex->step().stepId(), QStringLiteral("reflect")) << "Ctrl+Enter sent the statement";
    // Sam asks for a pause: on Alex's screen focus goes to the pause's own action, not to "End session".
    p.sam->pause().requestBreak();
    settle();
    auto* focused = window->focusWidget();
    ASSERT_NE(focused, nullptr);
    EXPECT_EQ(focused->objectName(), QStringLiteral("acknowledgeButton"));
    // Enter presses the focused button, as Space does.
    QTest::keyClick(focused, Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([&] { return p.sam->pause().view().acknowledged; }, 3000))
        << "Enter pressed \"OK, take your time\"";
}

// Issue 17 §3: after Enter on "I'm ready" the focused button goes; focus stays in the conversation column
// (on the prompt, which now says what Sam is doing), so one stray Space starts no pause for both.
TEST_F(CalmScreens, after_im_ready_by_keyboard_focus_stays_in_the_conversation_and_space_starts_no_pause) {
    p.alex->checkIn().start(QStringLiteral("conversation"));
    settle();
    auto* ready = find<QPushButton>("action-ready");
    ASSERT_NE(ready, nullptr);
    ready->setFocus();
    QTest::keyClick(ready, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.hostEngine->session().state().completed.size() == 1; }, 3000));
    settle();
    QCoreApplication::processEvents();
    auto* focused = window->focusWidget();
    ASSERT_NE(focused, nullptr);
    auto* side = window->findChild<app::SidePanel*>();
    EXPECT_FALSE(side->isAncestorOf(focused))
        << "focus went to the side panel: " << focused->objectName().toStdString();
    EXPECT_EQ(focused->objectName(), QStringLiteral("stepPrompt")) << "waiting: the prompt says what Sam does";
    QTest::keyClick(focused, Qt::Key_Space);
    settle();
    EXPECT_FALSE(p.alex->pause().view().active) << "a stray Space started a pause for both";
}

// Issue 17 §3 over a whole turn by keyboard: after each of Alex's actions and each of Sam's, focus is in the
// conversation column, never in the side panel, and no pause ever starts.
TEST_F(CalmScreens, in_a_whole_turn_by_keyboard_focus_never_lands_in_the_side_panel) {
    auto* side = window->findChild<app::SidePanel*>();
    const auto check = [&](const char* after) {
        QCoreApplication::processEvents();
        auto* focused = window->focusWidget();
        ASSERT_NE(focused, nullptr) << after;
        EXPECT_FALSE(side->isAncestorOf(focused)) << after << ": focus on " << focused->objectName().toStdString();
        EXPECT_FALSE(p.alex->pause().view().active) << after;
    };
    const auto press = [&](const char* name) {
        auto* button = find<QPushButton>(name);
        ASSERT_TRUE(button != nullptr && button->isVisible()) << name;
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        settle();
    };
    const auto samDoes = [&](const char* action, std::map<QString, QString> fields = {}) {
        for (const auto& [name, text] : fields) {
            p.sam->step().setDraft(QString::fromLatin1(action), name, text);
        }
        p.sam->step().submit(QString::fromLatin1(action));
        settle();
    };
    p.alex->checkIn().start(QStringLiteral("conversation"));
    settle();
    check("the check-in step opened");
    auto* me = find<QRadioButton>("field-set-topic-first-me");
    me->setFocus();
    QTest::keyClick(me, Qt::Key_Space);
    QTest::keyClick(me, Qt::Key_Return, Qt::ControlModifier);
    settle();
    check("set the topic");
    press("action-ready");
    check("I'm ready");
    samDoes("ready");
    check("Sam is ready: the statement");
    ASSERT_EQ(p.alex->step().stepId(), QStringLiteral("statement"));
    auto* feel = window->focusWidget();
    QTest::keyClicks(feel, QStringLiteral("lonely"));
    QTest::keyClick(feel, Qt::Key_Return, Qt::ControlModifier);
    settle();
    check("shared the statement");
    samDoes("reflect", {{QStringLiteral("heard"), QStringLiteral("you feel lonely")}});
    check("Sam reflected");
    press("action-confirm");
    check("Yes, that's it");
    samDoes("ask-more");
    check("Sam asked for more");
    press("action-no-more");
    check("No more");
    samDoes("validate", {{QStringLiteral("because"), QStringLiteral("it was a long week")}});
    check("Sam validated and passed the floor");
}

TEST_F(CalmScreens, when_the_summary_opens_focus_is_on_its_heading_not_the_side_panel) {
    toStatement();
    ASSERT_EQ(window->focusWidget(), find<QWidget>("field-share-feel"));
    p.sam->endSession();
    settle();
    QCoreApplication::processEvents();
    auto* focused = window->focusWidget();
    ASSERT_NE(focused, nullptr);
    EXPECT_FALSE(window->findChild<app::SidePanel*>()->isAncestorOf(focused))
        << "focus went to the side panel: " << focused->objectName().toStdString();
    EXPECT_EQ(focused->objectName(), QStringLiteral("pageTitle"));
}

// Issue 17 §3: Space or Enter on a pause button asks first, and "Not now" is the default; a click and
// Ctrl+P are deliberate and start the pause at once.
TEST_F(CalmScreens, a_pause_started_by_space_asks_first_and_defaults_to_not_now) {
    toStatement();
    auto* pauseButton = find<QPushButton>("breakButton");
    ASSERT_TRUE(pauseButton != nullptr && pauseButton->isEnabled());
    pauseButton->setFocus();
    QTest::keyClick(pauseButton, Qt::Key_Space);
    QMessageBox* box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (box = window->findChild<QMessageBox*>(QStringLiteral("pauseConfirmation"))) != nullptr; }, 2000));
    settle();
    EXPECT_FALSE(p.alex->pause().view().active) << "Space alone started the pause";
    ASSERT_NE(box->defaultButton(), nullptr);
    EXPECT_EQ(box->defaultButton()->text(), QStringLiteral("Not now"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    EXPECT_FALSE(p.alex->pause().view().active) << "Enter on the question said Not now";
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->findChild<QMessageBox*>() == nullptr; }, 2000));
    // Enter on the breathing pause asks too.
    auto* breath = find<QPushButton>("breathButton");
    breath->setFocus();
    QTest::keyClick(breath, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (box = window->findChild<QMessageBox*>(QStringLiteral("pauseConfirmation"))) != nullptr; }, 2000));
    EXPECT_EQ(box->defaultButton()->text(), QStringLiteral("Not now"));
    QTest::keyClick(box, Qt::Key_Escape);
    settle();
    EXPECT_FALSE(p.alex->pause().view().active);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->findChild<QMessageBox*>() == nullptr; }, 2000));
    // Ctrl+P is a deliberate key: the pause starts without a question.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    find<app::DraftEdit>("field-share-feel")->setFocus();
    QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return p.alex->pause().view().active; }, 3000)) << "Ctrl+P";
    EXPECT_EQ(window->findChild<QMessageBox*>(), nullptr);
}

TEST_F(CalmScreens, a_pause_button_clicked_with_the_mouse_starts_the_pause_at_once) {
    toStatement();
    QTest::mouseClick(find<QPushButton>("breakButton"), Qt::LeftButton);
    settle();
    EXPECT_TRUE(p.alex->pause().view().active);
    EXPECT_EQ(window->findChild<QMessageBox*>(), nullptr);
}

// Issue 17 §3: Ctrl+Enter sends the form from its radio buttons too (who speaks first), not only its text.
TEST_F(CalmScreens, ctrl_enter_sends_the_form_from_its_choices_too) {
    p.alex->checkIn().start(QStringLiteral("conversation"));
    settle();
    auto* me = find<QRadioButton>("field-set-topic-first-me");
    ASSERT_NE(me, nullptr);
    me->setFocus();
    QTest::keyClick(me, Qt::Key_Space);
    ASSERT_TRUE(me->isChecked());
    QTest::keyClick(me, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return p.hostEngine->session().state().stepValues.count(QStringLiteral("first")) > 0; }, 3000))
        << "Ctrl+Enter on a radio button did nothing";
    EXPECT_EQ(p.hostEngine->session().state().stepValues.at(QStringLiteral("first")), QStringLiteral("A"));
}

// Issue 17 §3: Tab from the agreement reaches Continue even before it is ticked; pressed early, Continue
// says what is missing and takes focus back there.
TEST_F(CalmScreens, on_the_first_run_tab_from_the_agreement_reaches_continue) {
    settings.setFirstRunDone(false);
    app::MainWindow first(settings, coach, partners);
    first.show();
    first.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&first));
    auto* name = first.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* agree = first.findChild<QCheckBox*>(QStringLiteral("agreeCheck"));
    auto* next = first.findChild<QPushButton*>(QStringLiteral("continueButton"));
    ASSERT_TRUE(name && agree && next);
    agree->setFocus();
    QTest::keyClick(agree, Qt::Key_Tab);
    EXPECT_EQ(first.focusWidget(), next) << "Tab went to " << first.focusWidget()->objectName().toStdString();
    QTest::keyClick(next, Qt::Key_Space);
    EXPECT_FALSE(settings.firstRunDone()) << "not without the agreement";
    EXPECT_EQ(first.focusWidget(), agree) << "focus goes back to what is missing";
    auto* note = first.findChild<QLabel*>(QStringLiteral("stepNotice"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("To continue, tick the agreement about pauses above."));
    QTest::keyClick(agree, Qt::Key_Space);
    ASSERT_TRUE(agree->isChecked());
    EXPECT_FALSE(note->isVisible()) << "nothing is missing any more";
    QTest::keyClick(agree, Qt::Key_Tab);
    EXPECT_EQ(first.focusWidget(), next);
    QTest::keyClick(next, Qt::Key_Space);
    EXPECT_TRUE(settings.firstRunDone());
}

TEST_F(CalmScreens, the_end_question_defaults_to_keep_going) {
    toStatement();
    find<QPushButton>("quiet")->click();
    QMessageBox* box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = window->findChild<QMessageBox*>()) != nullptr; }, 2000));
    ASSERT_NE(box->defaultButton(), nullptr);
    EXPECT_EQ(box->defaultButton()->text(), QStringLiteral("Keep going"));
    QTest::keyClick(box, Qt::Key_Return);
    settle();
    EXPECT_FALSE(p.alex->summary().ended()) << "Enter alone never ends the conversation";
}

TEST_F(CalmScreens, the_title_names_the_window_once_and_its_place_is_remembered) {
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Alex"));
    window->resize(900, 700);
    window->setSession(nullptr); // not in a conversation: closing does not ask
    window->close();
    EXPECT_FALSE(settings.windowGeometry().isEmpty());
    app::MainWindow again(settings, coach, partners);
    EXPECT_EQ(again.size(), QSize(900, 700));
}

} // namespace
} // namespace twofold::test
