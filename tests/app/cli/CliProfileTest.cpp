// twofold-cli when its profile cannot be used as it should: read-only, full, in use by another process,
// damaged. Every case ends with one JSON error line and status 1 (never an abort), and nothing the user
// had is destroyed. Root ignores permission bits, so the read-only and full cases run the CLI inside a
// private mount namespace (unshare -m) over a read-only bind mount or a tiny tmpfs; the others use a file
// or folder where the other kind is expected, which stops root too.
#include "tests/app/cli/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

QString hex64(char c) {
    return QString(64, QLatin1Char(c));
}

// Why mount namespaces cannot be used here (not root, no unshare), or empty when they can.
QString mountNamespaceProblem() {
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()) {
        return QStringLiteral("unshare (util-linux) is not installed");
    }
    QProcess probe;
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")});
    if (!probe.waitForFinished(10000) || probe.exitCode() != 0) {
        return QStringLiteral("unshare --mount failed (it needs root): ") + QString::fromLocal8Bit(probe.readAll());
    }
    return {};
}

#define SKIP_WITHOUT_MOUNT_NAMESPACES()                                                                                \
    if (const auto problem = mountNamespaceProblem(); !problem.isEmpty()) {                                            \
        GTEST_SKIP() << "needs a private mount namespace: " << problem.toStdString();                                  \
    }

// Runs what follows inside a new mount namespace once `setup` (sh, as root) has changed what it sees there.
QStringList inMountNamespace(const QString& setup) {
    return {QStringLiteral("unshare"),
            QStringLiteral("--mount"),
            QStringLiteral("--propagation"),
            QStringLiteral("private"),
            QStringLiteral("sh"),
            QStringLiteral("-c"),
            setup + QStringLiteral(" && exec \"$@\""),
            QStringLiteral("sh")};
}

QStringList readOnly(const QString& folder) {
    return inMountNamespace(QStringLiteral("mount --bind -o ro '%1' '%1'").arg(folder));
}

// One JSON error line with this code, status 1, nothing on stderr (an abort would print there).
void expectCleanFailure(const CliRun& run, const char* code, const QString& context) {
    ASSERT_TRUE(run.finished) << context.toStdString();
    EXPECT_EQ(run.exitCode, 1) << context.toStdString() << "\n" << run.out.toStdString() << run.err.toStdString();
    ASSERT_FALSE(run.lines.isEmpty()) << context.toStdString() << "\n" << run.err.toStdString();
    const auto last = run.lines.last();
    EXPECT_EQ(last.value(QLatin1String("kind")).toString(), QStringLiteral("error")) << run.out.toStdString();
    EXPECT_EQ(last.value(QLatin1String("code")).toString(), QLatin1String(code)) << context.toStdString() << "\n"
                                                                                 << run.out.toStdString();
    EXPECT_FALSE(last.value(QLatin1String("message")).toString().isEmpty());
    EXPECT_TRUE(run.err.isEmpty()) << context.toStdString() << "\n" << run.err.toStdString();
}

TEST(CliProfile, a_read_only_profile_ends_every_command_with_an_error_line_and_status_1) {
    SKIP_WITHOUT_MOUNT_NAMESPACES();
    QTemporaryDir root;
    const QString profile = QDir(root.path()).filePath(QStringLiteral("profile"));
    ASSERT_EQ(runCli({QStringLiteral("--profile"), profile, QStringLiteral("id")}).exitCode, 0);
    const QList<QStringList> commands{
        {QStringLiteral("id")},
        {QStringLiteral("trusted")},
        {QStringLiteral("forget"), hex64('a')},
        {QStringLiteral("host")},
        {QStringLiteral("join"), QStringLiteral("127.0.0.1:9")},
        {QStringLiteral("discover"), QStringLiteral("--timeout"), QStringLiteral("1")},
    };
    for (const auto& command : commands) {
        const auto run =
            runCliUnder(readOnly(root.path()), QStringList{QStringLiteral("--profile"), profile} + command);
        expectCleanFailure(run, "profile-read-only", command.join(QLatin1Char(' ')));
        EXPECT_TRUE(run.out.contains(QStringLiteral("Read-only file system"))) << run.out.toStdString();
    }
    // A profile that does not exist yet, in a read-only place.
    const auto fresh = runCliUnder(readOnly(root.path()), {QStringLiteral("--profile"),
                                                           QDir(root.path()).filePath(QStringLiteral("new/profile")),
                                                           QStringLiteral("trusted")});
    expectCleanFailure(fresh, "profile-unavailable", QStringLiteral("a new profile"));
}

