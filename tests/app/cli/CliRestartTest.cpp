// kill -9 and restart: a twofold-cli process that dies mid-session comes back with the same profile,
// relinks with its remembered partner and recovers the whole session from it.
#include "tests/app/cli/CliPartners.h"

namespace twofold::test {
namespace {

QString role(CliProcess& process) {
    const auto ready = process.waitForLine(kindIs("session-ready"));
    return ready ? ready->value(QLatin1String("role")).toString() : QString();
}

TEST(TwofoldCli, a_killed_partner_restarts_and_the_session_continues_with_nothing_lost_or_repeated) {
    CliPartners p;
    ASSERT_TRUE(p.pairWithYes()) << p.transcripts();
    // From its `listening` line: `twofold-cli id` cannot open a profile another process is using.
    const auto inviteeId = p.invitee->lineOrEmpty(kindIs("listening")).value(QLatin1String("deviceId")).toString();
    ASSERT_FALSE(inviteeId.isEmpty());
    auto sam = std::move(p.inviter);  // `join`: host of the shared log
    auto alex = std::move(p.invitee); // `host`: guest of the shared log
    const auto transcripts = [&] {
        return alex->transcript() + "\n" + sam->transcript();
    };

    sam->send(intent("start", "flow", "conversation"));
    sam->send(flowAction("set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    sam->send(flowAction("ready"));
    ASSERT_TRUE(alex->waitForLine(eventSeq(3))) << transcripts();
    alex->send(flowAction("ready"));
    ASSERT_TRUE(sam->waitForLine(eventSeq(4))) << transcripts();
    sam->send(flowAction("share", {{QStringLiteral("feel"), QStringLiteral("worried")}}));
    ASSERT_TRUE(alex->waitForLine(eventSeq(5))) << transcripts();

    // 1. SIGKILL the `host` process (the guest of the log). The survivor keeps going on its own.
    auto samMark = sam->lines().size();
    alex->kill();
    ASSERT_TRUE(sam->waitForLine(kindIs("link", "up", false), 10000, samMark)) << transcripts();
    sam->send(intent("signal", "signal", "care")); // the host applies it while alone: seq 6
    ASSERT_TRUE(sam->waitForLine(eventSeq(6))) << transcripts();

    // Same profile and port, no --yes: the partner is remembered and pinned; the survivor redials.
    samMark = sam->lines().size();
    alex = std::make_unique<CliProcess>(p.inviteeDir.path(), QStringLiteral("Alex"));
    ASSERT_TRUE(alex->start(p.hostArgs(false)));
    const auto listening = alex->waitForLine(kindIs("listening"));
    ASSERT_TRUE(listening) << transcripts();
    ASSERT_EQ(listening->value(QLatin1String("port")).toInt(), p.port);
    ASSERT_TRUE(CliPartners::linked(*alex)) << transcripts();
    ASSERT_TRUE(sam->waitForLine(kindIs("link", "up", true), 10000, samMark)) << transcripts();
    EXPECT_EQ(role(*alex), QStringLiteral("guest"));
    ASSERT_TRUE(alex->waitForLine(eventSeq(6))) << transcripts(); // everything replayed by the survivor
    alex->send(flowAction("reflect", {{QStringLiteral("heard"), QStringLiteral("you are worried")}}));
    ASSERT_TRUE(sam->waitForLine(eventSeq(7))) << transcripts();
    ASSERT_TRUE(alex->waitForLine(eventSeq(7))) << transcripts();
    EXPECT_TRUE(sameEvents(*alex, *sam, 7)) << transcripts();
    EXPECT_EQ(alex->countLines(kindIs("paired")) + alex->countLines(kindIs("code")), 0); // no new pairing

    // 2. The reverse: SIGKILL the `join` process (the host of the log). The guest's intent waits.
    auto alexMark = alex->lines().size();
    sam->kill();
    ASSERT_TRUE(alex->waitForLine(kindIs("link", "up", false), 10000, alexMark)) << transcripts();
    alex->send(intent("signal", "signal", "still-here"));

    // Restarted by device id with an empty log, it takes the survivor's (longer) log and stays the host.
    alexMark = alex->lines().size();
    sam = std::make_unique<CliProcess>(p.inviterDir.path(), QStringLiteral("Sam"));
    ASSERT_TRUE(sam->start(p.joinArgs(inviteeId, false)));
    ASSERT_TRUE(CliPartners::linked(*sam)) << transcripts();
    ASSERT_TRUE(alex->waitForLine(kindIs("link", "up", true), 10000, alexMark)) << transcripts();
    EXPECT_EQ(role(*sam), QStringLiteral("host"));
    ASSERT_TRUE(sam->waitForLine(eventSeq(7))) << transcripts();
    // the intent typed while the host was gone is applied exactly once, by the restarted host
    ASSERT_TRUE(alex->waitForLine(eventSeq(8))) << transcripts();
    EXPECT_EQ(alex->lineOrEmpty(eventSeq(8)).value(QLatin1String("event")).toObject().value(QLatin1String("signal")),
              QStringLiteral("still-here"));
    sam->send(flowAction("confirm"));
    ASSERT_TRUE(alex->waitForLine(eventSeq(9))) << transcripts();
    ASSERT_TRUE(sam->waitForLine(eventSeq(9))) << transcripts();

    ASSERT_TRUE(alex->quit()) << transcripts();
    ASSERT_TRUE(sam->quit()) << transcripts();
    EXPECT_TRUE(sameEvents(*alex, *sam, 9)) << transcripts();
    EXPECT_EQ(sam->countLines(kindIs("paired")) + sam->countLines(kindIs("code")), 0);
    EXPECT_EQ(alex->countLines(kindIs("rejected")) + sam->countLines(kindIs("rejected")), 0) << transcripts();
    EXPECT_EQ(alex->countLines(kindIs("error")) + sam->countLines(kindIs("error")), 0) << transcripts();
}

TEST(TwofoldCli, a_killed_inviter_rejoins_by_address_without_pairing_again_and_recovers_the_log) {
    CliPartners p;
    ASSERT_TRUE(p.pairWithYes()) << p.transcripts();
    auto& alex = *p.invitee;
    p.inviter->send(intent("start", "flow", "practice"));
    p.inviter->send(intent("signal", "signal", "care"));
    ASSERT_TRUE(alex.waitForLine(eventSeq(2))) << p.transcripts();

    const auto mark = alex.lines().size();
    p.inviter->kill();
    ASSERT_TRUE(alex.waitForLine(kindIs("link", "up", false), 10000, mark)) << p.transcripts();
    ASSERT_TRUE(p.startInviter(p.address(), false)) << p.transcripts();
    auto& sam = *p.inviter;
    ASSERT_TRUE(CliPartners::linked(sam)) << p.transcripts();
    EXPECT_EQ(role(sam), QStringLiteral("host"));
    ASSERT_TRUE(sam.waitForLine(eventSeq(2))) << p.transcripts();
    alex.send(intent("signal", "signal", "thank-you"));
    ASSERT_TRUE(sam.waitForLine(eventSeq(3))) << p.transcripts();
    ASSERT_TRUE(alex.waitForLine(eventSeq(3))) << p.transcripts();
    EXPECT_EQ(sam.countLines(kindIs("code")) + alex.countLines(kindIs("invitation")), 1); // only the first pairing
    ASSERT_TRUE(alex.quit()) << p.transcripts();
    ASSERT_TRUE(sam.quit()) << p.transcripts();
    EXPECT_TRUE(sameEvents(alex, sam, 3)) << p.transcripts();
}

} // namespace
} // namespace twofold::test
