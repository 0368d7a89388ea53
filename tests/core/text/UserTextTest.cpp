#include "core/text/UserText.h"

#include <QStringList>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

QString repeated(const QString& piece, int times) {
    QString result;
    for (int i = 0; i < times; ++i) {
        result += piece;
    }
    return result;
}

const QString kThumbsUpMediumSkin = QStringLiteral("\U0001F44D\U0001F3FD");           // 4 UTF-16 units
const QString kFamily = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467"); // 8 units
const QString kDecomposedE = QStringLiteral("e\u0301");                               // 2 units

TEST(UserText, counts_what_a_person_sees_as_one_character) {
    EXPECT_EQ(text::graphemeCount(u""), 0);
    EXPECT_EQ(text::graphemeCount(u"Sam"), 3);
    EXPECT_EQ(text::graphemeCount(kThumbsUpMediumSkin), 1);
    EXPECT_EQ(text::graphemeCount(kFamily), 1);
    EXPECT_EQ(text::graphemeCount(kDecomposedE), 1);
    // the case: 150 emoji are 150 characters, not 300 UTF-16 units
    EXPECT_EQ(text::graphemeCount(repeated(QStringLiteral("\U0001F600"), 150)), 150);
}

TEST(UserText, never_cuts_through_a_character) {
    const QString name = QStringLiteral("Sam") + kFamily + kThumbsUpMediumSkin;
    EXPECT_EQ(text::truncateGraphemes(name, 4), QStringLiteral("Sam") + kFamily);
    EXPECT_EQ(text::truncateGraphemes(name, 5), name);
    EXPECT_EQ(text::truncateGraphemes(name, 50), name);
    EXPECT_EQ(text::truncateGraphemes(name, 0), QString());
    const QString long64 = repeated(kThumbsUpMediumSkin, 70);
    const QString cut = text::truncateGraphemes(long64, 64);
    EXPECT_EQ(cut, repeated(kThumbsUpMediumSkin, 64));
}

TEST(UserText, a_name_loses_line_breaks_control_and_direction_characters) {
    // a line break in a name could fake a line of app text on the code screen
    EXPECT_EQ(text::cleanName(QStringLiteral("Sam\nYour code is 123456")), QStringLiteral("Sam Your code is 123456"));
    EXPECT_EQ(text::cleanName(QStringLiteral("  Sam\t\u0007\r\n ")), QStringLiteral("Sam"));
    EXPECT_EQ(text::cleanName(QStringLiteral("Sam\u2028Alex\u2029")), QStringLiteral("Sam Alex"));
    EXPECT_EQ(text::cleanName(QStringLiteral("\u202Emas\u202C")), QStringLiteral("mas"));
    EXPECT_EQ(text::cleanName(QStringLiteral("\u2067Sam\u2069")), QStringLiteral("Sam"));
    EXPECT_EQ(text::cleanName(QStringLiteral("\u0085\u009B")), QString()); // C1 controls
    // joiners and variation selectors are part of emoji and stay
    EXPECT_EQ(text::cleanName(kFamily + QStringLiteral("\u2764\uFE0F")), kFamily + QStringLiteral("\u2764\uFE0F"));
    EXPECT_EQ(text::cleanName(QStringLiteral("سام")), QStringLiteral("سام"));
}

TEST(UserText, a_name_is_cut_to_its_limit_in_characters) {
    const QString name = repeated(kThumbsUpMediumSkin, 100);
    EXPECT_EQ(text::cleanName(name), repeated(kThumbsUpMediumSkin, 64));
    EXPECT_EQ(text::cleanName(name, 3), repeated(kThumbsUpMediumSkin, 3));
}

TEST(UserText, an_over_long_word_of_a_name_may_break_between_its_characters) {
    const QString zwsp(QChar(0x200B));
    EXPECT_EQ(text::breakable(QStringLiteral("Sam Rivera")), QStringLiteral("Sam Rivera"));
    const QString longName(20, QLatin1Char('W'));
    const QString shown = text::breakable(QStringLiteral("Sam ") + longName);
    EXPECT_TRUE(shown.startsWith(QStringLiteral("Sam W") + zwsp));
    EXPECT_EQ(shown.count(zwsp), 19);
    EXPECT_EQ(QString(shown).remove(zwsp), QStringLiteral("Sam ") + longName);
    // Never inside one character: an emoji with a skin tone stays whole.
    const QString emoji = repeated(kThumbsUpMediumSkin, 20);
    EXPECT_EQ(text::breakable(emoji).split(zwsp).size(), 20);
    EXPECT_EQ(text::breakable(emoji).split(zwsp).front(), kThumbsUpMediumSkin);
    // What a screen reader is given: the name as it was, whatever breakable() put in.
    for (const auto& name : {QStringLiteral("Sam ") + longName, emoji, QStringLiteral("Sam Rivera")}) {
        EXPECT_EQ(text::withoutBreaks(text::breakable(name)), name);
    }
}

} // namespace
} // namespace twofold::test
