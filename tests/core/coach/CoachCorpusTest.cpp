// The evaluation corpus (tests/data/coach, README.md there) as a guard: the held-out figures of every language
// must meet the goals of issues 11 and 12, so a rule change that loses recall or adds false alarms fails here.
// The same figures are printed by `twofold-bench coach-accuracy`.
#include "CoachCorpus.h"

#include "CoachTestSupport.h"
#include "core/coach/Languages.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace twofold::coach::test {
namespace {

const QString corpusDirectory = QStringLiteral(TWOFOLD_COACH_CORPUS_DIR);

std::string figuresText(const corpus::Figures& f) {
    return "recall " + std::to_string(f.recall()) + " (" + std::to_string(f.found) + "/" +
           std::to_string(f.blamingLines) + "), false positives " + std::to_string(f.falsePositiveRate()) + " (" +
           std::to_string(f.falseAlarms) + "/" + std::to_string(f.gentleLines) + "), category agreement " +
           std::to_string(f.categoryAgreement());
}

TEST(CoachCorpus, every_shipped_language_has_both_splits_and_enough_lines) {
    for (const QString& language : availableLanguages()) {
        std::size_t lines = 0;
        for (const QString& split : {QStringLiteral("dev"), QStringLiteral("heldout")}) {
            const auto loaded = corpus::load(corpusDirectory, language, split);
            ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
            lines += loaded->lines.size();
        }
        // Issue 11: >= 300 lines for en and de; issue 12: >= 150 for every other language.
        const bool first = language == QLatin1String("en") || language == QLatin1String("de");
        EXPECT_GE(lines, first ? 300u : 150u) << language.toStdString();
    }
}

TEST(CoachCorpus, heldout_figures_meet_the_goals_in_every_language) {
    for (const QString& language : availableLanguages()) {
        const auto heldOut = corpus::load(corpusDirectory, language, QStringLiteral("heldout"));
        ASSERT_TRUE(heldOut.ok()) << heldOut.error().message.toStdString();
        const auto figures = corpus::evaluate(coachFor(language), *heldOut);
        const auto goals = corpus::goalsFor(language);
        EXPECT_GE(figures.blamingLines, 30) << language.toStdString();
        EXPECT_GE(figures.gentleLines, 30) << language.toStdString();
        EXPECT_TRUE(corpus::meets(figures, goals))
            << language.toStdString() << " held-out: " << figuresText(figures) << "; goals: recall >= " << goals.recall
            << ", false positives <= " << goals.falsePositiveRate << ", agreement >= " << goals.categoryAgreement;
    }
}

TEST(CoachCorpus, dev_figures_meet_the_same_goals) {
    for (const QString& language : availableLanguages()) {
        const auto dev = corpus::load(corpusDirectory, language, QStringLiteral("dev"));
        ASSERT_TRUE(dev.ok()) << dev.error().message.toStdString();
        const auto figures = corpus::evaluate(coachFor(language), *dev);
        EXPECT_TRUE(corpus::meets(figures, corpus::goalsFor(language)))
            << language.toStdString() << " dev: " << figuresText(figures);
    }
}

TEST(CoachCorpus, the_softer_hint_is_never_counted_as_blame) {
    const auto findings =
        coachFor(QStringLiteral("en")).check(QStringLiteral("I feel unheard when I share my feelings."));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].severity, Severity::Hint);
    EXPECT_FALSE(corpus::isBlame(findings[0]));
}

TEST(CoachCorpus, a_malformed_line_is_an_error_with_its_line_number) {
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    QFile file(directory.filePath(QStringLiteral("xx.dev.txt")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# comment\nnone edge Fine.\nyou-accusation rumour You never listen.\n");
    file.close();
    const auto loaded = corpus::load(directory.path(), QStringLiteral("xx"), QStringLiteral("dev"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, QStringLiteral("corpus.format"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral(":3:"))) << loaded.error().message.toStdString();
}

} // namespace
} // namespace twofold::coach::test
