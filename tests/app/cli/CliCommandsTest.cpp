// twofold-cli's one-shot commands and its command line, run as real processes.
#include "tests/app/cli/CliProcess.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

TEST(TwofoldCli, id_prints_a_stable_64_hex_device_id_and_nobody_is_trusted_at_first) {
    QTemporaryDir profile;
    ASSERT_TRUE(profile.isValid());
    const QStringList args{QStringLiteral("--profile"), profile.path(), QStringLiteral("--name"),
                           QStringLiteral("Alex"), QStringLiteral("id")};
    const auto first = runCli(args);
    ASSERT_TRUE(first.finished);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    ASSERT_EQ(first.lines.size(), 1) << first.out.toStdString();
    const auto deviceId = first.lines.first().value(QLatin1String("deviceId")).toString();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    EXPECT_TRUE(hex64.match(deviceId).hasMatch()) << deviceId.toStdString();
    EXPECT_EQ(first.lines.first().value(QLatin1String("name")).toString(), QStringLiteral("Alex"));
    EXPECT_EQ(first.lines.first().value(QLatin1String("certificateDigest")).toString().size(), 64);

    const auto second = runCli(args);
    ASSERT_EQ(second.exitCode, 0);
    ASSERT_EQ(second.lines.size(), 1);
    EXPECT_EQ(second.lines.first(), first.lines.first()); // same identity, same certificate

    QTemporaryDir other;
    EXPECT_NE(deviceIdOf(other.path()), deviceId); // another profile is another device

    const auto trusted = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("trusted")});
    EXPECT_EQ(trusted.exitCode, 0);
    EXPECT_TRUE(trusted.out.isEmpty()) << trusted.out.toStdString();
}

TEST(TwofoldCli, help_exits_0_and_names_every_command) {
    for (const auto* flag : {"--help", "-h"}) {
        const auto run = runCli({QString::fromLatin1(flag)});
        ASSERT_TRUE(run.finished);
        EXPECT_EQ(run.exitCode, 0);
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
        for (const auto* command : {"id", "discover", "host", "join", "trusted", "forget"}) {
            EXPECT_TRUE(run.out.contains(QLatin1String("\n  ") + QLatin1String(command) + QLatin1Char(' ')))
                << command << " missing from:\n"
                << run.out.toStdString();
        }
        for (const auto* option : {"--profile", "--name", "--scope", "--port", "--discovery-port", "--yes"}) {
            EXPECT_TRUE(run.out.contains(QLatin1String(option))) << option;
        }
    }
}

TEST(TwofoldCli, a_bad_command_line_exits_2_with_a_message_on_stderr) {
    QTemporaryDir profile;
    const auto inProfile = [&](QStringList args) {
        return QStringList{QStringLiteral("--profile"), profile.path()} + args;
    };
    struct Case {
        QStringList args;
        const char* message;
    };
    const QList<Case> cases{
        {inProfile({QStringLiteral("--bogus"), QStringLiteral("id")}), "Unknown option 'bogus'"},
        {inProfile({QStringLiteral("--scope"), QStringLiteral("nonsense"), QStringLiteral("id")}), "scope"},
        {inProfile({QStringLiteral("--port"), QStringLiteral("70000"), QStringLiteral("id")}), "--port"},
        {inProfile({QStringLiteral("--discovery-port")}), "Missing value after '--discovery-port'"},
        {inProfile({QStringLiteral("teleport")}), "unknown command teleport"},
        {inProfile({QStringLiteral("join")}), "join needs one target"},
        {inProfile({QStringLiteral("id"), QStringLiteral("extra")}), "unexpected argument extra"},
        {inProfile({}), "a command is needed"},
    };
    for (const auto& c : cases) {
        const auto run = runCli(c.args);
        ASSERT_TRUE(run.finished);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(c.message))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("Usage: twofold-cli"))) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString(); // stdout stays JSON-only
    }
}

} // namespace
} // namespace twofold::test
