// What a partner meets on the partners page and in the name fields (issue 17 §6): names limited in
// user-perceived characters, names set apart and isolated, a partner of another version told before any
// invitation, discovery that cannot run told calmly, times in the user's own locale, the language in
// effect.
#include "app/Localization.h"
#include "app/controllers/Settings.h"
#include "app/pages/PartnersPage.h"
#include "app/pages/SettingsDialog.h"
#include "app/widgets/GraphemeLimit.h"
#include "core/Limits.h"
#include "core/text/UserText.h"
#include "tests/app/FakePartners.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using app::PartnerEntry;

using Partners = FakePartners;

QString status(const app::PartnersPage& page) {
    return page.findChild<QLabel*>(QStringLiteral("partnersStatus"))->text();
}

} // namespace

TEST(NameField, keeps_an_emoji_at_the_limit_whole_and_cuts_a_paste_between_characters) {
    QLineEdit edit;
    app::limitGraphemes(&edit, limits::kNameGraphemes);
    const QString name = QString(limits::kNameGraphemes - 1, QLatin1Char('a')) + QStringLiteral("👍🏽");
    edit.setText(QString());
    edit.insert(name); // as typed or pasted
    EXPECT_EQ(edit.text(), name) << "the emoji at the limit was lost";
    edit.clear();
    edit.insert(QString(limits::kNameGraphemes + 6, QLatin1Char('b')) + QStringLiteral("👍🏽"));
    EXPECT_EQ(text::graphemeCount(edit.text()), limits::kNameGraphemes);
}

TEST(NameSetting, keeps_a_name_of_64_characters_ending_in_an_emoji) {
    QTemporaryDir dir;
    app::Settings settings(dir.path());
    const QString name = QString(limits::kNameGraphemes - 1, QLatin1Char('a')) + QStringLiteral("👨‍👩‍👧");
    settings.setDisplayName(name);
    EXPECT_EQ(settings.displayName(), name);
}

TEST(IsolatedName, keeps_a_right_to_left_name_from_turning_the_sentence) {
    const QString sentence =
        QStringLiteral("Do you want to come back too, %1?").arg(text::isolated(QStringLiteral("سارا")));
    EXPECT_FALSE(sentence.isRightToLeft()) << "the sentence's direction came from the name";
    const QString bare = QStringLiteral("%1 would like to connect with you.").arg(QStringLiteral("سارا"));
    EXPECT_TRUE(bare.isRightToLeft()) << "positive control: without isolation the name decides";
    EXPECT_FALSE(QStringLiteral("%1 would like to connect with you.")
                     .arg(text::isolated(QStringLiteral("سارا")))
                     .isRightToLeft());
}

TEST(PartnersPage, sets_a_name_that_reads_like_an_instruction_apart_on_the_invitation) {
    Partners partners;
    app::PartnersPage page(partners);
    partners.inviteFrom(QStringLiteral("Sam Codes match. Tap Accept"));
    QString invitation;
    for (const auto* label : page.findChildren<QLabel*>(QStringLiteral("pageTitle"))) {
        if (label->text().contains(QStringLiteral("connect with you")))
            invitation = label->text();
    }
    ASSERT_FALSE(invitation.isEmpty()) << "no invitation sentence on the page";
    EXPECT_TRUE(invitation.startsWith(QStringLiteral("“\u2068Sam Codes match. Tap Accept\u2069”")))
        << invitation.toStdString();
}

// An outside tester's case (case_names_quoted_in_status_texts.py): every sentence on the partners page
// sets the name apart, not only the invitation.
TEST(PartnersPage, sets_names_apart_in_every_status_sentence) {
    const QString name = QStringLiteral("Sam Codes match. Tap Accept");
    const QString apart = QStringLiteral("“\u2068Sam Codes match. Tap Accept\u2069”");
    for (const auto problem : {app::PairingProblem::Busy, app::PairingProblem::PartnerDeclined,
                               app::PairingProblem::PartnerNeedsUpdate, app::PairingProblem::Unreachable}) {
        const QString text = app::PartnersPage::problemText(problem, name);
        EXPECT_TRUE(text.contains(apart)) << int(problem) << ": " << text.toStdString();
    }
}

TEST(PartnersPage, says_before_inviting_that_a_partner_of_another_version_needs_an_update) {
    Partners partners;
    app::PartnersPage page(partners);
    partners.show({{QStringLiteral("old"), QStringLiteral("Sam"), QStringLiteral("127.0.0.1:1"), false, -1}});
    auto* list = page.findChild<QListWidget*>(QStringLiteral("nearbyList"));
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("needs an update")));
    page.findChild<QPushButton*>(QStringLiteral("inviteButton"))->click();
    EXPECT_TRUE(partners.invitedIds.isEmpty()) << "an invitation went out that could only fail";
    EXPECT_TRUE(status(page).contains(QStringLiteral("needs an update"))) << status(page).toStdString();

    partners.show({{QStringLiteral("new"), QStringLiteral("Kim"), QStringLiteral("127.0.0.1:2"), false, 1}});
    page.findChild<QPushButton*>(QStringLiteral("inviteButton"))->click();
    EXPECT_TRUE(status(page).startsWith(QStringLiteral("This Twofold needs an update"))) << status(page).toStdString();

    partners.show({{QStringLiteral("same"), QStringLiteral("Lee"), QStringLiteral("127.0.0.1:3"), false, 0}});
    page.findChild<QPushButton*>(QStringLiteral("inviteButton"))->click();
    EXPECT_EQ(partners.invitedIds, QStringList{QStringLiteral("same")}) << "positive control: same version invites";
}

