// Two partners' session pages, joined in-process, clicked through a whole conversation offscreen.
#include "app/controllers/RuleCoach.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SummaryPage.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/SignalCard.h"
#include "app/widgets/SignalCardStack.h"
#include "tests/app/TwoPartners.h"
#include "tests/fakes/AsRead.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using twofold::app::DraftEdit;
using twofold::app::SessionPage;
using twofold::test::asRead;

namespace {

class ConversationWidgetTest : public ::testing::TestWithParam<twofold::test::TwoPartners::Link> {
protected:
    ConversationWidgetTest() : p(GetParam()), coach(QStringLiteral("en")), alex(*p.alex, coach), sam(*p.sam, coach) {
        for (auto* page : {&alex, &sam}) {
            page->setReducedMotion(true);
            page->resize(1000, 800);
            page->show();
        }
    }

    void click(SessionPage& page, const QString& name) {
        auto* button = page.findChild<QPushButton*>(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        ASSERT_TRUE(button->isVisible() && button->isEnabled())
            << name.toStdString() << " visible=" << button->isVisible() << " enabled=" << button->isEnabled()
            << " count=" << page.findChildren<QPushButton*>(name).size();
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
    }

    void type(SessionPage& page, const QString& field, const QString& text) {
        auto* edit = page.findChild<DraftEdit*>(field);
        ASSERT_NE(edit, nullptr) << field.toStdString();
        ASSERT_TRUE(edit->isVisible()) << field.toStdString();
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    QString label(SessionPage& page, const char* name) {
        auto* widget = page.findChild<QLabel*>(QString::fromLatin1(name));
        return widget && widget->isVisible() ? asRead(widget->text()) : QString();
    }

    // The showing "From …" card on `page` holding `words`, if any.
    QWidget* fromCard(SessionPage& page, const QString& words) {
        for (auto* card : page.findChildren<QWidget*>(QStringLiteral("fromPartnerCard"))) {
            if (card->isVisible() && card->accessibleName().contains(words)) {
                return card;
            }
        }
        return nullptr;
    }

    // Whether a showing label on `page` reads `text`.
    bool shows(SessionPage& page, const QString& text) {
        for (auto* label : page.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text() == text) {
                return true;
            }
        }
        return false;
    }

    bool visible(SessionPage& page, const QString& name) {
        auto* widget = page.findChild<QWidget*>(name);
        return widget != nullptr && widget->isVisible();
    }

    twofold::test::TwoPartners p;
    twofold::app::RuleCoach coach;
    SessionPage alex;
    SessionPage sam;
};

TEST_P(ConversationWidgetTest, two_partners_click_through_a_whole_conversation) {
    click(alex, QStringLiteral("beginButton"));
    type(alex, QStringLiteral("field-set-topic-topic"), QStringLiteral("Weekends"));
    click(alex, QStringLiteral("action-set-topic"));
    click(alex, QStringLiteral("action-ready"));
    EXPECT_TRUE(visible(alex, QStringLiteral("action-not-yet"))) << "a ready partner can still say not yet";
    click(sam, QStringLiteral("action-ready"));

    // Alex was the one who raised it and speaks first.
    EXPECT_EQ(label(alex, "floorBanner"), QStringLiteral("You're speaking · Sam is listening"));
    EXPECT_EQ(label(sam, "floorBanner"), QStringLiteral("Alex is speaking · you're listening"));
    EXPECT_FALSE(visible(sam, QStringLiteral("action-share")));
    EXPECT_TRUE(label(sam, "stepPrompt").startsWith(QStringLiteral("Alex is putting")));

    for (auto* speaker : {&alex, &sam}) {
        auto* listener = speaker == &alex ? &sam : &alex;
        type(*speaker, QStringLiteral("field-share-feel"), QStringLiteral("lonely"));
        type(*speaker, QStringLiteral("field-share-need"), QStringLiteral("time together"));
        click(*speaker, QStringLiteral("action-share"));
        EXPECT_TRUE(label(*listener, "stepTitle").contains(QStringLiteral("Reflect")));
        type(*listener, QStringLiteral("field-reflect-heard"), QStringLiteral("you feel lonely"));
        click(*listener, QStringLiteral("action-reflect"));
        click(*speaker, QStringLiteral("action-confirm"));
        click(*listener, QStringLiteral("action-ask-more"));
        click(*speaker, QStringLiteral("action-no-more"));
        type(*listener, QStringLiteral("field-validate-because"), QStringLiteral("it was a long week"));
        click(*listener, QStringLiteral("action-validate"));
        // The one who was heard receives the validation: a card in plain words, which Tab reaches.
        const QString from = speaker == &alex ? QStringLiteral("From Sam") : QStringLiteral("From Alex");
        const auto* card = fromCard(*speaker, QStringLiteral("it was a long week"));
        ASSERT_NE(card, nullptr) << "the validation should be on the screen of the one who was heard";
        EXPECT_TRUE(asRead(card->accessibleName()).startsWith(from)) << card->accessibleName().toStdString();
        const auto* words = card->findChild<QLabel*>(QStringLiteral("entryText"));
        ASSERT_NE(words, nullptr);
        EXPECT_EQ(words->textFormat(), Qt::PlainText);
        EXPECT_TRUE(words->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
        EXPECT_TRUE((words->focusPolicy() & Qt::TabFocus) != 0) << "Tab reaches it";
        EXPECT_EQ(fromCard(*listener, QStringLiteral("it was a long week")), nullptr)
            << "not on the writer's own screen, and Sam's to Alex went once Alex reflected in Sam's turn";
    }
    EXPECT_TRUE(visible(alex, QStringLiteral("sharedHistoryToggle"))) << "what was heard stays in the history";
    type(alex, QStringLiteral("field-appreciate-appreciation"), QStringLiteral("you stayed"));
    click(alex, QStringLiteral("action-appreciate"));
    EXPECT_NE(fromCard(sam, QStringLiteral("it was a long week")), nullptr) << "until Sam shares something";
    type(sam, QStringLiteral("field-appreciate-appreciation"), QStringLiteral("you listened"));
    click(sam, QStringLiteral("action-appreciate"));

    EXPECT_TRUE(visible(alex, QStringLiteral("summaryPage")));
    EXPECT_TRUE(shows(alex, QStringLiteral("What made sense: it was a long week"))) << "the validation is summarised";
    EXPECT_FALSE(visible(alex, QStringLiteral("exportButton"))) << "export only once both agreed";
    click(alex, QStringLiteral("action-agree-export"));
    click(sam, QStringLiteral("action-agree-export"));
    ASSERT_TRUE(visible(sam, QStringLiteral("exportButton")));
    QTemporaryDir dir;
    ASSERT_TRUE(sam.summaryPage()->saveTo(dir.filePath(QStringLiteral("session.md"))));
    QFile file(dir.filePath(QStringLiteral("session.md")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("you listened"));
    EXPECT_EQ(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        << "what the partners wrote is owner-only (0644 before)";

    // A name that is a link to another file is refused: its target keeps its bytes.
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("precious.txt"));
    QFile precious(target);
    ASSERT_TRUE(precious.open(QIODevice::WriteOnly));
    precious.write("mine");
    precious.close();
    ASSERT_TRUE(QFile::link(target, dir.filePath(QStringLiteral("linked.md"))));
    EXPECT_FALSE(sam.summaryPage()->saveTo(dir.filePath(QStringLiteral("linked.md"))));
    ASSERT_TRUE(precious.open(QIODevice::ReadOnly));
    EXPECT_EQ(precious.readAll(), QByteArray("mine"));
}

TEST_P(ConversationWidgetTest, a_pause_with_extension_freezes_both_screens_and_keeps_drafts) {
    click(alex, QStringLiteral("beginButton"));
    click(alex, QStringLiteral("action-ready"));
    click(sam, QStringLiteral("action-ready"));
    type(alex, QStringLiteral("field-share-feel"), QStringLiteral("half a sentence"));

    click(sam, QStringLiteral("breakButton"));
    EXPECT_TRUE(visible(alex, QStringLiteral("pausePage")));
    EXPECT_TRUE(label(alex, "pauseHeadline")
                    .startsWith(QStringLiteral(
                        "Sam needs 10 minutes to come back to themselves. They're not leaving. Back at")));
    EXPECT_EQ(label(alex, "pauseCountdown"), QStringLiteral("10:00"));
    EXPECT_FALSE(visible(alex, QStringLiteral("extendButton")));
    click(alex, QStringLiteral("acknowledgeButton"));
    EXPECT_TRUE(label(sam, "pauseNote").contains(QStringLiteral("Alex says: OK, take your time.")));

    p.clock.advanceSeconds(9 * 60 + 30);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.samChime.count(twofold::app::ChimeKind::PauseWarning) == 1; }, 3000));
    click(sam, QStringLiteral("extendButton"));
    EXPECT_TRUE(label(alex, "pauseNote").startsWith(QStringLiteral("Sam asked for 10 more minutes.")));

