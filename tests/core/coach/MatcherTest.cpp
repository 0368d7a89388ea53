// The sentence matcher, feature by feature, on small inline rule files (the shipped rules are measured by the
// corpus, CoachCorpusTest.cpp): stems, exact words, text-speak, fillers, negation, quotation, word order,
// groups, suffixes, required commas, hints, respellings and elisions.
#include "CoachTestSupport.h"

#include <QThread>
#include <gtest/gtest.h>
#include <thread>

namespace twofold::coach::test {
namespace {

// A rule file with a blame category "a" and a hint category "h"; `top` adds top-level keys ("stemmer", ...).
Coach coachFrom(const char* rules, const char* top = "", const char* language = "xx") {
    const QByteArray json = QByteArray(R"({"format": 1, "language": ")") + language + R"(", "name": "Test", )" + top +
                            R"("categories": {"a": {"suggestion": "A."}, "h": {"suggestion": "H.", "severity": "hint"}},
                                "rules": )" +
                            rules + "}";
    auto rules_ = RuleSet::fromJson(json);
    EXPECT_TRUE(rules_.ok()) << rules_.error().message.toStdString();
    return Coach(std::move(rules_).value());
}

// The flagged texts, in order.
QStringList flagged(const Coach& coach, const char* text) {
    const QString s = QString::fromUtf8(text);
    QStringList out;
    for (const auto& finding : coach.check(s)) {
        out.append(s.mid(finding.start, finding.length));
    }
    return out;
}

const char* const english = R"("stemmer": "english", )";

TEST(Matcher, a_word_matches_its_inflected_forms_by_stem) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["you ignored me"]}])", english);
    EXPECT_EQ(flagged(coach, "You keep ignoring me? you ignore me."), QStringList{QStringLiteral("you ignore me")});
    EXPECT_EQ(flagged(coach, "you ignoring me"), QStringList{QStringLiteral("you ignoring me")});
}

TEST(Matcher, an_exact_word_and_a_stemless_rule_match_only_that_word) {
    const Coach exact = coachFrom(R"([{"category": "a", "patterns": ["=knowingly"]}])", english);
    EXPECT_TRUE(flagged(exact, "I know").isEmpty()); // "knowingly" and "know" share a stem
    EXPECT_EQ(flagged(exact, "knowingly"), QStringList{QStringLiteral("knowingly")});
    const Coach stemless = coachFrom(R"([{"category": "a", "patterns": ["ridiculed"], "stem": false}])", english);
    EXPECT_TRUE(flagged(stemless, "ridiculous").isEmpty());
}

TEST(Matcher, text_speak_is_read_as_the_words_it_stands_for) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["you're always"]}])",
                                  R"("normalize": {"ur": ["your", "you're"], "your": "you're", "u": "you"}, )");
    EXPECT_EQ(flagged(coach, "ur always late"), QStringList{QStringLiteral("ur always")});
    EXPECT_EQ(flagged(coach, "Your always late"), QStringList{QStringLiteral("Your always")});
    EXPECT_EQ(flagged(coach, "YOU’RE ALWAYS LATE"), QStringList{QStringLiteral("YOU’RE ALWAYS")});
}

TEST(Matcher, fillers_may_stand_between_pattern_words_but_not_around_them) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["you never"]}])",
                                  R"("fillers": ["really", "honestly", "just"], )");
    EXPECT_EQ(flagged(coach, "you really never"), QStringList{QStringLiteral("you really never")});
    EXPECT_EQ(flagged(coach, "you honestly really never"), QStringList{QStringLiteral("you honestly really never")});
    EXPECT_TRUE(flagged(coach, "you honestly really just never").isEmpty()); // at most two in a row
    EXPECT_EQ(flagged(coach, "really you never really"), QStringList{QStringLiteral("you never")});
}

TEST(Matcher, a_negation_before_a_negatable_finding_hides_it) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["lazy"], "negatable": true},
                                      {"category": "a", "patterns": ["selfish"]}])",
                                  R"("negations": ["not", "don't", "never"], "negationWindow": 3, )");
    EXPECT_EQ(flagged(coach, "You're lazy."), QStringList{QStringLiteral("lazy")});
    EXPECT_TRUE(flagged(coach, "You're not lazy.").isEmpty());
    EXPECT_TRUE(flagged(coach, "I don't think you're lazy.").isEmpty());
    EXPECT_EQ(flagged(coach, "I don't really think you're lazy."), QStringList{QStringLiteral("lazy")}); // window
    EXPECT_EQ(flagged(coach, "I'm not tired, you're lazy."), QStringList{QStringLiteral("lazy")});       // clause
    EXPECT_EQ(flagged(coach, "You're not selfish."), QStringList{QStringLiteral("selfish")}); // not negatable
}

TEST(Matcher, a_bridge_word_carries_a_negation_across_a_comma) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["faul"], "negatable": true}])",
                                  R"("negations": ["nicht"], "negationBridges": ["dass"], )", "de");
    EXPECT_TRUE(flagged(coach, "Ich finde nicht, dass du faul bist.").isEmpty());
    EXPECT_EQ(flagged(coach, "Ich schlafe nicht, du bist faul."), QStringList{QStringLiteral("faul")});
}

TEST(Matcher, reported_speech_in_quotes_is_not_the_speakers_blame) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["you never listen"]}])");
    EXPECT_TRUE(flagged(coach, "She said \"you never listen\" and I laughed.").isEmpty());
    EXPECT_TRUE(flagged(coach, "Er sagte „you never listen“.").isEmpty());
    EXPECT_EQ(flagged(coach, "\"You never listen\""), QStringList{QStringLiteral("You never listen")});
    EXPECT_EQ(flagged(coach, "She said \"you never listen"), QStringList{QStringLiteral("you never listen")});
}

