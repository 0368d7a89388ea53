// The desktop app when its profile cannot be used as it should. It cannot run at all without a writable
// profile of its own (then: a message on stderr and status 1, never an abort); anything less (no log
// file, settings or partners that cannot be read or saved) is a calm notice and the app keeps running.
#include "app/Partnership.h"
#include "app/ProfileNotices.h"
#include "app/controllers/DraftStore.h"
#include "app/controllers/Settings.h"
#include "core/net/Identity.h"
#include "tests/app/FakeChime.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/FreePort.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

QString binary(const QString& name) {
    const auto dir = qEnvironmentVariableIsEmpty("TWOFOLD_BIN_DIR") ? QCoreApplication::applicationDirPath()
                                                                    : qEnvironmentVariable("TWOFOLD_BIN_DIR");
    return QDir(dir).filePath(name);
}

QProcessEnvironment offscreen() {
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("TWOFOLD_NET_SCOPE"), QStringLiteral("loopback"));
    return environment;
}

// `twofold` with these arguments (after `wrapper`, if any), its own discovery port, loopback only.
void startApp(QProcess& app, const QStringList& arguments, const QStringList& wrapper = {}) {
    app.setProcessEnvironment(offscreen());
    const QStringList command =
        wrapper +
        QStringList{binary(QStringLiteral("twofold")), QStringLiteral("--scope"), QStringLiteral("loopback"),
                    QStringLiteral("--discovery-port"), QString::number(freeUdpPort())} +
        arguments;
    app.start(command.first(), command.mid(1));
}

struct Ended {
    bool ended = false;
    int exitCode = -1;
    QString err;
};

Ended waitForEnd(QProcess& app) {
    Ended result;
    result.ended = app.waitForFinished(30000);
    if (!result.ended) {
        app.kill();
        app.waitForFinished();
    }
    result.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    result.err = QString::fromUtf8(app.readAllStandardError());
    return result;
}

QString mountNamespaceProblem() {
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        return QStringLiteral("unshare --mount is not available (it needs root and util-linux)");
    }
    return {};
}

QStringList readOnly(const QString& folder) {
    return {QStringLiteral("unshare"),
            QStringLiteral("--mount"),
            QStringLiteral("sh"),
            QStringLiteral("-c"),
            QStringLiteral("mount --bind -o ro '%1' '%1' && exec \"$@\"").arg(folder),
            QStringLiteral("sh")};
}

TEST(ProfileFaults, a_read_only_profile_ends_the_app_with_a_message_and_status_1) {
    if (const auto problem = mountNamespaceProblem(); !problem.isEmpty()) {
        GTEST_SKIP() << problem.toStdString();
    }
    QTemporaryDir root;
    const QString profile = QDir(root.path()).filePath(QStringLiteral("profile"));
    ASSERT_TRUE(QDir().mkpath(profile));
    for (const auto& where : {profile, QDir(root.path()).filePath(QStringLiteral("new"))}) {
        QProcess app;
        startApp(app, {QStringLiteral("--profile"), where}, readOnly(root.path()));
        const auto end = waitForEnd(app);
        ASSERT_TRUE(end.ended) << "still running on a read-only profile";
        EXPECT_EQ(end.exitCode, 1) << end.err.toStdString();
        EXPECT_TRUE(end.err.contains(QStringLiteral("twofold: "))) << end.err.toStdString();
        EXPECT_TRUE(end.err.contains(QStringLiteral("Read-only file system"))) << end.err.toStdString();
        EXPECT_FALSE(end.err.contains(QStringLiteral("terminate"))) << end.err.toStdString();
    }
}

TEST(ProfileFaults, a_second_app_on_the_same_profile_says_so_and_ends_with_status_1) {
    QTemporaryDir profile;
    QProcess first;
    startApp(first, {QStringLiteral("--profile"), profile.path()});
    ASSERT_TRUE(first.waitForStarted(10000));
    QString firstErr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            firstErr += QString::fromUtf8(first.readAllStandardError());
            return firstErr.contains(QStringLiteral("window shown")) || first.state() == QProcess::NotRunning;
        },
        20000))
        << firstErr.toStdString();
    const auto firstPid = first.processId();
    QProcess second;
    startApp(second, {QStringLiteral("--profile"), profile.path()});
    const auto end = waitForEnd(second);
    EXPECT_EQ(first.state(), QProcess::Running) << firstErr.toStdString();
    first.kill();
    first.waitForFinished();
    ASSERT_TRUE(end.ended);
    EXPECT_EQ(end.exitCode, 1) << end.err.toStdString();
    EXPECT_TRUE(end.err.contains(QStringLiteral("is in use by twofold (process %1)").arg(firstPid)))
        << end.err.toStdString();
}

