// A name from the partner's computer is shown literally everywhere: no label, card, dialog or tooltip
// ever turns it into markup (bold text, an image fetched from somewhere).
#include "app/controllers/PartnersController.h"
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/pages/MainWindow.h"
#include "app/widgets/LiveRegion.h"
#include "app/widgets/PlainTextLabels.h"
#include "core/text/UserText.h"
#include "tests/app/FakePartners.h"
#include "tests/app/TwoPartners.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace twofold::test {
namespace {

const QString kHostile = QStringLiteral("<b>Sam</b><img src=x>");
const QString kLongName(64, QLatin1Char('W'));
const QString kRightToLeft = QStringLiteral("سارا");
const QChar kBreakMark(0x200B);

// Alex's real window, with the partner called `name` (a name with markup by default).
class PlainTextNamesTest : public ::testing::Test {
protected:
    explicit PlainTextNamesTest(const QString& name = kHostile)
        : partnerName(name), p(TwoPartners::Link::Memory, QStringLiteral("Alex"), name), coach(QStringLiteral("en")),
          settings(profile.path()), partners{{{QStringLiteral("id"), name, {}, true}}} {
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

    // Every screen of a session that names the partner, in order: `check(root, where)` runs on each
    // (root is the window, or the dialog asking) and returns how many of its labels held the name;
    // `expected` says how many at least must have (the positive control).
    void walkSession(const std::function<int(QWidget*, const char*)>& check) {
        const auto expect = [&](QWidget* root, const char* where, int expected) {
            EXPECT_GE(check(root, where), expected) << where << ": the name should be on this screen";
        };
        window->setSession(p.alex.get());
        QCoreApplication::processEvents();
        expect(window.get(), "the check-in", 1);
        p.alex->checkIn().start(QStringLiteral("conversation"));
        settle();
        expect(window.get(), "who starts", 0); // the partner's name is on a radio button here
        p.alex->step().setDraft(QStringLiteral("set-topic"), QStringLiteral("first"), QStringLiteral("me"));
        p.alex->step().submit(QStringLiteral("set-topic"));
        settle();
        p.alex->step().submit(QStringLiteral("ready"));
        p.sam->step().submit(QStringLiteral("ready"));
        settle();
        expect(window.get(), "the floor banner", 1);

        // What Sam wrote for Alex, and Sam's name above it, on a "From" card and in the history.
        const auto act = [this](app::SessionController& who, const char* action, const char* field = nullptr) {
            if (field != nullptr) {
                who.step().setDraft(QString::fromLatin1(action), QString::fromLatin1(field),
                                    QStringLiteral("<b>x</b>"));
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
        expect(window.get(), "a card from the partner", 1);
        window->findChild<QPushButton*>(QStringLiteral("sharedHistoryToggle"))->click();
        expect(window.get(), "what you heard from each other", 2);

        p.sam->repairSignals().send(QStringLiteral("still-here"));
        settle();
        expect(window.get(), "a signal card", 1);

        p.sam->pause().requestBreak();
        settle();
        expect(window.get(), "the partner's pause", 1);
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
        expect(box, "end session?", 1);
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
        expect(closeBox, "close?", 1);
        closeBox->reject();
    }

    QString partnerName;
    TwoPartners p;
    app::RuleCoach coach;
    QTemporaryDir profile;
    app::Settings settings;
    FakePartners partners;
    std::unique_ptr<app::MainWindow> window;
};

class LongNameTest : public PlainTextNamesTest {
protected:
    LongNameTest() : PlainTextNamesTest(kLongName) {}
};

class RightToLeftNameTest : public PlainTextNamesTest {
protected:
    RightToLeftNameTest() : PlainTextNamesTest(kRightToLeft) {}
};

// A 64-character name without a space wraps on screen (break marks, U+200B, between its characters), and a
// screen reader still reads it as the one word it is: an outside tester heard 63 marks in it.
TEST_F(LongNameTest, a_long_unbroken_name_wraps_on_screen_and_is_read_as_one_word) {
    int wrapping = 0;
    const auto expectReadWhole = [&](const char* where) {
        QCoreApplication::processEvents();
        for (auto* label : window->findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->text().contains(kBreakMark)) {
                continue;
            }
            ++wrapping;
            const QString name = QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name);
            EXPECT_FALSE(name.contains(kBreakMark)) << where << ": " << label->objectName().toStdString();
            EXPECT_TRUE(name.contains(kLongName)) << where << ": " << name.toStdString();
        }
    };
    Q_EMIT partners.invited(kLongName);
    expectReadWhole("invitation");
    Q_EMIT partners.codeShown(QStringLiteral("123456"), kLongName);
    expectReadWhole("code");
    Q_EMIT partners.failed(app::PairingProblem::PartnerDeclined, kLongName);
    expectReadWhole("a refusal");
    EXPECT_GE(wrapping, 3) << "positive control: the long name wraps on each of these screens";
}

// In the session too, every sentence naming the partner may wrap inside the name (the window kept its
// width: TextFitsTest's *_long_partner_name cases), and what a screen reader hears of the partner's
// words and of every announcement has the name whole.
TEST_F(LongNameTest, a_long_unbroken_name_wraps_in_every_session_sentence) {
    std::vector<std::unique_ptr<QSignalSpy>> heard; // what each live region announced
    int buttonsNaming = 0;
    walkSession([&](QWidget* root, const char* where) {
        QCoreApplication::processEvents();
        if (heard.empty()) { // the session page's live region exists once the session is set
            for (auto* live : window->findChildren<app::LiveRegion*>()) {
                heard.push_back(std::make_unique<QSignalSpy>(live, &app::LiveRegion::announced));
            }
        }
        int naming = 0;
        for (auto* label : root->findChildren<QLabel*>()) {
            if (!label->isVisible() || !text::withoutBreaks(label->text()).contains(kLongName)) {
                continue;
            }
            ++naming;
            EXPECT_TRUE(label->text().contains(kBreakMark))
                << where << ": " << label->objectName().toStdString() << " cannot wrap inside the name";
            // Every label naming them is read without the marks (an outside tester found 60 read with
            // 63 marks inside the name, on every session screen).
            const QString name = QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name);
            EXPECT_FALSE(name.contains(kBreakMark))
                << where << ": " << label->objectName().toStdString() << " \"" << name.toStdString() << "\"";
            EXPECT_TRUE(name.contains(kLongName)) << where << ": " << name.toStdString();
        }
        for (auto* button : root->findChildren<QAbstractButton*>()) { // "Sam starts" at the check-in
            if (button->isVisible() && text::withoutBreaks(button->accessibleName()).contains(kLongName)) {
                ++buttonsNaming;
                EXPECT_FALSE(button->accessibleName().contains(kBreakMark))
                    << where << ": " << button->objectName().toStdString();
            }
        }
        for (auto* card : root->findChildren<QFrame*>()) {
            if (card->isVisible() && text::withoutBreaks(card->accessibleName()).contains(kLongName)) {
                EXPECT_FALSE(card->accessibleName().contains(kBreakMark))
                    << where << ": " << card->objectName().toStdString();
            }
        }
        return naming;
    });
    EXPECT_GE(buttonsNaming, 1) << "positive control: \"… starts\" at the check-in names the partner";
    const auto announced = [&] {
        QStringList texts;
        for (const auto& spy : heard) {
            for (const auto& arguments : std::as_const(*spy)) {
                texts << arguments.at(0).toString();
            }
        }
        return texts;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return !announced().isEmpty(); }, 3000)) << "positive control: announcements";
    const QStringList said = announced();
    for (const auto& text : said) {
        EXPECT_FALSE(text.contains(kBreakMark)) << text.toStdString();
    }
    EXPECT_TRUE(std::any_of(said.cbegin(), said.cend(), [](const QString& text) { return text.contains(kLongName); }))
        << "an announcement names the partner whole";
}

