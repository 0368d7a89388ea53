// `twofold-cli coach` as a real process: drafts on stdin, one JSON object per line on stdout.
#include "tests/app/cli/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

struct CoachRun {
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

CoachRun runCoach(const QStringList& arguments, const QByteArray& input) {
    QProcess process;
    process.start(cliPath(), arguments);
    CoachRun run;
    if (!process.waitForStarted(10000)) {
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty()) {
            run.lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return run;
}

TEST(TwofoldCliCoach, prints_one_json_object_per_draft_with_code_point_spans) {
    const auto run = runCoach({QStringLiteral("coach"), QStringLiteral("--language"), QStringLiteral("en")},
                              QByteArray("I feel lonely.\n"
                                         "Gr\xC3\xBC\xC3\x9F"
                                         "e \xF0\x9F\x98\x8A, you always do this\n"
                                         "I feel unheard when I share my feelings.\n"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(run.lines.size(), 3);
    EXPECT_TRUE(run.lines[0].value(QLatin1String("findings")).toArray().isEmpty());

    const auto blame = run.lines[1].value(QLatin1String("findings")).toArray();
    ASSERT_EQ(blame.size(), 1);
    const QJsonObject finding = blame[0].toObject();
    EXPECT_EQ(finding.value(QLatin1String("category")).toString(), QStringLiteral("you-accusation"));
    EXPECT_EQ(finding.value(QLatin1String("severity")).toString(), QStringLiteral("blame"));
    EXPECT_EQ(finding.value(QLatin1String("start")).toInt(), 9); // "Grüße 😊, " is 9 code points (10 UTF-16 units)
    EXPECT_EQ(finding.value(QLatin1String("length")).toInt(), 10);
    EXPECT_EQ(finding.value(QLatin1String("text")).toString(), QStringLiteral("you always"));
    EXPECT_FALSE(finding.value(QLatin1String("suggestion")).toString().isEmpty());
    EXPECT_TRUE(finding.value(QLatin1String("alternatives")).isArray());

    const auto hint = run.lines[2].value(QLatin1String("findings")).toArray();
    ASSERT_EQ(hint.size(), 1);
    EXPECT_EQ(hint[0].toObject().value(QLatin1String("severity")).toString(), QStringLiteral("hint"));
}

TEST(TwofoldCliCoach, follows_the_language_and_accepts_global_options_before_the_command) {
    const auto run = runCoach({QStringLiteral("--scope"), QStringLiteral("loopback"), QStringLiteral("coach"),
                               QStringLiteral("--language"), QStringLiteral("de")},
                              QByteArray("Ich fühle mich ignoriert.\n"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(run.lines.size(), 1);
    const auto findings = run.lines[0].value(QLatin1String("findings")).toArray();
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].toObject().value(QLatin1String("category")).toString(), QStringLiteral("pseudo-feeling"));
    EXPECT_TRUE(
        findings[0].toObject().value(QLatin1String("alternatives")).toArray().contains(QStringLiteral("einsam")));
}

TEST(TwofoldCliCoach, takes_the_global_language_option_too) {
    const auto run = runCoach({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("coach")},
                              QByteArray("Je me sens trahie.\n"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(run.lines.size(), 1);
    const auto findings = run.lines[0].value(QLatin1String("findings")).toArray();
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].toObject().value(QLatin1String("text")).toString(), QStringLiteral("trahie"));
}

TEST(TwofoldCliCoach, a_bad_argument_exits_2_with_the_usage) {
    const auto run = runCoach({QStringLiteral("coach"), QStringLiteral("--loud")}, {});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--language"))) << run.err.toStdString();
}

} // namespace
} // namespace twofold::test
