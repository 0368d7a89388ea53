#include "Benchmarks.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace twofold::bench {

const std::vector<Bench>& benchmarks() {
    // Add a figure: one line here, its file in CMakeLists.txt, its factory in Benchmarks.h.
    static const std::vector<Bench> all = {
        coachBench(),     coachAccuracyBench(), replayBench(),  catchUpBench(), latencyBench(),
        discoveryBench(), reconnectBench(),     startupBench(), idleBench(),    nearbyFloodBench(),
    };
    return all;
}

Percentiles percentiles(std::vector<double> samples) {
    Percentiles out;
    if (samples.empty()) {
        return out;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const auto index = static_cast<std::size_t>(std::ceil(p * static_cast<double>(samples.size()))) - 1;
        return samples[std::min(index, samples.size() - 1)];
    };
    out.p50 = rank(0.50);
    out.p90 = rank(0.90);
    out.p99 = rank(0.99);
    out.max = samples.back();
    out.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(samples.size());
    out.runs = static_cast<int>(samples.size());
    return out;
}

int intOption(const QStringList& args, const QString& name, int fallback, bool& ok) {
    const qsizetype at = args.indexOf(name);
    if (at < 0) {
        return fallback;
    }
    bool parsed = false;
    const int value = at + 1 < args.size() ? args[at + 1].toInt(&parsed) : 0;
    if (!parsed || value <= 0) {
        ok = false;
        return fallback;
    }
    return value;
}

int printFigure(QJsonObject figure) {
    const double value = figure.value(QLatin1String("value")).toDouble();
    const double goal = figure.value(QLatin1String("goal")).toDouble();
    const bool higherIsBetter = figure.value(QLatin1String("higherIsBetter")).toBool(false);
    // A figure with several goals sets "met" itself; it then counts together with the main goal.
    const bool met =
        (higherIsBetter ? value >= goal : value <= goal) && figure.value(QLatin1String("met")).toBool(true);
    figure.insert(QStringLiteral("met"), met);
    const QByteArray line = QJsonDocument(figure).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return met ? 0 : 1;
}

double round2(double value) {
    return std::round(value * 100.0) / 100.0;
}

} // namespace twofold::bench
