// A name from the partner's computer is shown literally everywhere: no label, card, dialog or tooltip
// ever turns it into markup (bold text, an image fetched from somewhere).
#include "app/controllers/PartnersController.h"
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/pages/MainWindow.h"
#include "app/widgets/PlainTextLabels.h"
#include "tests/app/FakePartners.h"
#include "tests/app/TwoPartners.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

const QString kHostile = QStringLiteral("<b>Sam</b><img src=x>");

class PlainTextNamesTest : public ::testing::Test {
protected:
    PlainTextNamesTest()
        : p(TwoPartners::Link::Memory, QStringLiteral("Alex"), kHostile), coach(QStringLiteral("en")),
          settings(profile.path()) {
        static bool installed = false;
        if (!installed) {
            app::PlainTextLabels::install(*qApp); // as the app does at start
            installed = true;
        }
        settings.setDisplayName(QStringLiteral("Alex"));
        settings.setFirstRunDone(true);
        window = std::make_unique<app::MainWindow>(settings, coach, partners);
        window->show();
    }

    // Every label on screen that holds the name shows it literally; returns how many held it.
    int expectLiteral(QWidget* root, const char* where) {
        QCoreApplication::processEvents();
        int holding = 0;
        for (auto* label : root->findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->text().contains(QStringLiteral("<b>"))) {
                continue;
            }
            ++holding;
            EXPECT_EQ(label->textFormat(), Qt::PlainText)
                << where << ": " << label->objectName().toStdString() << " renders \"" << label->text().toStdString()
                << "\" as markup";
        }
        return holding;
    }

    void settle() {
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
    }

    TwoPartners p;
    app::RuleCoach coach;
    QTemporaryDir profile;
    app::Settings settings;
    FakePartners partners{{{QStringLiteral("id"), kHostile, {}, true}}};
    std::unique_ptr<app::MainWindow> window;
};

// A 64-character name without a space wraps on screen (break marks, U+200B, between its characters), and a
// screen reader still reads it as the one word it is: an outside tester heard 63 marks in it.
TEST_F(PlainTextNamesTest, a_long_unbroken_name_wraps_on_screen_and_is_read_as_one_word) {
    const QString longName(64, QLatin1Char('W'));
    const QChar mark(0x200B);
    int wrapping = 0;
    const auto expectReadWhole = [&](const char* where) {
        QCoreApplication::processEvents();
        for (auto* label : window->findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->text().contains(mark)) {
                continue;
            }
            ++wrapping;
            const QString name = QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name);
            EXPECT_FALSE(name.contains(mark)) << where << ": " << label->objectName().toStdString();
            EXPECT_TRUE(name.contains(longName)) << where << ": " << name.toStdString();
        }
    };
    Q_EMIT partners.invited(longName);
    expectReadWhole("invitation");
    Q_EMIT partners.codeShown(QStringLiteral("123456"), longName);
    expectReadWhole("code");
    Q_EMIT partners.failed(app::PairingProblem::PartnerDeclined, longName);
    expectReadWhole("a refusal");
    EXPECT_GE(wrapping, 3) << "positive control: the long name wraps on each of these screens";
}

TEST_F(PlainTextNamesTest, a_name_with_markup_shows_literally_on_every_screen_that_names_the_partner) {
    Q_EMIT partners.invited(kHostile);
    EXPECT_GE(expectLiteral(window.get(), "invitation"), 1);
    Q_EMIT partners.codeShown(QStringLiteral("123456"), kHostile);
    EXPECT_GE(expectLiteral(window.get(), "code"), 1);
    Q_EMIT partners.failed(app::PairingProblem::PartnerDeclined, kHostile);
    EXPECT_GE(expectLiteral(window.get(), "a refusal"), 1);

    window->setSession(p.alex.get());
    p.alex->checkIn().start(QStringLiteral("conversation"));
    settle();
    p.alex->step().setDraft(QStringLiteral("set-topic"), QStringLiteral("first"), QStringLiteral("me"));
    p.alex->step().submit(QStringLiteral("set-topic"));
    settle();
    p.alex->step().submit(QStringLiteral("ready"));
    p.sam->step().submit(QStringLiteral("ready"));
    settle();
    EXPECT_GE(expectLiteral(window.get(), "the floor banner"), 1);

    // What Sam wrote for Alex, and Sam's name above it, on a "From" card and in the history.
    const auto act = [this](app::SessionController& who, const char* action, const char* field = nullptr) {
        if (field != nullptr) {
            who.step().setDraft(QString::fromLatin1(action), QString::fromLatin1(field), QStringLiteral("<b>x</b>"));
        }
        who.step().submit(QString::fromLatin1(action));
        settle();
    };
    act(*p.alex, "share", "feel");
    act(*p.sam, "reflect", "heard");
    act(*p.alex, "confirm");
    act(*p.sam, "ask-more");
    act(*p.alex, "no-more");
    act(*p.sam, "validate", "because");
    ASSERT_NE(window->findChild<QWidget*>(QStringLiteral("fromPartnerCard")), nullptr);
    EXPECT_GE(expectLiteral(window.get(), "a card from the partner"), 2);
    window->findChild<QPushButton*>(QStringLiteral("sharedHistoryToggle"))->click();
    EXPECT_GE(expectLiteral(window.get(), "what you heard from each other"), 4);

    p.sam->repairSignals().send(QStringLiteral("still-here"));
    settle();
    EXPECT_GE(expectLiteral(window.get(), "a signal card"), 1);

    p.sam->pause().requestBreak();
    settle();
    EXPECT_GE(expectLiteral(window.get(), "the partner's pause"), 1);
    p.sam->pause().returnEarly();
    settle();

    // The end question names the partner too.
    p.sam->pause().reEnter(QStringLiteral("ok"));
    p.alex->pause().reEnter(QStringLiteral("ok"));
    settle();
    auto* end = window->findChild<QPushButton*>(QStringLiteral("quiet"));
    ASSERT_NE(end, nullptr);
    end->click();
    QMessageBox* box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = window->findChild<QMessageBox*>()) != nullptr; }, 2000));
    EXPECT_GE(expectLiteral(box, "end session?"), 1);
    box->reject();

    // So does the question when the window closes mid-conversation.
    window->close();
    QMessageBox* closeBox = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (auto* candidate : window->findChildren<QMessageBox*>()) {
                if (candidate->isVisible()) {
                    closeBox = candidate;
                }
            }
            return closeBox != nullptr;
        },
        2000));
    EXPECT_GE(expectLiteral(closeBox, "close?"), 1);
    closeBox->reject();
}

} // namespace
} // namespace twofold::test
