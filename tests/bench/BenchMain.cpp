// twofold-bench: measures the figures of DESIGN §8. Each figure prints one JSON line on stdout:
//   {"bench":"coach","value":12.3,"unit":"us","goal":1000,"met":true,"p50":...,"runs":...}
// Usage: twofold-bench <name> [options] | all | --list | --help
#include "Benchmarks.h"

#include <QApplication>
#include <algorithm>
#include <cstdio>

namespace {

void printUsage(FILE* out) {
    std::fputs("usage: twofold-bench <name> [options]   run one benchmark\n"
               "       twofold-bench all                run every benchmark with its defaults\n"
               "       twofold-bench --list             list the benchmarks\n"
               "Each benchmark prints one JSON line. Exit status: 0 goals met, 1 a goal missed, 2 error.\n",
               out);
}

void printList() {
    for (const auto& bench : twofold::bench::benchmarks()) {
        std::printf("%-12s %s\n", qPrintable(bench.name), qPrintable(bench.help));
    }
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the nearby-flood bench opens a page, headless
    }
    QApplication app(argc, argv); // some benchmarks need an event loop
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--list")) {
        printList();
        return 0;
    }
    if (name == QLatin1String("all")) {
        int status = 0;
        for (const auto& bench : twofold::bench::benchmarks()) {
            status = std::max(status, bench.run({}));
        }
        return status;
    }
    for (const auto& bench : twofold::bench::benchmarks()) {
        if (bench.name == name) {
            return bench.run(args);
        }
    }
    std::fprintf(stderr, "twofold-bench: unknown benchmark \"%s\"; try --list\n", qPrintable(name));
    return 2;
}