TEST(ProfileFaults, without_a_log_file_the_app_runs_and_shows_a_notice) {
    QTemporaryDir profile;
    ASSERT_TRUE(QDir(profile.path()).mkdir(QStringLiteral("twofold.log"))); // a folder in the log's place
    QProcess app;
    startApp(app, {QStringLiteral("--profile"), profile.path()});
    ASSERT_TRUE(app.waitForStarted(10000));
    QString err;
    const bool shown = QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(app.readAllStandardError());
            return err.contains(QStringLiteral("window shown")) || app.state() == QProcess::NotRunning;
        },
        20000);
    EXPECT_EQ(app.state(), QProcess::Running) << err.toStdString();
    app.kill();
    app.waitForFinished();
    ASSERT_TRUE(shown) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("notice shown: Twofold can't write its log in"))) << err.toStdString();
}

TEST(ProfileFaults, settings_that_cannot_be_saved_raise_one_notice_and_still_apply) {
    QTemporaryDir root;
    const QString blocker = QDir(root.path()).filePath(QStringLiteral("file"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    app::Settings settings(QDir(blocker).filePath(QStringLiteral("profile"))); // cannot be created, even by root
    QSignalSpy failed(&settings, &app::Settings::saveFailed);
    settings.setDisplayName(QStringLiteral("Sam"));
    EXPECT_FALSE(settings.sync());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("couldn't save your settings")));
    EXPECT_EQ(settings.displayName(), QStringLiteral("Sam")); // applies for this run
    settings.setPauseMinutes(20);
    EXPECT_FALSE(settings.sync());
    EXPECT_EQ(failed.count(), 1); // once, not at every change
}

TEST(ProfileFaults, changed_settings_reach_the_disk_soon_without_a_close) {
    QTemporaryDir profile;
    app::Settings settings(profile.path());
    settings.setDisplayName(QStringLiteral("Sam"));
    const QString path = QDir(profile.path()).filePath(QStringLiteral("twofold.ini"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            QFile ini(path);
            return ini.open(QIODevice::ReadOnly) && ini.readAll().contains("Sam");
        },
        5000));
}

struct PartnershipInProfile {
    explicit PartnershipInProfile(const QString& profile) {
        app::Partnership::Options options;
        options.profile = profile;
        options.name = QStringLiteral("Sam");
        options.language = QStringLiteral("en");
        options.scope = net::Scope::Loopback;
        options.tcpPort = 0;
        options.discovery = false;
        partnership = std::make_unique<app::Partnership>(options, clock, chime);
    }
    FakeClock clock;
    FakeChime chime;
    std::unique_ptr<app::Partnership> partnership;
};

TEST(ProfileFaults, a_damaged_partners_file_is_kept_aside_with_a_notice) {
    QTemporaryDir profile;
    {
        QFile file(QDir(profile.path()).filePath(QStringLiteral("trusted.json")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"partners\": [");
    }
    PartnershipInProfile side(profile.path());
    QSignalSpy problems(side.partnership.get(), &app::Partnership::profileProblem);
    ASSERT_TRUE(side.partnership->start());
    ASSERT_EQ(problems.count(), 1);
    const auto kept = QDir(profile.path()).entryList({QStringLiteral("trusted.json.damaged-*")});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(problems.first().first().toString().contains(kept.first()))
        << problems.first().first().toString().toStdString();
}

TEST(ProfileFaults, an_unreadable_key_is_a_notice_and_is_left_as_it_is) {
    QTemporaryDir profile;
    ASSERT_TRUE(QDir(profile.path()).mkpath(QStringLiteral("key.pem/not-a-key"))); // unreadable, also for root
    PartnershipInProfile side(profile.path());
    QSignalSpy problems(side.partnership.get(), &app::Partnership::profileProblem);
    EXPECT_FALSE(side.partnership->start());
    ASSERT_EQ(problems.count(), 1);
    EXPECT_TRUE(problems.first().first().toString().contains(QStringLiteral("couldn't read this computer's key")));
    EXPECT_TRUE(QDir(QDir(profile.path()).filePath(QStringLiteral("key.pem/not-a-key"))).exists());
}

TEST(ProfileFaults, notices_are_collected_before_the_window_and_each_shown_once) {
    app::ProfileNotices notices;
    notices.add(QStringLiteral("one"));
    notices.add(QStringLiteral("two"));
    notices.add(QStringLiteral("one"));
    notices.add(QString());
    EXPECT_EQ(notices.texts(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
}

} // namespace
} // namespace twofold::test
