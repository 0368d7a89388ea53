// Keyboard and screen-reader checks on the real window: every page and dialog is walked widget by
// widget (each control has a name and takes Tab focus), Tab is pressed round each window (every
// control is reached, the private side panel comes after the step), and the side panel's private
// shortcuts exist and work.
#include "app/controllers/PartnersController.h"
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/pages/MainWindow.h"
#include "app/pages/SessionPage.h"
#include "app/widgets/SidePanel.h"
#include "app/widgets/SignalCardStack.h"
#include "core/session/SignalCatalogue.h"
#include "tests/app/AccessibilityAudit.h"
#include "tests/app/FakePartners.h"
#include "tests/app/TwoPartners.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using app::Screen;

class AccessibilityTest : public ::testing::Test {
protected:
    AccessibilityTest() : coach(QStringLiteral("en")), settings(profile.path()) {}

    void SetUp() override {
        window = std::make_unique<app::MainWindow>(settings, coach, partners);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    // Names, focus and a full Tab round on what `root` (in `top`) currently shows.
    void audit(QWidget* root, const char* where, QWidget* top = nullptr) {
        QCoreApplication::processEvents();
        top = top != nullptr ? top : window.get();
        const auto names = auditNamesAndFocus(root);
        EXPECT_TRUE(names.isEmpty()) << where << ":\n  " << names.join(QStringLiteral("\n  ")).toStdString();
        const auto chain = tabRound(top);
        const auto tabs = auditTabRound(root, chain);
        EXPECT_TRUE(tabs.isEmpty()) << where << ":\n  " << tabs.join(QStringLiteral("\n  ")).toStdString();
        lastChain = chain;
    }

    // In a session, Tab goes from the header through the step and only then to the private buttons.
    void expectSidePanelLast(const char* where) {
        auto* side = window->findChild<app::SidePanel*>();
        auto* session = window->sessionPage();
        ASSERT_NE(side, nullptr);
        auto chain = lastChain;
        auto* settingsButton = window->findChild<QWidget*>(QStringLiteral("settingsButton"));
        const auto start = chain.indexOf(settingsButton);
        ASSERT_GE(start, 0) << where;
        std::rotate(chain.begin(), chain.begin() + start, chain.end());
        qsizetype lastStep = -1;
        qsizetype firstSide = chain.size();
        for (qsizetype i = 0; i < chain.size(); ++i) {
            if (side->isAncestorOf(chain[i])) {
                firstSide = std::min(firstSide, i);
            } else if (session->isAncestorOf(chain[i])) {
                lastStep = i;
            }
        }
        ASSERT_GE(lastStep, 0) << where << ": Tab never reaches the step";
        ASSERT_LT(firstSide, chain.size()) << where << ": Tab never reaches the side panel";
        EXPECT_LT(lastStep, firstSide) << where << ": " << describe(chain[lastStep]).toStdString()
                                       << " comes after the side panel";
    }

    void finishFirstRun() {
        settings.setDisplayName(QStringLiteral("Alex"));
        settings.setFirstRunDone(true);
    }

    void settle() {
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
    }

    bool shows(const char* name) {
        auto* widget = window->findChild<QWidget*>(QString::fromLatin1(name));
        return widget != nullptr && widget->isVisible();
    }

    void startSession() {
        finishFirstRun();
        window->setSession(p.alex.get());
        QCoreApplication::processEvents();
        auto* begin = window->findChild<QPushButton*>(QStringLiteral("beginButton"));
        ASSERT_NE(begin, nullptr);
        QTest::mouseClick(begin, Qt::LeftButton);
        settle();
    }

    void bothReady() {
        p.alex->step().submit(QStringLiteral("ready"));
        settle();
        p.sam->step().submit(QStringLiteral("ready"));
        settle();
        ASSERT_EQ(p.alex->step().stepId(), QStringLiteral("statement"));
    }

    TwoPartners p;
    app::RuleCoach coach;
    QTemporaryDir profile;
    app::Settings settings;
    // The partners page without a network: one partner nearby, one remembered.
    FakePartners partners{{{QStringLiteral("sam-id"), QStringLiteral("Sam"), QStringLiteral("192.168.1.20:45210")}},
                          {{QStringLiteral("kim-id"), QStringLiteral("Kim"), QStringLiteral("192.168.1.21:45210")}}};
    std::unique_ptr<app::MainWindow> window;
    QList<QWidget*> lastChain;
};

TEST_F(AccessibilityTest, first_run_and_partners_pages_are_named_and_reachable_by_keyboard) {
    ASSERT_TRUE(shows("firstRunPage"));
    audit(window.get(), "first run");
    auto* name = window->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("Alex"));
    window->findChild<QCheckBox*>(QStringLiteral("agreeCheck"))->setChecked(true);
    audit(window.get(), "first run, ready to continue");
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("continueButton")), Qt::LeftButton);

    ASSERT_TRUE(shows("partnersPage"));
    audit(window.get(), "partners: finding each other");
    Q_EMIT partners.invited(QStringLiteral("Sam"));
    ASSERT_TRUE(shows("acceptButton"));
    audit(window.get(), "partners: an invitation");
    Q_EMIT partners.codeShown(QStringLiteral("123456"), QStringLiteral("Sam"));
    ASSERT_TRUE(shows("codesMatchButton"));
    audit(window.get(), "partners: the code");
}