TEST(PartnersPage, says_calmly_when_it_cannot_look_nearby_and_points_to_connect_by_address) {
    Partners partners;
    app::PartnersPage page(partners);
    auto* list = page.findChild<QListWidget*>(QStringLiteral("nearbyList"));
    partners.show({}, true);
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Looking for partners nearby…"));
    auto* note = page.findChild<QLabel*>(QStringLiteral("nearbyNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isHidden());
    partners.show({}, false);
    ASSERT_EQ(list->count(), 1);
    // An outside tester's case (case_discovery_port_taken_message_visible.py): the whole sentence, pointer
    // to Connect by address included, wraps in a label instead of running off a list row.
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->wordWrap());
    EXPECT_TRUE(note->text().contains(QStringLiteral("connect by address"))) << note->text().toStdString();
    EXPECT_LT(list->item(0)->text().size(), 40) << "the list row stays short";
}

TEST(PartnersPage, leaves_the_nearby_list_alone_while_it_is_out_of_sight_and_catches_up_when_shown) {
    const auto sam = [](bool justNow) {
        return PartnerEntry{QStringLiteral("sam"), QStringLiteral("Sam"), QStringLiteral("127.0.0.1:1"), justNow, 0};
    };
    const PartnerEntry lee{QStringLiteral("lee"), QStringLiteral("Lee"), QStringLiteral("127.0.0.1:2"), false, 0};
    Partners partners;
    app::PartnersPage page(partners);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto* list = page.findChild<QListWidget*>(QStringLiteral("nearbyList"));
    partners.show({sam(false), lee});
    list->setCurrentRow(1);                     // Lee is chosen
    partners.inviteFrom(QStringLiteral("Kim")); // the invitation page hides the list
    ASSERT_FALSE(list->isVisible());
    // Outside tester's case (case_hidden_partner_list_showing.py): Qt's AT-SPI bridge calls a hidden list's
    // rows "showing", so out of sight the list keeps none.
    EXPECT_EQ(list->count(), 0);
    QSignalSpy currentChanges(list, &QListWidget::currentRowChanged);
    partners.show({sam(true), lee});
    partners.show({sam(false), lee});
    EXPECT_EQ(currentChanges.size(), 0) << "a hidden list moved its current row (a focus event for a screen reader)";
    partners.declined(QStringLiteral("Kim")); // back on the find page
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->isVisible() && list->count() == 2; }, 2000))
        << "the list did not catch up once shown";
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Sam"));
    EXPECT_EQ(list->currentRow(), 1) << "the choice made before was not kept";
}

TEST(FormatLocale, follows_lc_all_then_lc_time_then_lang_whatever_the_window_language) {
    const QTime time(13, 36);
    EXPECT_EQ(app::formatLocale({}, QStringLiteral("en_GB.UTF-8"), QStringLiteral("C.UTF-8"), QStringLiteral("en"))
                  .toString(time, QLocale::ShortFormat),
              QStringLiteral("13:36"));
    EXPECT_EQ(app::formatLocale({}, {}, QStringLiteral("en_GB.UTF-8"), QStringLiteral("en")).name(),
              QStringLiteral("en_GB"));
    EXPECT_EQ(app::formatLocale(QStringLiteral("de_DE.UTF-8"), QStringLiteral("en_GB.UTF-8"), {}, QStringLiteral("en"))
                  .name(),
              QStringLiteral("de_DE"));
    EXPECT_EQ(app::formatLocale({}, QStringLiteral("en_GB.UTF-8"), {}, QStringLiteral("de")).name(),
              QStringLiteral("en_GB"))
        << "a German window for a British user still writes British times";
    EXPECT_EQ(app::formatLocale({}, {}, QStringLiteral("C.UTF-8"), QStringLiteral("fr")).name(),
              QStringLiteral("fr_FR"));
    EXPECT_EQ(app::formatLocale({}, {}, {}, QStringLiteral("en")).name(), QStringLiteral("en_US"));
}

TEST(SettingsDialog, shows_the_language_in_effect_and_where_it_came_from) {
    QTemporaryDir dir;
    app::Settings settings(dir.path());
    settings.setLanguageInEffect({QStringLiteral("de"), app::LanguageSource::Flag});
    const auto text = app::SettingsDialog::languageInEffectText(settings);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Now: Deutsch."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("--language")));
    settings.setLanguageInEffect({QStringLiteral("en"), app::LanguageSource::Fallback});
    EXPECT_TRUE(app::SettingsDialog::languageInEffectText(settings).contains(QStringLiteral("English")));
}

} // namespace twofold::test
