// What a screen reader says to each partner (issue 17 §2): every change that matters to the couple is
// raised once as an alert showing (Qt's AT-SPI bridge turns it into state-changed:showing on a
// ROLE_ALERT object, which Orca speaks), and nothing is said for what was there before.
#include "app/controllers/RuleCoach.h"
#include "app/pages/SessionPage.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/LiveRegion.h"
#include "tests/app/TwoPartners.h"
#include "tests/fakes/AsRead.h"

#include <QAccessible>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using app::SessionPage;

// Every alert that became showing: (the window's partner, text).
std::vector<std::pair<QString, QString>> g_alerts;

class AnnouncementTest : public ::testing::Test {
protected:
    AnnouncementTest()
        : p(TwoPartners::Link::Memory), coach(QStringLiteral("en")), alex(*p.alex, coach), sam(*p.sam, coach) {
        alex.setObjectName(QStringLiteral("alex"));
        sam.setObjectName(QStringLiteral("sam"));
        for (auto* page : {&alex, &sam}) {
            page->setReducedMotion(true);
            page->resize(1000, 800);
            page->show();
        }
        g_alerts.clear();
        for (auto* page : {&alex, &sam}) {
            auto* live = page->liveRegion();
            // What a screen reader is given: a notification (AT-SPI ROLE_NOTIFICATION) whose name is the text.
            auto* iface = QAccessible::queryAccessibleInterface(live);
            EXPECT_TRUE(iface != nullptr && iface->role() == QAccessible::Notification);
            EXPECT_EQ(live->focusPolicy(), Qt::NoFocus);
            QObject::connect(live, &app::LiveRegion::announced, live, [page, live](const QString& text) {
                EXPECT_EQ(QAccessible::queryAccessibleInterface(live)->text(QAccessible::Name), text);
                EXPECT_TRUE(live->isVisible()) << "an alert is heard when it shows";
                g_alerts.emplace_back(page->objectName(), text);
            });
        }
    }

    void click(SessionPage& page, const QString& name) {
        auto* button = page.findChild<QPushButton*>(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << name.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
    }
    void type(SessionPage& page, const QString& field, const QString& text) {
        auto* edit = page.findChild<app::DraftEdit*>(field);
        ASSERT_NE(edit, nullptr) << field.toStdString();
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    // What `who` heard since the last call.
    QStringList heard(const QString& who) {
        auto* page = who == QLatin1String("alex") ? &alex : &sam;
        EXPECT_TRUE(QTest::qWaitFor([&] { return !page->liveRegion()->pending(); }, 3000));
        QStringList said;
        for (const auto& [window, text] : g_alerts) {
            if (window == who) {
                said << asRead(text);
            }
        }
        std::erase_if(g_alerts, [&](const auto& alert) { return alert.first == who; });
        return said;
    }

    TwoPartners p;
    app::RuleCoach coach;
    SessionPage alex;
    SessionPage sam;
};

} // namespace

TEST_F(AnnouncementTest, each_change_for_the_couple_is_said_once_to_the_partner_it_concerns) {
    click(alex, QStringLiteral("beginButton"));
    EXPECT_EQ(heard(QStringLiteral("sam")).join(QStringLiteral(" | ")).toStdString(), "Together · you and Alex");
    heard(QStringLiteral("alex"));
    click(alex, QStringLiteral("action-ready"));
    click(sam, QStringLiteral("action-ready"));
    // The floor is given: each hears who speaks, once.
    EXPECT_EQ(heard(QStringLiteral("sam")).join(QStringLiteral(" | ")).toStdString(),
              "Alex is speaking · you're listening");
    EXPECT_EQ(heard(QStringLiteral("alex")).join(QStringLiteral(" | ")).toStdString(),
              "You're speaking · Sam is listening");

    // Alex's words reach Sam's screen reader, not Alex's own.
    type(alex, QStringLiteral("field-share-feel"), QStringLiteral("lonely"));
    click(alex, QStringLiteral("action-share"));
    const auto samHeard = heard(QStringLiteral("sam"));
    ASSERT_EQ(samHeard.size(), 1) << samHeard.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(samHeard.front().startsWith(QStringLiteral("Alex · "))) << samHeard.front().toStdString();
    EXPECT_TRUE(samHeard.front().contains(QStringLiteral("lonely"))) << samHeard.front().toStdString();
    EXPECT_TRUE(heard(QStringLiteral("alex")).isEmpty());

    // A signal card is said to the one who receives it.
    click(sam, QStringLiteral("signal-still-here"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !g_alerts.empty(); }, 2000));
    EXPECT_EQ(heard(QStringLiteral("alex")).join(QStringLiteral(" | ")).toStdString(),
              "Signal from Sam: I'm still here. I'm not going anywhere.");