// A name in Arabic or Hebrew must not turn the English sentence around it right-to-left ("… come back to
// 2 سارا"): every session sentence holds it as an isolated run, U+2068 … U+2069 (Unicode UAX #9).
TEST_F(RightToLeftNameTest, a_right_to_left_name_is_an_isolated_run_in_every_session_sentence) {
    const QString run = QChar(0x2068) + kRightToLeft + QChar(0x2069);
    walkSession([&](QWidget* root, const char* where) {
        QCoreApplication::processEvents();
        int naming = 0;
        for (auto* label : root->findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->text().contains(kRightToLeft)) {
                continue;
            }
            ++naming;
            if (label->text() == kRightToLeft) {
                continue; // the name on its own, not in a sentence
            }
            EXPECT_EQ(label->text().count(run), label->text().count(kRightToLeft))
                << where << ": " << label->objectName().toStdString() << " \"" << label->text().toStdString() << "\"";
            EXPECT_FALSE(label->text().isRightToLeft()) << where << ": \"" << label->text().toStdString() << "\"";
            // How Qt lays the paragraph out (an outside tester saw these drawn flush right).
            QTextDocument laidOut;
            laidOut.setPlainText(label->text());
            EXPECT_EQ(laidOut.firstBlock().textDirection(), Qt::LeftToRight)
                << where << ": \"" << label->text().toStdString() << "\"";
        }
        return naming;
    });
}

TEST_F(PlainTextNamesTest, a_name_with_markup_shows_literally_on_every_screen_that_names_the_partner) {
    Q_EMIT partners.invited(kHostile);
    EXPECT_GE(expectLiteral(window.get(), "invitation"), 1);
    Q_EMIT partners.codeShown(QStringLiteral("123456"), kHostile);
    EXPECT_GE(expectLiteral(window.get(), "code"), 1);
    Q_EMIT partners.failed(app::PairingProblem::PartnerDeclined, kHostile);
    EXPECT_GE(expectLiteral(window.get(), "a refusal"), 1);
    walkSession([this](QWidget* root, const char* where) { return expectLiteral(root, where); });
}

} // namespace
} // namespace twofold::test