    p.clock.advanceSeconds(11 * 60);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return visible(alex, QStringLiteral("reEntryLine")) && visible(sam, QStringLiteral("reEntryLine")); },
        3000));
    EXPECT_EQ(p.alexChime.count(twofold::app::ChimeKind::PauseEnd), 1);
    for (auto* page : {&sam, &alex}) {
        auto* line = page->findChild<QLineEdit*>(QStringLiteral("reEntryLine"));
        QTest::keyClicks(line, QStringLiteral("calmer"));
        click(*page, QStringLiteral("reEntryButton"));
    }
    EXPECT_TRUE(visible(alex, QStringLiteral("conversationPage")));
    auto* feel = alex.findChild<DraftEdit*>(QStringLiteral("field-share-feel"));
    ASSERT_NE(feel, nullptr);
    EXPECT_EQ(feel->toPlainText(), QStringLiteral("half a sentence"));
}

TEST_P(ConversationWidgetTest, repair_signals_arrive_both_ways_as_soft_cards) {
    click(alex, QStringLiteral("beginButton"));
    click(alex, QStringLiteral("signal-still-here"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return sam.signalCards()->cards().size() == 1; }, 2000));
    EXPECT_EQ(sam.signalCards()->cards().front()->text(), QStringLiteral("I'm still here. I'm not going anywhere."));
    EXPECT_TRUE(alex.signalCards()->cards().isEmpty());
    click(sam, QStringLiteral("signal-thank-you"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return alex.signalCards()->cards().size() == 1; }, 2000));
    EXPECT_EQ(alex.signalCards()->cards().front()->text(), QStringLiteral("Thank you for staying in this with me."));
}