TEST_F(AccessibilityTest, every_session_screen_is_named_and_reachable_by_keyboard) {
    finishFirstRun();
    window->setSession(p.alex.get());
    ASSERT_TRUE(shows("checkInPage"));
    audit(window.get(), "check-in");
    expectSidePanelLast("check-in");
    auto* settled = window->findChild<QRadioButton*>(QStringLiteral("level-0"));
    ASSERT_TRUE(lastChain.contains(settled));
    EXPECT_FALSE(p.alex->checkIn().activation().has_value()) << "no level is chosen for anyone";
    settled->setFocus();
    QTest::keyClick(settled, Qt::Key_Space);
    EXPECT_EQ(p.alex->checkIn().activation(), session::Activation::Settled) << "Space chooses the focused level";
    QTest::keyClick(settled, Qt::Key_Down);
    EXPECT_EQ(p.alex->checkIn().activation(), session::Activation::ABitActivated) << "the arrow keys choose a level";
    EXPECT_EQ(window->focusWidget(), window->findChild<QRadioButton*>(QStringLiteral("level-1")));
    // Assistive technology toggles (QAccessibleButton's Toggle calls toggle(), which emits no clicked()).
    window->findChild<QRadioButton*>(QStringLiteral("level-2"))->toggle();
    EXPECT_EQ(p.alex->checkIn().activation(), session::Activation::Flooded) << "AT-SPI's Toggle chooses a level too";

    startSession();
    ASSERT_TRUE(shows("conversationPage"));
    audit(window.get(), "conversation: topic and who begins");
    expectSidePanelLast("conversation: topic and who begins");
    bothReady();
    audit(window.get(), "conversation: I statement");
    expectSidePanelLast("conversation: I statement");

    // Sam asks for 10 minutes: Alex's pause screen, then re-entry.
    p.sam->pause().requestBreak();
    settle();
    ASSERT_TRUE(shows("pausePage"));
    audit(window.get(), "pause: partner paused");
    expectSidePanelLast("pause: partner paused");
    p.clock.advanceSeconds(11 * 60);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shows("reEntryLine"); }, 3000));
    audit(window.get(), "pause: re-entry");
    p.alex->pause().reEnter(QStringLiteral("calmer"));
    p.sam->pause().reEnter(QStringLiteral("calmer"));
    settle();

    // Both speak, then appreciations and the summary.
    for (auto* speaker : {p.alex.get(), p.sam.get()}) {
        auto* listener = speaker == p.alex.get() ? p.sam.get() : p.alex.get();
        p.conversationTurn(*speaker, *listener, [&] {
            QCoreApplication::processEvents();
            if (speaker == p.alex.get()) {
                audit(window.get(), "conversation: reflect (waiting)");
            }
        });
        QCoreApplication::processEvents();
    }
    audit(window.get(), "conversation: appreciation");
    expectSidePanelLast("conversation: appreciation");
    for (auto* partner : {p.alex.get(), p.sam.get()}) {
        partner->step().setDraft(QStringLiteral("appreciate"), QStringLiteral("appreciation"),
                                 QStringLiteral("you stayed"));
        partner->step().submit(QStringLiteral("appreciate"));
        settle();
    }
    ASSERT_TRUE(shows("summaryPage"));
    audit(window.get(), "summary");
    expectSidePanelLast("summary");
    p.alex->step().submit(QStringLiteral("agree-export"));
    settle();
    p.sam->step().submit(QStringLiteral("agree-export"));
    settle();
    ASSERT_TRUE(shows("exportButton"));
    audit(window.get(), "summary: both agreed to keep a copy");
    expectSidePanelLast("summary: both agreed to keep a copy");
}