    // A pause starts and ends: both hear it, once each.
    click(sam, QStringLiteral("breakButton"));
    const auto alexPause = heard(QStringLiteral("alex"));
    ASSERT_EQ(alexPause.size(), 1) << alexPause.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(alexPause.front().startsWith(QStringLiteral("Sam needs 10 minutes")))
        << alexPause.front().toStdString();
    EXPECT_EQ(heard(QStringLiteral("sam")).size(), 1);
    click(sam, QStringLiteral("returnButton"));
    EXPECT_FALSE(heard(QStringLiteral("alex")).isEmpty());

    // The partner closes Twofold.
    heard(QStringLiteral("sam"));
    p.cut();
    p.alex->setPartnerClosedApp();
    QCoreApplication::processEvents();
    const auto closed = heard(QStringLiteral("alex"));
    ASSERT_EQ(closed.size(), 1) << closed.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(closed.front().startsWith(QStringLiteral("Sam's Twofold closed."))) << closed.front().toStdString();
}

// An outside tester's case (case_validation_not_announced.py): the validation passes the floor, so it is
// on a From card, not in the new turn; it is said all the same.
TEST_F(AnnouncementTest, the_validation_that_passes_the_floor_is_said_to_the_one_who_was_heard) {
    click(alex, QStringLiteral("beginButton"));
    click(alex, QStringLiteral("action-ready"));
    click(sam, QStringLiteral("action-ready"));
    ASSERT_TRUE(p.act(*p.alex, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("lonely")}}));
    ASSERT_TRUE(
        p.act(*p.sam, QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("you feel lonely")}}));
    ASSERT_TRUE(p.act(*p.alex, QStringLiteral("confirm")));
    ASSERT_TRUE(p.act(*p.sam, QStringLiteral("ask-more")));
    ASSERT_TRUE(p.act(*p.alex, QStringLiteral("no-more")));
    heard(QStringLiteral("alex"));
    ASSERT_TRUE(
        p.act(*p.sam, QStringLiteral("validate"), {{QStringLiteral("because"), QStringLiteral("dinner is our time")}}));
    const auto said = heard(QStringLiteral("alex")).join(QStringLiteral(" | "));
    EXPECT_TRUE(said.contains(QStringLiteral("Sam · ")) && said.contains(QStringLiteral("dinner is our time")))
        << said.toStdString();
}

TEST_F(AnnouncementTest, a_refresh_without_news_says_nothing) {
    click(alex, QStringLiteral("beginButton"));
    click(alex, QStringLiteral("action-ready"));
    click(sam, QStringLiteral("action-ready"));
    heard(QStringLiteral("alex"));
    heard(QStringLiteral("sam"));
    for (int i = 0; i < 5; ++i) {
        alex.refresh();
        sam.refresh();
    }
    EXPECT_TRUE(heard(QStringLiteral("alex")).isEmpty());
    EXPECT_TRUE(heard(QStringLiteral("sam")).isEmpty());
}

} // namespace twofold::test
