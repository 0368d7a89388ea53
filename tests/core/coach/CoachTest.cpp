#include "CoachTestSupport.h"
#include "core/coach/Languages.h"

#include <gtest/gtest.h>

namespace twofold::coach::test {
namespace {

QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

TEST(Coach, reports_the_exact_span_of_a_finding_in_utf16_units) {
    const auto findings = coachFor(QStringLiteral("en")).check(utf8("Honestly, you always do this"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].start, 10);
    EXPECT_EQ(findings[0].length, 10);
    EXPECT_EQ(findings[0].category, category::youAccusation);
}

TEST(Coach, spans_stay_exact_after_umlauts_and_emoji) {
    // "Grüße" is 5 code units, the emoji is a surrogate pair (2 units): "you" starts at 10.
    const QString text = utf8("Grüße 😊, you always do this");
    const auto findings = coachFor(QStringLiteral("en")).check(text);
    ASSERT_EQ(findings.size(), 1u) << describe(text, findings);
    EXPECT_EQ(findings[0].start, 10);
    EXPECT_EQ(findings[0].length, 10);
    EXPECT_EQ(text.mid(findings[0].start, findings[0].length), QStringLiteral("you always"));
}

TEST(Coach, german_spans_cover_multi_word_pseudo_feelings_after_eszett) {
    const QString text = utf8("Weißt du, ich fühle mich im Stich gelassen.");
    const auto findings = coachFor(QStringLiteral("de")).check(text);
    ASSERT_EQ(findings.size(), 1u) << describe(text, findings);
    EXPECT_EQ(findings[0].start, 25);
    EXPECT_EQ(findings[0].length, 17);
    EXPECT_EQ(findings[0].category, category::pseudoFeeling);
}

TEST(Coach, decomposed_umlauts_match_like_composed_ones) {
    const QString text = utf8("Ich fu\u0308hle mich ignoriert"); // u + combining diaeresis (NFD)
    const auto findings = coachFor(QStringLiteral("de")).check(text);
    ASSERT_EQ(findings.size(), 1u) << describe(text, findings);
    EXPECT_EQ(findings[0].start, 16);
    EXPECT_EQ(findings[0].length, 9);
}

TEST(Coach, matching_ignores_case_and_typographic_apostrophes) {
    const Coach& coach = coachFor(QStringLiteral("en"));
    for (const char* text : {"WHY CAN'T YOU", "why can’t you", "Why Can't You"}) {
        const auto findings = coach.check(utf8(text));
        ASSERT_EQ(findings.size(), 1u) << text;
        EXPECT_EQ(findings[0].length, 13) << text;
    }
}

TEST(Coach, matches_only_whole_words) {
    const Coach& coach = coachFor(QStringLiteral("en"));
    EXPECT_TRUE(coach.check(utf8("Youngsters always laugh.")).empty());
    EXPECT_TRUE(coach.check(utf8("Selfie time!")).empty());
    EXPECT_FALSE(coach.check(utf8("so selfish!")).empty());
}

TEST(Coach, pseudo_feelings_offer_real_feelings_in_the_rule_file_language) {
    const auto english = coachFor(QStringLiteral("en")).check(utf8("I feel ignored."));
    ASSERT_EQ(english.size(), 1u);
    EXPECT_TRUE(english[0].alternatives.contains(QStringLiteral("lonely")));
    EXPECT_FALSE(english[0].suggestion.isEmpty());

    const auto german = coachFor(QStringLiteral("de")).check(utf8("Ich fühle mich ignoriert."));
    ASSERT_EQ(german.size(), 1u);
    EXPECT_TRUE(german[0].alternatives.contains(QStringLiteral("einsam")));
    EXPECT_NE(german[0].suggestion, english[0].suggestion);
}

TEST(Coach, only_pseudo_feelings_carry_alternatives) {
    const auto findings = coachFor(QStringLiteral("en")).check(utf8("You never call. You should. So lazy."));
    ASSERT_EQ(findings.size(), 3u);
    for (const auto& finding : findings) {
        EXPECT_TRUE(finding.alternatives.isEmpty()) << finding.category.toStdString();
        EXPECT_FALSE(finding.suggestion.isEmpty());
    }
}

TEST(Coach, findings_are_sorted_by_start_and_never_overlap) {
    const QString text =
        utf8("I feel ignored, you never listen, and every time you interrupt me you think you're right.");
    const auto findings = coachFor(QStringLiteral("en")).check(text);
    ASSERT_EQ(findings.size(), 4u) << describe(text, findings);
    for (std::size_t i = 1; i < findings.size(); ++i) {
        EXPECT_GE(findings[i].start, findings[i - 1].start + findings[i - 1].length);
    }
    EXPECT_EQ(findings[0].category, category::pseudoFeeling);
    EXPECT_EQ(findings[1].category, category::youAccusation);
    EXPECT_EQ(findings[2].category, category::youAccusation); // "you interrupt me" outweighs "every time you"
    EXPECT_EQ(findings[3].category, category::mindReading);
}

TEST(Coach, keeps_the_longest_of_overlapping_matches) {
    const QString text = utf8("Why do you always do this?");
    const auto findings = coachFor(QStringLiteral("en")).check(text);
    ASSERT_EQ(findings.size(), 1u) << describe(text, findings);
    EXPECT_EQ(findings[0].start, 0);
    EXPECT_EQ(text.mid(findings[0].start, findings[0].length), QStringLiteral("Why do you always"));
}

TEST(Coach, a_gap_never_makes_a_match_win_over_tighter_ones) {
    const QString text = utf8("you always you always");
    const auto findings = coachFor(QStringLiteral("en")).check(text);
    ASSERT_EQ(findings.size(), 2u) << describe(text, findings);
    EXPECT_EQ(findings[0].length, 10);
    EXPECT_EQ(findings[1].start, 11);
    EXPECT_EQ(findings[1].length, 10);
}

TEST(Coach, absolutes_about_oneself_are_not_blame) {
    const Coach& coach = coachFor(QStringLiteral("en"));
    EXPECT_TRUE(coach.check(utf8("I never thought of it that way.")).empty());
    EXPECT_TRUE(coach.check(utf8("I always forget my keys.")).empty());
    const auto aimed = coach.check(utf8("You never thought of it that way."));
    ASSERT_EQ(aimed.size(), 1u);
}

TEST(Coach, never_matches_across_sentences_or_over_a_comma) {
    const Coach& coach = coachFor(QStringLiteral("en"));
    EXPECT_TRUE(coach.check(utf8("You came home. Always late, I guess.")).empty());
    EXPECT_TRUE(coach.check(utf8("When you came, I always cooked.")).empty());
    EXPECT_TRUE(coach.check(utf8("You\nalways")).empty());
}

TEST(Coach, an_allowed_phrase_hides_only_findings_that_start_inside_it) {
    const Coach& coach = coachFor(QStringLiteral("en"));
    EXPECT_TRUE(coach.check(utf8("Do you think so?")).empty());
    const QString text = utf8("Do you think you never listen?");
    const auto findings = coach.check(text);
    ASSERT_EQ(findings.size(), 1u) << describe(text, findings);
    EXPECT_EQ(text.mid(findings[0].start, findings[0].length), QStringLiteral("you never"));
}

TEST(Coach, empty_and_punctuation_only_text_has_no_findings) {
    const Coach& coach = coachFor(QStringLiteral("en"));
    EXPECT_TRUE(coach.check(QString()).empty());
    EXPECT_TRUE(coach.check(utf8("  ...!?,,  ")).empty());
    EXPECT_TRUE(coach.check(utf8("😊😊")).empty());
}

TEST(Coach, a_long_text_is_checked_completely) {
    QString text;
    for (int i = 0; i < 2000; ++i) {
        text += utf8("I feel lonely. You never call! ");
    }
    const auto findings = coachFor(QStringLiteral("en")).check(text);
    EXPECT_EQ(findings.size(), 2000u);
    EXPECT_EQ(text.mid(findings.back().start, findings.back().length), QStringLiteral("You never"));
}

TEST(Coach, lone_surrogates_and_control_characters_do_not_break_matching) {
    QString text = utf8("you always");
    text.prepend(QChar(0xD800));
    text.append(QChar(0xDC00));
    text.insert(3, QChar(u'\0'));
    const auto findings = coachFor(QStringLiteral("en")).check(text);
    for (const auto& finding : findings) {
        EXPECT_GE(finding.start, 0);
        EXPECT_LE(finding.start + finding.length, text.size());
    }
}

TEST(Languages, lists_the_shipped_rule_files) {
    const QStringList languages = availableLanguages();
    EXPECT_TRUE(languages.contains(QStringLiteral("en")));
    EXPECT_TRUE(languages.contains(QStringLiteral("de")));
    for (const QString& language : languages) {
        const auto rules = RuleSet::forLanguage(language);
        ASSERT_TRUE(rules.ok()) << language.toStdString() << ": " << rules.error().message.toStdString();
        EXPECT_EQ(rules->language(), language);
    }
}

// Issue 17 §6: a request typed under "Would you be willing to …?" completes that question.
TEST(CoachLeadIn, reads_a_draft_as_the_words_after_its_fields_opening) {
    const Coach& english = coachFor(QStringLiteral("en"));
    const QString request = QStringLiteral("stop checking your phone at dinner");
    const QString willing = leadInOf(QStringLiteral("Would you be willing to …?"));
    EXPECT_EQ(willing, QStringLiteral("Would you be willing to"));
    ASSERT_FALSE(english.check(request).empty()) << "positive control: on its own it reads as a command";
    EXPECT_TRUE(english.check(request, willing).empty()) << describe(request, english.check(request, willing));
    // A demand in the typed words is still named, in the draft's own units.
    const QString demand = QStringLiteral("call me, you should know that");
    const auto findings = english.check(demand, willing);
    ASSERT_EQ(findings.size(), 1u) << describe(demand, findings);
    EXPECT_EQ(demand.mid(findings[0].start, findings[0].length), QStringLiteral("you should"));
    EXPECT_EQ(findings[0].category, category::demand);
    // Nothing in the opening itself is ever reported against the writer.
    EXPECT_TRUE(english.check(QStringLiteral("hurt"), leadInOf(QStringLiteral("I imagine you might feel …"))).empty());
    EXPECT_EQ(leadInOf(QStringLiteral("Ich habe mich … gefühlt")), QStringLiteral("Ich habe mich"));
    EXPECT_TRUE(leadInOf(QStringLiteral("What I'd like us to talk about:")).isEmpty());
}

} // namespace
} // namespace twofold::coach::test
