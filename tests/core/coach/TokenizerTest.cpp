#include "core/coach/Tokenizer.h"

#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace twofold::coach {
namespace {

QStringList words(const QString& text) {
    QStringList out;
    for (const Token& token : Tokenizer::tokenize(text)) {
        out.append(text.mid(token.start, token.end - token.start));
    }
    return out;
}

TEST(Tokenizer, keeps_apostrophes_inside_words_and_splits_hyphenated_words) {
    EXPECT_EQ(
        words(QString::fromUtf8("You can't, you’re eye-rolling 'again' - ok-")),
        (QStringList{QStringLiteral("You"), QStringLiteral("can't"), QString::fromUtf8("you’re"), QStringLiteral("eye"),
                     QStringLiteral("rolling"), QStringLiteral("again"), QStringLiteral("ok")}));
    const auto tokens = Tokenizer::tokenize(u"eye-roll");
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_FALSE(tokens[1].softBreakBefore); // a hyphen joins; it is no dash
}

TEST(Tokenizer, treats_letters_of_any_script_and_combining_marks_as_word_characters) {
    EXPECT_EQ(words(QString::fromUtf8("Grüße, straße fu\u0308hle Ωμέγα 日本")),
              (QStringList{QString::fromUtf8("Grüße"), QString::fromUtf8("straße"), QString::fromUtf8("fu\u0308hle"),
                           QString::fromUtf8("Ωμέγα"), QString::fromUtf8("日本")}));
}

TEST(Tokenizer, counts_sentences_and_marks_soft_breaks) {
    const auto tokens = Tokenizer::tokenize(QString::fromUtf8("a b, c. d — e\nf"));
    ASSERT_EQ(tokens.size(), 6u);
    EXPECT_EQ(tokens[0].sentence, 0);
    EXPECT_FALSE(tokens[1].softBreakBefore);
    EXPECT_TRUE(tokens[2].softBreakBefore);
    EXPECT_EQ(tokens[2].sentence, 0);
    EXPECT_EQ(tokens[3].sentence, 1);
    EXPECT_FALSE(tokens[3].softBreakBefore);
    EXPECT_TRUE(tokens[4].softBreakBefore);
    EXPECT_EQ(tokens[5].sentence, 2);
}

TEST(Tokenizer, offsets_count_utf16_code_units) {
    const QString text = QString::fromUtf8("😊 you");
    const auto tokens = Tokenizer::tokenize(text);
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_TRUE(tokens[0].symbol);
    EXPECT_EQ(tokens[0].end, 2); // a surrogate pair
    EXPECT_EQ(tokens[1].start, 3);
    EXPECT_EQ(tokens[1].end, 6);
}

TEST(Tokenizer, makes_each_emoji_a_word_with_its_modifiers) {
    const QString text = QString::fromUtf8("ok🙄🙄 🤦🏽‍♀️ fine");
    EXPECT_EQ(words(text), (QStringList{QStringLiteral("ok"), QString::fromUtf8("🙄"), QString::fromUtf8("🙄"),
                                        QString::fromUtf8("🤦🏽‍♀️"), QStringLiteral("fine")}));
}

TEST(Tokenizer, marks_words_inside_closed_quotations) {
    const auto quoted = [](const char* text) {
        QStringList out;
        const QString s = QString::fromUtf8(text);
        for (const Token& token : Tokenizer::tokenize(s)) {
            if (token.quoted) {
                out.append(s.mid(token.start, token.end - token.start));
            }
        }
        return out.join(QLatin1Char(' '));
    };
    EXPECT_EQ(quoted("She said \"you never listen\" and left."), QStringLiteral("you never listen"));
    EXPECT_EQ(quoted("Er sagte „du bist faul“ und ging."), QStringLiteral("du bist faul"));
    EXPECT_EQ(quoted("Il a dit « tu exagères » hier."), QString::fromUtf8("tu exagères"));
    EXPECT_EQ(quoted("She said 'you never listen' and the dogs' bowls"), QStringLiteral("you never listen"));
    EXPECT_EQ(quoted("A stray \" does not quote the rest"), QString());     // never closed on its line
    EXPECT_EQ(quoted("\"open\nyou never listen\""), QString());             // a line break ends it
    EXPECT_EQ(quoted("“Stop. Now.” she said"), QStringLiteral("Stop Now")); // across a sentence break
}

TEST(Tokenizer, splits_elisions_when_asked) {
    const Tokenizer::Elisions french{QStringLiteral("m"), QStringLiteral("qu"), QStringLiteral("j")};
    QStringList out;
    const QString text = QString::fromUtf8("Tu m’écoutes jamais, qu'on dise aujourd'hui");
    for (const Token& token : Tokenizer::tokenize(text, french)) {
        out.append(Tokenizer::fold(QStringView(text).mid(token.start, token.end - token.start)));
    }
    EXPECT_EQ(out, (QStringList{QStringLiteral("tu"), QStringLiteral("m'"), QString::fromUtf8("écoutes"),
                                QStringLiteral("jamais"), QStringLiteral("qu'"), QStringLiteral("on"),
                                QStringLiteral("dise"), QStringLiteral("aujourd'hui")}));
}

TEST(Tokenizer, folds_case_eszett_apostrophes_and_normalisation) {
    EXPECT_EQ(Tokenizer::fold(u"YOU"), QStringLiteral("you"));
    EXPECT_EQ(Tokenizer::fold(QString::fromUtf8("Straße")), QStringLiteral("strasse"));
    EXPECT_EQ(Tokenizer::fold(QString::fromUtf8("STRAẞE")), QStringLiteral("strasse"));
    EXPECT_EQ(Tokenizer::fold(QString::fromUtf8("can’t")), QStringLiteral("can't"));
    EXPECT_EQ(Tokenizer::fold(QString::fromUtf8("FU\u0308HLE")), QString::fromUtf8("fühle"));
}

TEST(Tokenizer, recognises_word_sequences_for_rule_files) {
    EXPECT_TRUE(Tokenizer::isWordSequence(u"can't"));
    EXPECT_TRUE(Tokenizer::isWordSequence(u"boxed-in"));
    EXPECT_TRUE(Tokenizer::isWordSequence(QString::fromUtf8("🙄")));
    EXPECT_FALSE(Tokenizer::isWordSequence(u"must!"));
    EXPECT_FALSE(Tokenizer::isWordSequence(u"two words"));
    EXPECT_FALSE(Tokenizer::isWordSequence(u""));
}

} // namespace
} // namespace twofold::coach