// Outside tester's cases (case_tab_order_side_panel.py, case_hidden_partner_list_showing.py,
// case_statement_not_tab_reachable.py): the side panel's Tab order is the order it shows; focus left on
// the partners page moves into the session when it begins; the partner's statement is a Tab stop.
TEST_F(AccessibilityTest, tab_follows_the_side_panel_and_focus_follows_the_page_shown) {
    finishFirstRun();
    window->setSession(nullptr); // the partners page
    QCoreApplication::processEvents();
    auto* nearby = window->findChild<QWidget*>(QStringLiteral("nearbyList"));
    ASSERT_TRUE(nearby != nullptr && nearby->isVisible());
    nearby->setFocus();
    window->setSession(p.alex.get());
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    ASSERT_NE(window->focusWidget(), nullptr);
    EXPECT_TRUE(window->focusWidget()->isVisible())
        << "focus stayed on " << describe(window->focusWidget()).toStdString() << ", out of sight";

    auto* side = window->findChild<app::SidePanel*>();
    ASSERT_NE(side, nullptr);
    QList<QWidget*> shown;
    for (auto* widget : side->findChildren<QWidget*>()) {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus) {
            shown.append(widget);
        }
    }
    std::sort(shown.begin(), shown.end(),
              [side](QWidget* a, QWidget* b) { return a->mapTo(side, QPoint()).y() < b->mapTo(side, QPoint()).y(); });
    QList<QWidget*> tabbed;
    for (auto* widget = shown.front(); tabbed.size() < shown.size(); widget = widget->nextInFocusChain()) {
        if (shown.contains(widget)) {
            tabbed.append(widget);
        }
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        EXPECT_EQ(tabbed[i], shown[i]) << i << ": Tab reaches " << describe(tabbed[i]).toStdString() << " where "
                                       << describe(shown[i]).toStdString() << " shows";
    }

    auto* begin = window->findChild<QPushButton*>(QStringLiteral("beginButton"));
    ASSERT_NE(begin, nullptr);
    QTest::mouseClick(begin, Qt::LeftButton);
    settle();
    bothReady();
    p.alex->step().setDraft(QStringLiteral("share"), QStringLiteral("feel"), QStringLiteral("lonely"));
    p.alex->step().submit(QStringLiteral("share"));
    settle();
    // Sam's side is not in this window; Alex's own statement card on the next step is read the same way.
    QWidget* card = nullptr;
    for (auto* label : window->findChildren<QLabel*>(QStringLiteral("entryText"))) {
        if (label->isVisible() && label->text().contains(QStringLiteral("lonely"))) {
            card = label;
        }
    }
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(card->focusPolicy() & Qt::TabFocus, Qt::TabFocus) << "the words shared are not a Tab stop";
}

TEST_F(AccessibilityTest, my_own_pause_and_the_end_question_are_named_and_reachable) {
    finishFirstRun();
    startSession();
    bothReady();
    p.alex->pause().requestBreak();
    settle();
    ASSERT_TRUE(shows("returnButton"));
    audit(window.get(), "pause: my own pause");
    p.alex->pause().returnEarly();
    settle();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shows("reEntryLine"); }, 3000));

    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("quiet")), Qt::LeftButton);
    QMessageBox* box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = window->findChild<QMessageBox*>()) != nullptr; }, 2000));
    ASSERT_TRUE(QTest::qWaitForWindowActive(box));
    audit(box, "end session?", box);
    box->reject();
}

