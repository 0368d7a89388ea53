// The real `twofold` binary, started as a user (or a script) starts it: help and version without a
// display, a wrong option ends with status 2, and a launch offscreen shows the window and quits.
#include "tests/fakes/FreePort.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString binary(const QString& name) {
    const auto dir = qEnvironmentVariableIsEmpty("TWOFOLD_BIN_DIR") ? QCoreApplication::applicationDirPath()
                                                                    : qEnvironmentVariable("TWOFOLD_BIN_DIR");
    return QDir(dir).filePath(name);
}

Run runApp(const QStringList& args, const QProcessEnvironment& environment) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary(QStringLiteral("twofold")), args);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// No display at all: no DISPLAY, no WAYLAND_DISPLAY, no offscreen platform.
QProcessEnvironment headless() {
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const auto* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("TWOFOLD_NET_SCOPE"), QStringLiteral("loopback"));
    return environment;
}

TEST(Launch, help_and_version_work_without_a_display) {
    const auto help = runApp({QStringLiteral("--help")}, headless());
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    for (const auto* option :
         {"--profile", "--scope", "--name", "--language", "--port", "--discovery-port", "--demo"}) {
        EXPECT_TRUE(help.out.contains(QLatin1String(option))) << option;
    }
    const auto version = runApp({QStringLiteral("--version")}, headless());
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("twofold "))) << version.out.toStdString();
    // Qt's own options are still Qt's: they are not "unknown options" to Twofold.
    const auto withQtOption =
        runApp({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")}, headless());
    EXPECT_EQ(withQtOption.exitCode, 0) << withQtOption.err.toStdString();
}

TEST(Launch, a_wrong_scope_or_option_ends_with_status_2_and_a_clear_message) {
    QTemporaryDir profile;
    const auto bad =
        runApp({QStringLiteral("--profile"), profile.path(), QStringLiteral("--scope"), QStringLiteral("everywhere")},
               headless());
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("loopback or lan"))) << bad.err.toStdString();

    auto environment = headless();
    environment.insert(QStringLiteral("TWOFOLD_NET_SCOPE"), QStringLiteral("LAN-ish"));
    const auto badEnvironment = runApp({QStringLiteral("--profile"), profile.path()}, environment);
    EXPECT_EQ(badEnvironment.exitCode, 2);
    EXPECT_TRUE(badEnvironment.err.contains(QStringLiteral("TWOFOLD_NET_SCOPE"))) << badEnvironment.err.toStdString();

    const auto unknown = runApp({QStringLiteral("--frobnicate")}, headless());
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate"))) << unknown.err.toStdString();
}

TEST(Launch, the_real_binary_shows_its_window_offscreen_with_the_scope_in_any_case) {
    QTemporaryDir profile;
    auto environment = headless();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("TWOFOLD_NET_SCOPE"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(binary(QStringLiteral("twofold")),
              {QStringLiteral("--profile"), profile.path(), QStringLiteral("--scope"), QStringLiteral("LOOPBACK"),
               QStringLiteral("--discovery-port"), QString::number(freeUdpPort())});
    ASSERT_TRUE(app.waitForStarted(10000));
    QFile log(QDir(profile.path()).filePath(QStringLiteral("twofold.log")));
    QString text;
    // The log reaches the file within seconds (flushed every 2 s), without the app having to exit.
    const bool shown = QTest::qWaitFor(
        [&] {
            if (log.exists() && log.open(QIODevice::ReadOnly)) {
                text = QString::fromUtf8(log.readAll());
                log.close();
            }
            return text.contains(QStringLiteral("window shown")) || app.state() == QProcess::NotRunning;
        },
        15000);
    EXPECT_EQ(app.state(), QProcess::Running)
        << "it must still be running: " << app.readAllStandardError().toStdString();
    app.kill();
    app.waitForFinished();
    ASSERT_TRUE(shown) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("window shown"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("scope loopback from flag"))) << text.toStdString();
}

} // namespace
} // namespace twofold::test
