#include "CoachTestSupport.h"

#include <gtest/gtest.h>

namespace twofold::coach::test {
namespace {

// A minimal valid rule file; `rules` and `extra` are spliced in.
QByteArray ruleFile(const char* rules, const char* extra = "") {
    return QByteArray(R"({"format": 1, "language": "xx", "name": "Test", )") + extra +
           R"("categories": {"demand": {"suggestion": "Try a request."}}, "rules": )" + rules + "}";
}

TEST(RuleSet, loads_a_minimal_rule_file) {
    const auto rules = RuleSet::fromJson(ruleFile(R"([{"category": "demand", "patterns": ["you must"]}])"));
    ASSERT_TRUE(rules.ok()) << rules.error().message.toStdString();
    EXPECT_EQ(rules->language(), QStringLiteral("xx"));
    EXPECT_EQ(rules->name(), QStringLiteral("Test"));
    EXPECT_EQ(rules->patternCount(), 1);
}

struct Malformed {
    const char* why;
    QByteArray json;
    const char* code;
};

TEST(RuleSet, malformed_files_give_a_clear_error_not_a_crash) {
    const Malformed cases[] = {
        {"empty", QByteArray(), "coach.json"},
        {"not json", "you always", "coach.json"},
        {"truncated", R"({"format": 1, "language": )", "coach.json"},
        {"binary", QByteArray("\x00\xff\xfe{", 4), "coach.json"},
        {"array at top", "[]", "coach.format"},
        {"empty object", "{}", "coach.format"},
        {"wrong format", R"({"format": 2})", "coach.format"},
        {"bad language", R"({"format": 1, "language": "English", "name": "x"})", "coach.format"},
        {"no categories", R"({"format": 1, "language": "xx", "name": "x", "rules": []})", "coach.format"},
        {"rules not an array", ruleFile(R"({"category": "demand"})"), "coach.format"},
        {"no rules", ruleFile("[]"), "coach.format"},
        {"rule not an object", ruleFile(R"(["you must"])"), "coach.format"},
        {"unknown category", ruleFile(R"([{"category": "nagging", "patterns": ["you must"]}])"), "coach.format"},
        {"typo in a key", ruleFile(R"([{"category": "demand", "pattern": ["you must"]}])"), "coach.format"},
        {"unknown top-level key", ruleFile(R"([{"category": "demand", "patterns": ["a"]}])", R"("rule": 1, )"),
         "coach.format"},
        {"patterns not strings", ruleFile(R"([{"category": "demand", "patterns": [1, 2]}])"), "coach.format"},
        {"no patterns", ruleFile(R"([{"category": "demand"}])"), "coach.format"},
        {"bad maxGap", ruleFile(R"([{"category": "demand", "patterns": ["a"]}])", R"("maxGap": 99, )"), "coach.format"},
        {"unknown set", ruleFile(R"([{"category": "demand", "patterns": ["<nope> must"]}])"), "coach.pattern"},
        {"starts with a gap", ruleFile(R"([{"category": "demand", "patterns": ["... must"]}])"), "coach.pattern"},
        {"ends with a comma", ruleFile(R"([{"category": "demand", "patterns": ["must ,"]}])"), "coach.pattern"},
        {"bad gap", ruleFile(R"([{"category": "demand", "patterns": ["you ...x must"]}])"), "coach.pattern"},
        {"empty alternative", ruleFile(R"([{"category": "demand", "patterns": ["you a||b"]}])"), "coach.pattern"},
        {"not a single word", ruleFile(R"([{"category": "demand", "patterns": ["you must!"]}])"), "coach.pattern"},
        {"unclosed focus", ruleFile(R"([{"category": "demand", "patterns": ["[you must"]}])"), "coach.pattern"},
        {"caret not first", ruleFile(R"([{"category": "demand", "patterns": ["you ^ must"]}])"), "coach.pattern"},
        {"set uses a set", ruleFile(R"([{"category": "demand", "patterns": ["<a>"]}])", R"("sets": {"a": ["<a>"]}, )"),
         "coach.pattern"},
        {"unknown stemmer", ruleFile(R"([{"category": "demand", "patterns": ["a"]}])", R"("stemmer": "klingon", )"),
         "coach.format"},
        {"normalize to two words",
         ruleFile(R"([{"category": "demand", "patterns": ["a"]}])", R"("normalize": {"u": "you all"}, )"),
         "coach.format"},
        {"filler not a word", ruleFile(R"([{"category": "demand", "patterns": ["a"]}])", R"("fillers": ["a b"], )"),
         "coach.format"},
        {"bad negation window", ruleFile(R"([{"category": "demand", "patterns": ["a"]}])", R"("negationWindow": 0, )"),
         "coach.format"},
        {"bad severity",
         R"({"format": 1, "language": "xx", "name": "T", "categories": {"demand": {"suggestion": "x", "severity": "loud"}},
             "rules": [{"category": "demand", "patterns": ["a"]}]})",
         "coach.format"},
        {"negatable not a bool", ruleFile(R"([{"category": "demand", "patterns": ["a"], "negatable": "yes"}])"),
         "coach.format"},
        {"elision with apostrophe",
         ruleFile(R"([{"category": "demand", "patterns": ["a"]}])", R"("elisions": ["l'"], )"), "coach.format"},
        {"unclosed group", ruleFile(R"([{"category": "demand", "patterns": ["(you must"]}])"), "coach.pattern"},
        {"swap of one", ruleFile(R"([{"category": "demand", "patterns": ["{you} must"]}])"), "coach.pattern"},
        {"ends with a required comma", ruleFile(R"([{"category": "demand", "patterns": ["must ,!"]}])"),
         "coach.pattern"},
        {"starts with any word", ruleFile(R"([{"category": "demand", "patterns": ["? must"]}])"), "coach.pattern"},
        {"expansion blow-up",
         ruleFile(R"([{"category": "demand", "patterns": ["<a> <a> <a> <a> <a> <a> <a> <a>"]}])",
                  R"("sets": {"a": ["a b", "c d", "e f", "g h", "i j", "k l", "m n", "o p", "q r", "s t"]}, )"),
         "coach.pattern"},
    };
    for (const auto& c : cases) {
        const auto rules = RuleSet::fromJson(c.json);
        ASSERT_FALSE(rules.ok()) << c.why;
        EXPECT_EQ(rules.error().code, QLatin1String(c.code)) << c.why << ": " << rules.error().message.toStdString();
        EXPECT_FALSE(rules.error().message.isEmpty()) << c.why;
    }
}

TEST(RuleSet, error_messages_name_the_rule_and_pattern) {
    const auto rules = RuleSet::fromJson(ruleFile(
        R"([{"category": "demand", "patterns": ["you must"]}, {"category": "demand", "patterns": ["ok", "<x>"]}])"));
    ASSERT_FALSE(rules.ok());
    EXPECT_TRUE(rules.error().message.contains(QStringLiteral("rules[1].patterns[1]")))
        << rules.error().message.toStdString();
    EXPECT_TRUE(rules.error().message.contains(QStringLiteral("<x>"))) << rules.error().message.toStdString();
}

TEST(RuleSet, rejects_files_over_the_size_limit) {
    QByteArray huge = ruleFile(R"([{"category": "demand", "patterns": ["you must"]}])");
    huge.append(QByteArray(RuleSet::maxFileSize, ' '));
    const auto rules = RuleSet::fromJson(huge);
    ASSERT_FALSE(rules.ok());
    EXPECT_EQ(rules.error().code, QStringLiteral("coach.format"));
}

TEST(RuleSet, unknown_language_falls_back_to_english) {
    for (const char* language : {"xx", "", "klingon", "../de", "tlh_XX"}) {
        const auto rules = RuleSet::forLanguage(QString::fromUtf8(language));
        ASSERT_TRUE(rules.ok()) << language;
        EXPECT_EQ(rules->language(), QStringLiteral("en")) << language;
    }
}

TEST(RuleSet, locale_names_select_their_language) {
    for (const char* language : {"de", "DE", "de_DE", "de-AT", "de_CH.UTF-8"}) {
        const auto rules = RuleSet::forLanguage(QString::fromUtf8(language));
        ASSERT_TRUE(rules.ok()) << language;
        EXPECT_EQ(rules->language(), QStringLiteral("de")) << language;
    }
}

TEST(RuleSet, shipped_rule_files_declare_every_standard_category) {
    for (const char* language : {"en", "de"}) {
        const auto rules = RuleSet::forLanguage(QString::fromLatin1(language));
        ASSERT_TRUE(rules.ok()) << language;
        for (const auto id : {category::youAccusation, category::absolute, category::mindReading, category::demand,
                              category::contempt, category::pseudoFeeling}) {
            EXPECT_TRUE(rules->categories().contains(id)) << language << " " << id.data();
        }
    }
}

// Adding a language is a data change: a French rule file, inline, works without touching code.
TEST(RuleSet, a_third_language_can_be_added_as_data) {
    const QByteArray french = R"({
        "format": 1, "language": "fr", "name": "Français",
        "categories": {
            "absolute": {"suggestion": "« Toujours » est dur à entendre."},
            "pseudo-feeling": {"suggestion": "Un sentiment, peut-être ?", "patterns": ["je me sens ... [<words>]"]},
            "contempt": {"suggestion": "Ce mot peut blesser."}
        },
        "sets": {"tu": ["tu|t'es"]},
        "rules": [
            {"category": "absolute", "patterns": ["<tu> ... toujours|jamais"]},
            {"category": "pseudo-feeling", "words": ["ignoré|ignorée", "trahi|trahie"], "alternatives": ["seul", "triste"]},
            {"category": "contempt", "patterns": ["[égoïste*]"]}
        ],
        "allow": ["merci ...1 tu"]
    })";
    const auto rules = RuleSet::fromJson(french);
    ASSERT_TRUE(rules.ok()) << rules.error().message.toStdString();
    const Coach coach(*rules);

    const QString text = QString::fromUtf8("Tu es toujours en retard. Je me sens IGNORÉE. Quel ÉGOÏSTE !");
    const auto findings = coach.check(text);
    ASSERT_EQ(findings.size(), 3u) << describe(text, findings);
    EXPECT_EQ(text.mid(findings[0].start, findings[0].length), QStringLiteral("Tu es toujours"));
    EXPECT_EQ(findings[0].category, category::absolute);
    EXPECT_EQ(text.mid(findings[1].start, findings[1].length), QString::fromUtf8("IGNORÉE"));
    EXPECT_EQ(findings[1].alternatives, (QStringList{QStringLiteral("seul"), QStringLiteral("triste")}));
    EXPECT_EQ(findings[2].category, category::contempt);
    EXPECT_TRUE(coach.check(QString::fromUtf8("Je ne t'ai jamais vu.")).empty());
}

TEST(RuleSet, except_hides_findings_of_its_own_rule_only) {
    const QByteArray json = R"({
        "format": 1, "language": "xx", "name": "Test",
        "categories": {"a": {"suggestion": "A"}, "b": {"suggestion": "B"}},
        "rules": [
            {"category": "a", "patterns": ["you must"], "except": ["if you must"]},
            {"category": "b", "patterns": ["you"]}
        ]
    })";
    const auto rules = RuleSet::fromJson(json);
    ASSERT_TRUE(rules.ok()) << rules.error().message.toStdString();
    const Coach coach(*rules);
    const auto findings = coach.check(QStringLiteral("if you must"));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].category, QStringLiteral("b"));
}

TEST(RuleSet, keys_starting_with_underscore_are_comments) {
    const auto rules = RuleSet::fromJson(
        ruleFile(R"([{"_why": "demands", "category": "demand", "patterns": ["you must"]}])", R"("_comment": "x", )"));
    EXPECT_TRUE(rules.ok()) << rules.error().message.toStdString();
}

} // namespace
} // namespace twofold::coach::test
