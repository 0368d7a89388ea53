#pragma once

#include "core/session/Event.h"
#include "core/session/FlowLibrary.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace twofold::bench {

// One figure of DESIGN §8. `run` gets the arguments after the name, prints exactly one JSON line on stdout
// (see printFigure) and returns the exit status: 0 goal met, 1 goal missed, 2 bad arguments or failure.
struct Bench {
    QString name;
    QString help;
    std::function<int(const QStringList& args)> run;
};

// Every registered benchmark, in the order `--list` and `all` use.
const std::vector<Bench>& benchmarks();

// ---- One factory per benchmark file; register it in the table in Benchmarks.cpp. ----
Bench coachBench();         // CoachBench.cpp: Coach::check on a 500-character draft, p99 in us
Bench coachAccuracyBench(); // CoachAccuracyBench.cpp: recall and false positives on the corpus, per language
Bench replayBench();        // ReplayBench.cpp: rebuild a 10,000-event session from its log, ms
Bench catchUpBench();       // CatchUpBench.cpp: a restarted guest takes a 10,000-event log: longest stall, ms
Bench latencyBench();       // NetworkBench.cpp: signal -> applied on the partner over loopback TLS, p99 ms
Bench discoveryBench();     // NetworkBench.cpp: both start -> partner listed, ms
Bench reconnectBench();     // NetworkBench.cpp: link restored -> session resumed, ms
Bench startupBench();       // AppBench.cpp: launch -> window shown, ms
Bench idleBench();          // AppBench.cpp: idle CPU % over 60 s and resident MB of the demo
Bench nearbyFloodBench();   // NearbyBench.cpp: 5,000 fresh announcements, partners page open: GUI stall ms

// ---- Helpers for benchmark files ----

struct Percentiles {
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
    int runs = 0;
};

// Nearest-rank percentiles of `samples` (any unit).
Percentiles percentiles(std::vector<double> samples);

// `--name N` from args, or `fallback` when absent; sets `ok` false when present but not a positive integer.
int intOption(const QStringList& args, const QString& name, int fallback, bool& ok);

// Prints `figure` as one compact JSON line, adding "met" (value <= goal, or >= goal when
// "higherIsBetter" is true in the figure; false when the figure already says "met": false).
// Returns 0 when the goal is met, 1 when it is missed.
int printFigure(QJsonObject figure);

// Rounds to two decimals for readable JSON.
double round2(double value);

// A realistic session log of about `target` events (conversation turns, signals, breathing pauses); ReplayBench.cpp.
std::vector<session::Event> makeReplayLog(const session::FlowLibrary& flows, int target);

} // namespace twofold::bench