TEST(CliProfile, a_read_only_home_folder_is_an_error_line_for_the_default_profile) {
    SKIP_WITHOUT_MOUNT_NAMESPACES();
    QTemporaryDir home;
    const auto run = runCliUnder(readOnly(home.path()) + QStringList{QStringLiteral("env"), QStringLiteral("-u"),
                                                                     QStringLiteral("XDG_DATA_HOME"),
                                                                     QStringLiteral("HOME=") + home.path()},
                                 {QStringLiteral("trusted")});
    expectCleanFailure(run, "profile-unavailable", QStringLiteral("read-only HOME"));
    EXPECT_TRUE(run.out.contains(home.path())) << run.out.toStdString();
}

TEST(CliProfile, a_full_disk_is_an_error_and_never_leaves_an_empty_key_behind) {
    SKIP_WITHOUT_MOUNT_NAMESPACES();
    QTemporaryDir mountPoint;
    const QString profile = QDir(mountPoint.path()).filePath(QStringLiteral("profile"));
    // One 4 KiB page: the lock file takes it, the key cannot be written.
    const auto run =
        runCliUnder(inMountNamespace(QStringLiteral("mount -t tmpfs -o size=4k tmpfs '%1'").arg(mountPoint.path())) +
                        QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("\"$@\"; status=$?; ls -la '%1' >&2; exit $status").arg(profile),
                                    QStringLiteral("sh")},
                    {QStringLiteral("--profile"), profile, QStringLiteral("id")});
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString() << run.err.toStdString();
    ASSERT_FALSE(run.lines.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(run.lines.last().value(QLatin1String("code")).toString(), QStringLiteral("identity-unwritable"))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("No space left on device"))) << run.out.toStdString();
    // The listing of the full profile (stderr): no key.pem or cert.pem at all, rather than empty ones.
    EXPECT_FALSE(run.err.contains(QStringLiteral("key.pem"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("cert.pem"))) << run.err.toStdString();
}

TEST(CliProfile, a_file_where_the_profile_folder_should_be_is_an_error_line) {
    QTemporaryDir root;
    const QString file = QDir(root.path()).filePath(QStringLiteral("profile"));
    QFile blocker(file);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    expectCleanFailure(runCli({QStringLiteral("--profile"), file, QStringLiteral("trusted")}), "profile-unavailable",
                       QStringLiteral("a file as the profile"));
    expectCleanFailure(
        runCli({QStringLiteral("--profile"), QDir(file).filePath(QStringLiteral("inside")), QStringLiteral("id")}),
        "profile-unavailable", QStringLiteral("a file above the profile"));
}

TEST(CliProfile, a_log_that_cannot_be_opened_is_an_error_line_and_status_1) {
    QTemporaryDir profile;
    ASSERT_TRUE(QDir(profile.path()).mkdir(QStringLiteral("twofold.log")));
    const auto run = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("trusted")});
    expectCleanFailure(run, "log-unavailable", QStringLiteral("log folder"));
    EXPECT_TRUE(run.out.contains(QStringLiteral("twofold.log"))) << run.out.toStdString();
}

