// twofold-bench coach-accuracy: how well the coach tells blaming from gentle sentences, measured on the
// evaluation corpus in tests/data/coach/ (format and splits: README.md there). One JSON line per language and
// split: recall and precision on blaming lines, false-positive rate on gentle lines, category agreement.
// Goals (issues 11 and 12) apply to the held-out split only; the exit status reflects held-out figures.
#include "Benchmarks.h"
#include "CoachCorpus.h"
#include "core/coach/RuleSet.h"

#include <QJsonArray>
#include <cstdio>

#ifndef TWOFOLD_COACH_CORPUS_DIR
#error "TWOFOLD_COACH_CORPUS_DIR must name tests/data/coach"
#endif

namespace twofold::bench {
namespace {

namespace corpus = coach::corpus;

QString optionValue(const QStringList& args, const QString& name, const QString& fallback) {
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

QString describe(const corpus::Outcome& outcome) {
    QStringList parts;
    for (const auto& finding : outcome.findings) {
        parts.append(
            QStringLiteral("%1 “%2”").arg(finding.category, outcome.line->text.mid(finding.start, finding.length)));
    }
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

// Dev misses only: the held-out lines are not for reading while writing rules.
void printMisses(const std::vector<corpus::Outcome>& outcomes) {
    for (const auto& outcome : outcomes) {
        const bool wrong = outcome.blaming ? !outcome.agrees : outcome.flagged;
        if (wrong) {
            std::fprintf(stderr, "  line %d expects %s, got %s: %s\n", outcome.line->number,
                         qPrintable(outcome.line->expected.join(QLatin1Char('|'))), qPrintable(describe(outcome)),
                         qPrintable(outcome.line->text));
        }
    }
}

int run(const QStringList& args) {
    const QString directory = optionValue(args, QStringLiteral("--corpus"), QStringLiteral(TWOFOLD_COACH_CORPUS_DIR));
    const QString onlyLanguage = optionValue(args, QStringLiteral("--language"), {});
    const bool listMisses = args.contains(QStringLiteral("--misses"));
    const auto files = corpus::available(directory);
    if (files.empty()) {
        std::fprintf(stderr, "coach-accuracy: no corpus files in %s\n", qPrintable(directory));
        return 2;
    }
    int status = 0;
    for (const auto& [language, split] : files) {
        if (!onlyLanguage.isEmpty() && language != onlyLanguage) {
            continue;
        }
        auto lines = corpus::load(directory, language, split);
        auto rules = coach::RuleSet::forLanguage(language);
        if (!lines || !rules) {
            std::fprintf(stderr, "coach-accuracy: %s\n",
                         qPrintable(lines ? rules.error().message : lines.error().message));
            return 2;
        }
        if (rules->language() != language) {
            std::fprintf(stderr, "coach-accuracy: no rule file for %s\n", qPrintable(language));
            status = std::max(status, 1);
            continue;
        }
        const coach::Coach coach(std::move(rules).value());
        std::vector<corpus::Outcome> outcomes;
        const auto figures = corpus::evaluate(coach, *lines, &outcomes);
        const auto goals = corpus::goalsFor(language);
        const bool heldOut = split == QLatin1String("heldout");
        const bool met = corpus::meets(figures, goals);
        printFigure(QJsonObject{
            {QStringLiteral("bench"), QStringLiteral("coach-accuracy")},
            {QStringLiteral("language"), language},
            {QStringLiteral("split"), split},
            {QStringLiteral("value"), round2(figures.recall())},
            {QStringLiteral("unit"), QStringLiteral("recall")},
            {QStringLiteral("goal"), goals.recall},
            {QStringLiteral("higherIsBetter"), true},
            {QStringLiteral("met"), met},
            {QStringLiteral("recall"), round2(figures.recall())},
            {QStringLiteral("precision"), round2(figures.precision())},
            {QStringLiteral("falsePositiveRate"), round2(figures.falsePositiveRate())},
            {QStringLiteral("falsePositiveGoal"), goals.falsePositiveRate},
            {QStringLiteral("categoryAgreement"), round2(figures.categoryAgreement())},
            {QStringLiteral("categoryAgreementGoal"), goals.categoryAgreement},
            {QStringLiteral("blamingLines"), figures.blamingLines},
            {QStringLiteral("gentleLines"), figures.gentleLines},
            {QStringLiteral("found"), figures.found},
            {QStringLiteral("falseAlarms"), figures.falseAlarms},
            {QStringLiteral("hintsOffered"), figures.hintsOffered},
            {QStringLiteral("hintLines"), figures.hintLines},
        });
        if (heldOut && !met) {
            status = std::max(status, 1);
        }
        if (listMisses && !heldOut) {
            printMisses(outcomes);
        }
    }
    return status;
}

} // namespace

Bench coachAccuracyBench() {
    return Bench{QStringLiteral("coach-accuracy"),
                 QStringLiteral("coach recall / false positives on tests/data/coach per language and split; goals "
                                "on heldout [--language L] [--corpus DIR] [--misses: list dev misses on stderr]"),
                 run};
}

} // namespace twofold::bench
