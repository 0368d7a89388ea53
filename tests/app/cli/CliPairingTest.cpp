// Pairing two twofold-cli processes over loopback TLS, with and without --yes.
#include "tests/app/cli/CliPartners.h"

#include <QRegularExpression>

namespace twofold::test {
namespace {

QString str(const QJsonObject& line, const char* key) {
    return line.value(QLatin1String(key)).toString();
}

TEST(TwofoldCli, two_processes_pair_with_yes_and_remember_each_other) {
    CliPartners p;
    ASSERT_TRUE(p.pairWithYes()) << p.transcripts();
    const auto inviteeCode = p.invitee->waitForLine(kindIs("code"));
    const auto inviterCode = p.inviter->waitForLine(kindIs("code"));
    ASSERT_TRUE(inviteeCode && inviterCode);
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    EXPECT_TRUE(sixDigits.match(str(*inviteeCode, "code")).hasMatch());
    EXPECT_EQ(str(*inviteeCode, "code"), str(*inviterCode, "code"));
    EXPECT_EQ(p.invitee->countLines(kindIs("invitation", "from", QStringLiteral("Sam"))), 1);

    const auto inviteeId = str(p.invitee->lineOrEmpty(kindIs("listening")), "deviceId");
    const auto inviteePaired = p.invitee->lineOrEmpty(kindIs("paired"));
    const auto inviterPaired = p.inviter->lineOrEmpty(kindIs("paired"));
    EXPECT_EQ(str(inviteePaired, "name"), QStringLiteral("Sam"));
    EXPECT_EQ(str(inviterPaired, "name"), QStringLiteral("Alex"));
    EXPECT_EQ(str(inviterPaired, "deviceId"), inviteeId);
    // the inviter remembers where it dialled; the invitee where the inviter listens
    EXPECT_EQ(inviterPaired.value(QLatin1String("lastPort")).toInt(), p.port);
    EXPECT_EQ(str(inviterPaired, "lastAddress"), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(str(p.inviter->lineOrEmpty(kindIs("session-ready")), "role"), QStringLiteral("host"));
    EXPECT_EQ(str(p.invitee->lineOrEmpty(kindIs("session-ready")), "role"), QStringLiteral("guest"));

    ASSERT_TRUE(p.invitee->quit()) << p.transcripts();
    ASSERT_TRUE(p.inviter->quit()) << p.transcripts();
    EXPECT_TRUE(p.invitee->nonJsonLines().isEmpty() && p.inviter->nonJsonLines().isEmpty()) << p.transcripts();

    const auto inviterId = deviceIdOf(p.inviterDir.path());
    ASSERT_EQ(inviteeId, deviceIdOf(p.inviteeDir.path()));
    const auto inviteeTrusts = trustedIn(p.inviteeDir.path());
    const auto inviterTrusts = trustedIn(p.inviterDir.path());
    ASSERT_EQ(inviteeTrusts.size(), 1);
    ASSERT_EQ(inviterTrusts.size(), 1);
    EXPECT_EQ(str(inviteeTrusts.first(), "deviceId"), inviterId);
    EXPECT_EQ(str(inviteeTrusts.first(), "name"), QStringLiteral("Sam"));
    EXPECT_EQ(str(inviterTrusts.first(), "deviceId"), inviteeId);
    EXPECT_EQ(str(inviterTrusts.first(), "name"), QStringLiteral("Alex"));
    EXPECT_EQ(inviterTrusts.first().value(QLatin1String("lastPort")).toInt(), p.port);
    // each remembers the certificate it saw: the partner's own digest
    const auto inviteeDigest = runCli({QStringLiteral("--profile"), p.inviteeDir.path(), QStringLiteral("id")});
    EXPECT_EQ(str(inviterTrusts.first(), "certificateDigest"), str(inviteeDigest.lines.value(0), "certificateDigest"));
}

TEST(TwofoldCli, a_third_process_cannot_pair_into_a_running_session) {
    CliPartners p;
    ASSERT_TRUE(p.pairWithYes()) << p.transcripts();
    QTemporaryDir eveDir;
    CliProcess eve(eveDir.path(), QStringLiteral("Eve"));
    ASSERT_TRUE(eve.start(p.joinArgs(p.address(), true)));
    ASSERT_TRUE(eve.waitForLine(kindIs("pairing-failed"))) << eve.transcript() << p.transcripts();
    ASSERT_TRUE(eve.waitForExit());
    EXPECT_EQ(eve.exitCode(), 1);
    EXPECT_EQ(eve.countLines(kindIs("code")) + eve.countLines(kindIs("session-ready")), 0);
    // the paired session never noticed: no invitation, no code, the link stayed up
    p.inviter->send(intent("start", "flow", "conversation"));
    ASSERT_TRUE(p.invitee->waitForLine(eventSeq(1))) << p.transcripts();
    EXPECT_EQ(p.invitee->countLines(kindIs("invitation")), 1);
    EXPECT_EQ(p.invitee->countLines(kindIs("code")), 1);
    EXPECT_EQ(p.invitee->countLines(kindIs("link", "up", false)), 0);
    ASSERT_TRUE(p.invitee->quit());
    ASSERT_TRUE(p.inviter->quit());
    EXPECT_TRUE(trustedIn(eveDir.path()).isEmpty());
    const auto trusted = trustedIn(p.inviteeDir.path());
    ASSERT_EQ(trusted.size(), 1);
    EXPECT_EQ(str(trusted.first(), "name"), QStringLiteral("Sam"));
}

TEST(TwofoldCli, joining_an_address_where_nobody_listens_fails_as_unreachable) {
    QTemporaryDir profile;
    CliProcess sam(profile.path(), QStringLiteral("Sam"));
    ASSERT_TRUE(sam.start({QStringLiteral("--discovery-port"), QString::number(freeUdpPort()), QStringLiteral("join"),
                           QStringLiteral("127.0.0.1:") + QString::number(freeTcpPort()), QStringLiteral("--yes")}));
    const auto failed = sam.waitForLine(kindIs("pairing-failed"));
    ASSERT_TRUE(failed) << sam.transcript();
    EXPECT_EQ(str(*failed, "code"), QStringLiteral("unreachable"));
    ASSERT_TRUE(sam.waitForExit());
    EXPECT_EQ(sam.exitCode(), 1);
}

TEST(TwofoldCli, answering_no_to_the_code_fails_pairing_on_both_sides_and_trusts_nobody) {
    CliPartners p;
    ASSERT_TRUE(p.startInvitee(false)) << p.transcripts();
    ASSERT_TRUE(p.startInviter(p.address(), false)) << p.transcripts();
    ASSERT_TRUE(p.invitee->waitForLine(kindIs("invitation", "from", QStringLiteral("Sam")))) << p.transcripts();
    // nothing happens until the invitee answers
    EXPECT_EQ(p.invitee->countLines(kindIs("code")) + p.inviter->countLines(kindIs("code")), 0);
    p.invitee->sendRaw("yes");
    const auto inviteeCode = p.invitee->waitForLine(kindIs("code"));
    const auto inviterCode = p.inviter->waitForLine(kindIs("code"));
    ASSERT_TRUE(inviteeCode && inviterCode) << p.transcripts();
    EXPECT_EQ(str(*inviteeCode, "code"), str(*inviterCode, "code"));

    p.inviter->sendRaw("yes"); // one side confirms, the other says the codes differ
    p.invitee->sendRaw("no");
    const auto inviterFailed = p.inviter->waitForLine(kindIs("pairing-failed"));
    const auto inviteeFailed = p.invitee->waitForLine(kindIs("pairing-failed"));
    ASSERT_TRUE(inviterFailed && inviteeFailed) << p.transcripts();
    EXPECT_EQ(str(*inviterFailed, "code"), QStringLiteral("rejected"));
    EXPECT_EQ(str(*inviteeFailed, "code"), QStringLiteral("rejected"));
    ASSERT_TRUE(p.inviter->waitForExit()) << p.transcripts();
    EXPECT_EQ(p.inviter->exitCode(), 1); // join gives up; host keeps waiting for another invitation
    EXPECT_TRUE(p.invitee->running());
    ASSERT_TRUE(p.invitee->quit()) << p.transcripts();

    for (const auto* process : {p.invitee.get(), p.inviter.get()}) {
        EXPECT_EQ(process->countLines(kindIs("paired")), 0);
        EXPECT_EQ(process->countLines(kindIs("session-ready")), 0);
        EXPECT_TRUE(process->nonJsonLines().isEmpty());
    }
    EXPECT_TRUE(trustedIn(p.inviteeDir.path()).isEmpty());
    EXPECT_TRUE(trustedIn(p.inviterDir.path()).isEmpty());
}

TEST(TwofoldCli, declining_the_invitation_fails_pairing_and_trusts_nobody) {
    CliPartners p;
    ASSERT_TRUE(p.startInvitee(false)) << p.transcripts();
    ASSERT_TRUE(p.startInviter(p.address(), false)) << p.transcripts();
    ASSERT_TRUE(p.invitee->waitForLine(kindIs("invitation"))) << p.transcripts();
    p.invitee->sendRaw("no");
    const auto inviterFailed = p.inviter->waitForLine(kindIs("pairing-failed"));
    ASSERT_TRUE(inviterFailed) << p.transcripts();
    EXPECT_EQ(str(*inviterFailed, "code"), QStringLiteral("declined"));
    EXPECT_EQ(str(p.invitee->lineOrEmpty(kindIs("pairing-failed")), "code"), QStringLiteral("declined"));
    ASSERT_TRUE(p.inviter->waitForExit()) << p.transcripts();
    EXPECT_EQ(p.inviter->exitCode(), 1);
    ASSERT_TRUE(p.invitee->quit()) << p.transcripts();
    EXPECT_EQ(p.invitee->countLines(kindIs("code")) + p.inviter->countLines(kindIs("code")), 0);
    EXPECT_TRUE(trustedIn(p.inviteeDir.path()).isEmpty());
    EXPECT_TRUE(trustedIn(p.inviterDir.path()).isEmpty());
}

} // namespace
} // namespace twofold::test