TEST(CliProfile, one_profile_is_used_by_one_process_at_a_time) {
    QTemporaryDir profile;
    {
        CliProcess host(profile.path());
        ASSERT_TRUE(host.start({QStringLiteral("--discovery-port"), QString::number(freeUdpPort()),
                                QStringLiteral("--port"), QString::number(freeTcpPort()), QStringLiteral("host")}));
        ASSERT_TRUE(host.waitForLine(kindIs("listening"))) << host.transcript();
        const auto second = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("trusted")});
        expectCleanFailure(second, "profile-in-use", QStringLiteral("second process"));
        EXPECT_TRUE(second.out.contains(QStringLiteral("twofold-cli"))) << second.out.toStdString();
        EXPECT_TRUE(second.out.contains(QString::number(host.processId()))) << second.out.toStdString();
        ASSERT_TRUE(host.quit()) << host.transcript();
    }
    EXPECT_EQ(runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("trusted")}).exitCode, 0);

    // A process killed with SIGKILL leaves its lock file; the next start takes it over.
    CliProcess killed(profile.path());
    ASSERT_TRUE(killed.start({QStringLiteral("--discovery-port"), QString::number(freeUdpPort()),
                              QStringLiteral("--port"), QString::number(freeTcpPort()), QStringLiteral("host")}));
    ASSERT_TRUE(killed.waitForLine(kindIs("listening"))) << killed.transcript();
    killed.kill();
    ASSERT_TRUE(QFile::exists(QDir(profile.path()).filePath(QStringLiteral("twofold.lock"))));
    const auto after = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("trusted")});
    EXPECT_EQ(after.exitCode, 0) << after.out.toStdString();
}

TEST(CliProfile, a_damaged_partners_file_is_kept_aside_and_reported_once) {
    QTemporaryDir profile;
    const QString path = QDir(profile.path()).filePath(QStringLiteral("trusted.json"));
    const QByteArray junk("{\"partners\": [truncated");
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(junk);
    }
    const auto first = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("trusted")});
    expectCleanFailure(first, "trust-store-damaged", QStringLiteral("damaged trusted.json"));
    const auto kept = QDir(profile.path()).entryList({QStringLiteral("trusted.json.damaged-*")});
    ASSERT_EQ(kept.size(), 1) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(kept.first())) << first.out.toStdString();
    QFile aside(QDir(profile.path()).filePath(kept.first()));
    ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
    EXPECT_EQ(aside.readAll(), junk);

    const auto second = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("trusted")});
    EXPECT_EQ(second.exitCode, 0) << second.out.toStdString();
    EXPECT_TRUE(second.lines.isEmpty()) << second.out.toStdString();

    // `host` says the same before it listens.
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(junk);
    }
    const auto host = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--discovery-port"),
                              QString::number(freeUdpPort()), QStringLiteral("host")});
    expectCleanFailure(host, "trust-store-damaged", QStringLiteral("host with a damaged trusted.json"));
}

// A link planted in place of trusted.json (to redirect a write) is set aside, never followed; that loses
// nothing, so `host` says so once and carries on listening.
TEST(CliProfile, a_planted_link_for_the_partners_file_is_set_aside_and_the_host_carries_on) {
    QTemporaryDir profile;
    QTemporaryDir outside;
    const QString target = QDir(outside.path()).filePath(QStringLiteral("elsewhere.json"));
    const QByteArray original("{\"partners\": []}");
    {
        QFile file(target);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    ASSERT_TRUE(QFile::link(target, QDir(profile.path()).filePath(QStringLiteral("trusted.json"))));
    CliProcess host(profile.path(), QStringLiteral("Sam"));
    ASSERT_TRUE(host.start({QStringLiteral("--discovery-port"), QString::number(freeUdpPort()),
                            QStringLiteral("--port"), QString::number(freeTcpPort()), QStringLiteral("host")}));
    const auto notice = host.waitForLine(kindIs("notice"));
    ASSERT_TRUE(notice) << host.transcript();
    EXPECT_EQ(notice->value(QStringLiteral("code")).toString(), QStringLiteral("trust-store-link"));
    ASSERT_TRUE(host.waitForLine(kindIs("listening"))) << host.transcript();
    EXPECT_TRUE(host.quit());
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), original);
    EXPECT_EQ(QFileInfo(target).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther) << "chmod-ed";
}

} // namespace
} // namespace twofold::test