TEST_P(ConversationWidgetTest, a_refusal_is_explained_inline_and_the_text_stays) {
    click(alex, QStringLiteral("beginButton"));
    click(alex, QStringLiteral("action-ready"));
    click(sam, QStringLiteral("action-ready"));
    type(alex, QStringLiteral("field-share-need"), QStringLiteral("quiet"));
    click(alex, QStringLiteral("action-share")); // "I feel …" is still empty
    EXPECT_FALSE(label(alex, "stepNotice").isEmpty());
    EXPECT_EQ(alex.findChild<DraftEdit*>(QStringLiteral("field-share-need"))->toPlainText(), QStringLiteral("quiet"));
}

TEST_P(ConversationWidgetTest, a_dropped_link_shows_a_calm_banner_and_keeps_text) {
    click(alex, QStringLiteral("beginButton"));
    click(alex, QStringLiteral("action-ready"));
    click(sam, QStringLiteral("action-ready"));
    type(alex, QStringLiteral("field-share-feel"), QStringLiteral("unsure"));
    p.cut();
    QCoreApplication::processEvents();
    EXPECT_TRUE(label(sam, "reconnectBanner").startsWith(QStringLiteral("Reconnecting")));
    p.restore();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !visible(sam, QStringLiteral("reconnectBanner")); }, 3000));
    EXPECT_EQ(alex.findChild<DraftEdit*>(QStringLiteral("field-share-feel"))->toPlainText(), QStringLiteral("unsure"));
}

// Every widget test runs twice: over the in-memory channel and over real TLS on 127.0.0.1.
INSTANTIATE_TEST_SUITE_P(Links, ConversationWidgetTest,
                         ::testing::Values(twofold::test::TwoPartners::Link::Memory,
                                           twofold::test::TwoPartners::Link::Tls),
                         [](const ::testing::TestParamInfo<twofold::test::TwoPartners::Link>& info) {
                             return info.param == twofold::test::TwoPartners::Link::Memory ? std::string("memory")
                                                                                           : std::string("tls");
                         });

} // namespace
