// twofold-bench coach: how long Coach::check takes on a realistic 500-character draft, as if the coach
// ran on every keystroke. Goal (DESIGN §3): well under a millisecond; the figure is p99 in microseconds.
// "coldUs" is the very first check (no word of the draft read before). On a loaded machine the p99 can show the
// scheduler's time slice (about 4 ms) rather than the coach; compare p50 and p90.
#include "Benchmarks.h"
#include "core/coach/Coach.h"
#include "core/coach/RuleSet.h"

#include <QElapsedTimer>
#include <chrono>
#include <cstdio>

#ifndef TWOFOLD_BENCH_BUILD_TYPE
#define TWOFOLD_BENCH_BUILD_TYPE "unknown"
#endif

namespace twofold::bench {
namespace {

// Gentle and blaming sentences mixed, exactly 500 characters.
const char* const draft =
    "I want to talk about last weekend. When you came home late on Saturday, I felt lonely and a bit scared, "
    "because I had cooked dinner for us. Honestly, you always do this, and you never call. I feel ignored when "
    "you're on your phone at the table. I do know work's stressful for you right now, and I'd like to understand it "
    "better. You should have told me you'd be late. Would you be willing to text me when plans change? What I need "
    "is to feel we are a team, not that you just want to do what you like.";

constexpr double goalMicroseconds = 1000.0;

int run(const QStringList& args) {
    bool ok = true;
    const int runs = intOption(args, QStringLiteral("--runs"), 20000, ok);
    const int warmup = intOption(args, QStringLiteral("--warmup"), 1000, ok);
    if (!ok) {
        std::fputs("usage: twofold-bench coach [--runs N] [--warmup N]\n", stderr);
        return 2;
    }
    QElapsedTimer setupTimer;
    setupTimer.start();
    auto rules = coach::RuleSet::forLanguage(QStringLiteral("en"));
    if (!rules) {
        std::fprintf(stderr, "coach rules: %s\n", qPrintable(rules.error().message));
        return 2;
    }
    const coach::Coach coach(std::move(rules).value());
    const double setupMs = static_cast<double>(setupTimer.nsecsElapsed()) / 1e6;

    const QString text = QString::fromUtf8(draft);
    // The first check reads every word of the draft; later ones find most words read already (as when typing).
    const auto coldStart = std::chrono::steady_clock::now();
    std::size_t findings = coach.check(text).size();
    const double coldUs =
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - coldStart).count();
    for (int i = 0; i < warmup; ++i) {
        findings = coach.check(text).size();
    }
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto result = coach.check(text);
        const auto end = std::chrono::steady_clock::now();
        findings = result.size();
        samples.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    const Percentiles p = percentiles(std::move(samples));
    return printFigure(QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("coach")},
        {QStringLiteral("value"), round2(p.p99)},
        {QStringLiteral("unit"), QStringLiteral("us")},
        {QStringLiteral("goal"), goalMicroseconds},
        {QStringLiteral("p50"), round2(p.p50)},
        {QStringLiteral("p90"), round2(p.p90)},
        {QStringLiteral("p99"), round2(p.p99)},
        {QStringLiteral("max"), round2(p.max)},
        {QStringLiteral("mean"), round2(p.mean)},
        {QStringLiteral("runs"), p.runs},
        {QStringLiteral("chars"), static_cast<int>(text.size())},
        {QStringLiteral("findings"), static_cast<int>(findings)},
        {QStringLiteral("patterns"), coach.rules().patternCount()},
        {QStringLiteral("setupMs"), round2(setupMs)},
        {QStringLiteral("coldUs"), round2(coldUs)},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("build"), QStringLiteral(TWOFOLD_BENCH_BUILD_TYPE)},
    });
}

} // namespace

Bench coachBench() {
    return Bench{QStringLiteral("coach"),
                 QStringLiteral("Coach::check on a 500-character draft; p99 us per check, goal < 1000 "
                                "[--runs N] [--warmup N]"),
                 run};
}

} // namespace twofold::bench