TEST(Matcher, allow_patterns_hide_and_their_gaps_do_not_skip_a_negation) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["you always"],
                                       "except": ["you always ...3 kind"]}])",
                                  R"("negations": ["not"], )");
    EXPECT_TRUE(flagged(coach, "you always are so kind").isEmpty());
    EXPECT_EQ(flagged(coach, "you always are not kind"), QStringList{QStringLiteral("you always")});
}

TEST(Matcher, either_order_groups_and_any_word) {
    const Coach coach = coachFrom(R"j([{"category": "a", "patterns": ["{bist du} (so empfindlich|zickig)"]},
                                       {"category": "a", "patterns": ["the|my ? was awful"]}])j");
    EXPECT_EQ(flagged(coach, "bist du so empfindlich"), QStringList{QStringLiteral("bist du so empfindlich")});
    EXPECT_EQ(flagged(coach, "du bist zickig"), QStringList{QStringLiteral("du bist zickig")});
    EXPECT_TRUE(flagged(coach, "du bist so").isEmpty());
    EXPECT_EQ(flagged(coach, "the film was awful"), QStringList{QStringLiteral("the film was awful")});
    EXPECT_TRUE(flagged(coach, "the was awful").isEmpty());
}

TEST(Matcher, a_suffix_matches_longer_words_with_that_ending) {
    const Coach coach =
        coachFrom(R"([{"category": "a", "patterns": ["me *aste|*iste"]}])", R"("stemmer": "spanish", )", "es");
    EXPECT_EQ(flagged(coach, "Me dejaste sola."), QStringList{QStringLiteral("Me dejaste")});
    EXPECT_EQ(flagged(coach, "me mentiste"), QStringList{QStringLiteral("me mentiste")});
    EXPECT_TRUE(flagged(coach, "me aste").isEmpty()); // the ending alone is no word
}

TEST(Matcher, a_required_comma_must_be_there) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["every time ...4 ,! you"]}])");
    EXPECT_EQ(flagged(coach, "Every time I ask, you sigh."), QStringList{QStringLiteral("Every time I ask, you")});
    EXPECT_TRUE(flagged(coach, "Every time I see you, I smile.").isEmpty());
}

TEST(Matcher, a_hint_category_gives_hint_findings) {
    const Coach coach =
        coachFrom(R"([{"category": "h", "patterns": ["unheard"]}, {"category": "a", "patterns": ["ignored"]}])");
    const auto findings = coach.check(QStringLiteral("I feel unheard and ignored"));
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].severity, Severity::Hint);
    EXPECT_EQ(findings[1].severity, Severity::Blame);
}

TEST(Matcher, respellings_read_umlauts_typed_as_two_letters) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["fühle mich ignoriert"]}])",
                                  R"("stemmer": "german", "respell": {"ue": "ü"}, )", "de");
    EXPECT_EQ(flagged(coach, "ich fuehle mich ignoriert"), QStringList{QStringLiteral("fuehle mich ignoriert")});
}

TEST(Matcher, elisions_split_off_words_that_normalize_reads) {
    const Coach coach = coachFrom(R"([{"category": "a", "patterns": ["tu me écoutes jamais"]}])",
                                  R"("stemmer": "french", "elisions": ["m", "t"], "normalize": {"m'": "me"}, )", "fr");
    EXPECT_EQ(flagged(coach, "Tu m’écoutes jamais"), QStringList{QString::fromUtf8("Tu m’écoutes jamais")});
}

TEST(Matcher, the_shipped_languages_flag_the_classes_of_issue_11) {
    const auto has = [](const char* language, const char* text, const char* category) {
        const auto findings = coachFor(QString::fromLatin1(language)).check(QString::fromUtf8(text));
        return std::any_of(findings.begin(), findings.end(),
                           [&](const Finding& f) { return f.category == QLatin1String(category); });
    };
    EXPECT_TRUE(has("en", "You clearly couldn't care less.", "mind-reading"));     // a filler
    EXPECT_TRUE(has("en", "I feel like you never listen.", "thought-as-feeling")); // the frame
    EXPECT_TRUE(has("en", "Get off your phone. NOW.", "demand"));                  // imperatives
    EXPECT_TRUE(has("en", "Whatever. 🙄", "contempt"));                          // an emoji
    EXPECT_TRUE(has("de", "Mein Gott, bist du empfindlich.", "contempt"));         // inverted order
    EXPECT_TRUE(has("de", "Du ignorierst mich.", "you-accusation"));               // a word form
    EXPECT_TRUE(has("de", "Ich habe das Gefühl, dass du mich nicht ernst nimmst.", "thought-as-feeling"));
    EXPECT_TRUE(has("fr", "Tu m'écoutes jamais.", "you-accusation"));      // elision, no "ne"
    EXPECT_TRUE(has("es", "Me dejaste sola otra vez.", "you-accusation")); // "you" in the ending
    EXPECT_TRUE(coachFor(QStringLiteral("en")).check(QStringLiteral("I want to understand you better.")).empty());
    EXPECT_TRUE(coachFor(QStringLiteral("de")).check(QString::fromUtf8("Du bist immer so lieb.")).empty());
}

TEST(Matcher, checks_from_several_threads_agree) {
    const Coach& coach = coachFor(QStringLiteral("en"));
    const QString text = QStringLiteral("You never listen, and I feel ignored. Thank you for always being kind.");
    const auto expected = coach.check(text);
    ASSERT_FALSE(expected.empty());
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (coach.check(text) != expected) {
                    ++mismatches;
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(mismatches.load(), 0);
}

} // namespace
} // namespace twofold::coach::test
