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

TEST(Tokenizer, keeps_apostrophes_and_hyphens_inside_words) {
    EXPECT_EQ(words(QString::fromUtf8("You can't, you’re eye-rolling 'again' - ok-")),
              (QStringList{QStringLiteral("You"), QStringLiteral("can't"), QStringLiteral("you’re"),
                           QStringLiteral("eye-rolling"), QStringLiteral("again"), QStringLiteral("ok")}));
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
    ASSERT_EQ(tokens.size(), 1u);
    EXPECT_EQ(tokens[0].start, 3);
    EXPECT_EQ(tokens[0].end, 6);
}

TEST(Tokenizer, folds_case_eszett_apostrophes_and_normalisation) {
    EXPECT_EQ(Tokenizer::fold(u"YOU"), QStringLiteral("you"));
    EXPECT_EQ(Tokenizer::fold(QString::fromUtf8("Straße")), QStringLiteral("strasse"));
    EXPECT_EQ(Tokenizer::fold(QString::fromUtf8("STRAẞE")), QStringLiteral("strasse"));
    EXPECT_EQ(Tokenizer::fold(QString::fromUtf8("can’t")), QStringLiteral("can't"));
    EXPECT_EQ(Tokenizer::fold(QString::fromUtf8("FU\u0308HLE")), QString::fromUtf8("fühle"));
}

TEST(Tokenizer, recognises_single_words) {
    EXPECT_TRUE(Tokenizer::isSingleWord(u"can't"));
    EXPECT_FALSE(Tokenizer::isSingleWord(u"must!"));
    EXPECT_FALSE(Tokenizer::isSingleWord(u"two words"));
    EXPECT_FALSE(Tokenizer::isSingleWord(u""));
}

} // namespace
} // namespace twofold::coach