TEST_F(AccessibilityTest, settings_and_about_dialogs_are_named_and_reachable_by_keyboard) {
    finishFirstRun();
    for (const auto& [open, dialogName] : {std::pair{&app::MainWindow::openSettings, "settingsDialog"},
                                           std::pair{&app::MainWindow::openAbout, "aboutDialog"}}) {
        const char* name = dialogName; // a plain variable: lambdas cannot capture a structured binding in clang 14
        (window.get()->*open)();
        QDialog* dialog = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = window->findChild<QDialog*>(QString::fromLatin1(name))) != nullptr; }, 2000));
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog)) << name;
        audit(dialog, name, dialog);
        dialog->reject();
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return window->findChild<QDialog*>(QString::fromLatin1(name)) == nullptr; }, 2000));
    }
}

// The side panel's private buttons have fixed keys: Ctrl+P (I need 10 minutes), Ctrl+B (ask for a
// pause), Alt+1 … Alt+0 (the ten gentle signals, in catalogue order). Each is a QShortcut or QAction
// (a button's own shortcut is lost when its text changes) and works from anywhere in the window.
TEST_F(AccessibilityTest, the_private_side_panel_shortcuts_exist_and_work) {
    finishFirstRun();
    startSession();
    bothReady();
    QList<QKeySequence> actionKeys;
    for (auto* shortcut : window->findChildren<QShortcut*>()) {
        actionKeys << shortcut->keys();
    }
    for (auto* action : window->findChildren<QAction*>()) {
        actionKeys << action->shortcuts();
    }
    QList<QKeySequence> buttonKeys;
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        buttonKeys << button->shortcut();
    }
    QList<QKeySequence> expected{QKeySequence(QStringLiteral("Ctrl+P")), QKeySequence(QStringLiteral("Ctrl+B"))};
    for (int digit = 1; digit <= 10; ++digit) {
        expected << QKeySequence(QStringLiteral("Alt+%1").arg(digit % 10));
    }
    for (const auto& key : expected) {
        EXPECT_EQ(actionKeys.count(key), 1) << key.toString().toStdString();
        EXPECT_EQ(buttonKeys.count(key), 0) << key.toString().toStdString() << " would be ambiguous";
    }

    // Typing in the step, Alt+1 … Alt+0 send each signal in turn.
    auto* feel = window->findChild<QPlainTextEdit*>(QStringLiteral("field-share-feel"));
    ASSERT_NE(feel, nullptr);
    feel->setFocus();
    const auto& catalogue = session::signalCatalogue();
    QStringList received;
    QObject::connect(&p.sam->repairSignals(), &app::SignalsModel::signalReceived, window.get(),
                     [&](const app::ReceivedSignalView& signal) { received << signal.text; });
    for (std::size_t i = 0; i < 10; ++i) {
        p.clock.advanceMs(app::SignalsModel::kBurstMs); // sending is gently rate-limited
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_0 + int((i + 1) % 10)), Qt::AltModifier);
        ASSERT_TRUE(QTest::qWaitFor([&] { return received.size() == qsizetype(i + 1); }, 3000)) << i;
        EXPECT_EQ(received.last(), session::signalText(catalogue[i].id));
    }
    EXPECT_TRUE(feel->toPlainText().isEmpty()) << "a shortcut types nothing";

    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.sam->screen() == Screen::Pause; }, 3000)) << "Ctrl+B";
    p.alex->pause().returnEarly();
    settle();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.alex->screen() == Screen::Conversation; }, 3000));

    QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return p.sam->pause().view().active &&
                   p.sam->pause().view().headline.contains(QStringLiteral("10 minutes"));
        },
        3000))
        << "Ctrl+P";
}

} // namespace
} // namespace twofold::test
