// twofold-bench startup | idle: the desktop app's figures (DESIGN §8), measured on the real binary
// (`twofold`, next to twofold-bench) on the offscreen platform unless DISPLAY is set.
//   startup: launch -> first window shown (twofold-startup-probe, the app's own start with a hook that
//            prints it), goal <= 300 ms
//   idle:    `twofold --demo` (two paired windows over loopback TLS, in one process) left idle in a
//            session: CPU over --seconds (default 60) and resident memory, goals < 0.1 % and < 80 MB
#include "Benchmarks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <cstdio>
#include <unistd.h>

namespace twofold::bench {
namespace {

QString appPath(const char* name = "twofold") {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QString::fromLatin1(name));
}

QProcessEnvironment appEnvironment() {
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWOFOLD_NET_SCOPE"), QStringLiteral("loopback"));
    if (!env.contains(QStringLiteral("DISPLAY"))) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    return env;
}

// utime + stime of a process, in clock ticks; -1 if unreadable.
qint64 cpuTicks(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const auto text = file.readAll();
    const auto fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15) {
        return -1;
    }
    return fields[11].toLongLong() + fields[12].toLongLong(); // fields 14 and 15 of stat(5)
}

double residentMb(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const auto& line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

int startup(const QStringList& args) {
    bool ok = true;
    const int runs = intOption(args, QStringLiteral("--runs"), 5, ok);
    if (!ok) {
        return 2;
    }
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        app.setProcessEnvironment(appEnvironment());
        const QString profile = QDir::temp().filePath(QStringLiteral("twofold-bench-startup-%1").arg(getpid()));
        app.start(appPath("twofold-startup-probe"),
                  {QStringLiteral("--profile"), profile, QStringLiteral("--name"), QStringLiteral("Bench")});
        if (!app.waitForFinished(20000)) {
            app.kill();
            return 2;
        }
        QDir(profile).removeRecursively();
        const auto figure = QJsonDocument::fromJson(app.readAllStandardOutput().trimmed().split('\n').last()).object();
        if (!figure.contains(QStringLiteral("value"))) {
            std::fputs("startup: the app printed no figure\n", stderr);
            return 2;
        }
        samples.push_back(figure.value(QStringLiteral("value")).toDouble());
    }
    const auto p = percentiles(samples);
    return printFigure({{QStringLiteral("bench"), QStringLiteral("startup")},
                        {QStringLiteral("value"), round2(p.p50)},
                        {QStringLiteral("unit"), QStringLiteral("ms")},
                        {QStringLiteral("goal"), 300},
                        {QStringLiteral("p50"), round2(p.p50)},
                        {QStringLiteral("max"), round2(p.max)},
                        {QStringLiteral("runs"), p.runs},
                        {QStringLiteral("platform"),
                         appEnvironment().value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))}});
}

int idle(const QStringList& args) {
    bool ok = true;
    const int seconds = intOption(args, QStringLiteral("--seconds"), 60, ok);
    if (!ok) {
        return 2;
    }
    QProcess app;
    app.setProcessEnvironment(appEnvironment());
    app.start(appPath(), {QStringLiteral("--demo")});
    if (!app.waitForStarted(10000)) {
        return 2;
    }
    const qint64 pid = app.processId();
    QTest::qWait(5000); // paired and settled: both windows show the session
    const qint64 ticksBefore = cpuTicks(pid);
    QTest::qWait(seconds * 1000);
    const qint64 ticksAfter = cpuTicks(pid);
    const double rss = residentMb(pid);
    app.terminate();
    if (!app.waitForFinished(5000)) {
        app.kill();
        app.waitForFinished(2000);
    }
    if (ticksBefore < 0 || ticksAfter < 0 || rss < 0) {
        std::fputs("idle: could not read the app's /proc figures\n", stderr);
        return 2;
    }
    const double cpuSeconds = static_cast<double>(ticksAfter - ticksBefore) / static_cast<double>(sysconf(_SC_CLK_TCK));
    const double cpuPercent = 100.0 * cpuSeconds / seconds;
    const int cpuStatus =
        printFigure({{QStringLiteral("bench"), QStringLiteral("idle-cpu")},
                     {QStringLiteral("value"), round2(cpuPercent)},
                     {QStringLiteral("unit"), QStringLiteral("%")},
                     {QStringLiteral("goal"), 0.1},
                     {QStringLiteral("seconds"), seconds},
                     {QStringLiteral("cpuSeconds"), round2(cpuSeconds)},
                     {QStringLiteral("instances"), 2},
                     {QStringLiteral("note"), QStringLiteral("one process running both demo windows")}});
    const int rssStatus = printFigure({{QStringLiteral("bench"), QStringLiteral("memory")},
                                       {QStringLiteral("value"), round2(rss)},
                                       {QStringLiteral("unit"), QStringLiteral("MB")},
                                       {QStringLiteral("goal"), 80},
                                       {QStringLiteral("instances"), 2},
                                       {QStringLiteral("note"), QStringLiteral("resident set of the demo process")}});
    return std::max(cpuStatus, rssStatus);
}

} // namespace

Bench startupBench() {
    return {QStringLiteral("startup"), QStringLiteral("app launch -> window shown (goal <= 300 ms)"), startup};
}

Bench idleBench() {
    return {QStringLiteral("idle"),
            QStringLiteral("demo idle in a session: CPU over 60 s (goal < 0.1 %) and resident memory (goal < 80 MB)"),
            idle};
}

} // namespace twofold::bench
