// A whole mini session between two twofold-cli processes, driven over stdin and read from stdout.
#include "tests/app/cli/CliPartners.h"

namespace twofold::test {
namespace {

QString eventField(const QJsonObject& line, const char* key) {
    return line.value(QLatin1String("event")).toObject().value(QLatin1String(key)).toString();
}

TEST(TwofoldCli, two_processes_run_a_mini_session_and_print_the_same_events) {
    CliPartners p;
    ASSERT_TRUE(p.pairWithYes()) << p.transcripts();
    auto& sam = *p.inviter;  // host of the shared log (partner A)
    auto& alex = *p.invitee; // guest (partner B)
    ASSERT_EQ(sam.lineOrEmpty(kindIs("session-ready")).value(QLatin1String("role")).toString(), QStringLiteral("host"));
    ASSERT_EQ(alex.lineOrEmpty(kindIs("session-ready")).value(QLatin1String("role")).toString(),
              QStringLiteral("guest"));

    // The guest cannot start a session; the host can.
    alex.send(intent("start", "flow", "conversation"));
    ASSERT_TRUE(alex.waitForLine(kindIs("rejected", "code", QStringLiteral("not-host")))) << p.transcripts();
    sam.send(intent("start", "flow", "conversation"));
    sam.send(flowAction("set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    sam.send(flowAction("ready"));
    ASSERT_TRUE(alex.waitForLine(eventSeq(3))) << p.transcripts();
    const auto started = alex.lineOrEmpty(eventSeq(1));
    EXPECT_EQ(eventField(started, "type"), QStringLiteral("session-started"));
    EXPECT_EQ(eventField(started, "nameA"), QStringLiteral("Sam"));
    EXPECT_EQ(eventField(started, "nameB"), QStringLiteral("Alex"));
    EXPECT_EQ(eventField(alex.lineOrEmpty(eventSeq(2)), "by"), QStringLiteral("A"));

    alex.send(flowAction("ready"));
    ASSERT_TRUE(sam.waitForLine(eventSeq(4))) << p.transcripts();
    EXPECT_EQ(eventField(sam.lineOrEmpty(eventSeq(4)), "by"), QStringLiteral("B"));

    // Sam has the floor: Alex speaking now is refused (checked on the guest). Malformed lines are
    // answered and change nothing.
    alex.send(flowAction("share", {{QStringLiteral("feel"), QStringLiteral("left out")}}));
    ASSERT_TRUE(alex.waitForLine(kindIs("rejected", "code", QStringLiteral("not-your-turn")))) << p.transcripts();
    alex.sendRaw("this is not json");
    alex.sendRaw("[1, 2, 3]");
    alex.sendRaw("{\"type\": \"flow-action\", \"action\":");
    sam.sendRaw("{\"type\":");
    ASSERT_TRUE(alex.waitForCount(kindIs("error", "code", QStringLiteral("malformed-json")), 3)) << p.transcripts();
    ASSERT_TRUE(sam.waitForCount(kindIs("error", "code", QStringLiteral("malformed-json")), 1)) << p.transcripts();

    sam.send(flowAction("share", {{QStringLiteral("feel"), QStringLiteral("nervous")},
                                  {QStringLiteral("need"), QStringLiteral("to be heard")}}));
    ASSERT_TRUE(alex.waitForLine(eventSeq(5))) << p.transcripts();
    // Now Alex reflects: Sam reflecting his own words is refused (checked on the host).
    sam.send(flowAction("reflect", {{QStringLiteral("heard"), QStringLiteral("me")}}));
    ASSERT_TRUE(sam.waitForLine(kindIs("rejected", "code", QStringLiteral("not-your-turn")))) << p.transcripts();
    alex.send(flowAction("reflect", {{QStringLiteral("heard"), QStringLiteral("you are nervous")}}));
    ASSERT_TRUE(sam.waitForLine(eventSeq(6))) << p.transcripts();

    // Signals both ways, at any time.
    sam.send(intent("signal", "signal", "slow-down"));
    alex.send(intent("signal", "signal", "still-here"));
    ASSERT_TRUE(sam.waitForCount(kindIs("event"), 8)) << p.transcripts();
    sam.send(flowAction("confirm"));
    ASSERT_TRUE(alex.waitForLine(eventSeq(9))) << p.transcripts();
    ASSERT_TRUE(sam.waitForLine(eventSeq(9))) << p.transcripts();
    EXPECT_EQ(eventField(sam.lineOrEmpty(eventSeq(9)), "action"), QStringLiteral("confirm"));

    ASSERT_TRUE(sam.quit()) << p.transcripts();
    alex.closeStdin(); // end of input ends the session as cleanly as "quit"
    ASSERT_TRUE(alex.waitForExit()) << p.transcripts();
    EXPECT_EQ(alex.exitCode(), 0);
    EXPECT_TRUE(sameEvents(alex, sam, 9)) << p.transcripts();
    QStringList signalIds;
    for (const auto& event : sam.events()) {
        if (event.value(QLatin1String("type")).toString() == QLatin1String("signal")) {
            signalIds << event.value(QLatin1String("signal")).toString();
        }
    }
    signalIds.sort();
    EXPECT_EQ(signalIds, (QStringList{QStringLiteral("slow-down"), QStringLiteral("still-here")}));
    // The refusals and errors went only to the one who asked.
    EXPECT_EQ(alex.countLines(kindIs("rejected")), 2);
    EXPECT_EQ(sam.countLines(kindIs("rejected")), 1);
    EXPECT_TRUE(alex.nonJsonLines().isEmpty() && sam.nonJsonLines().isEmpty()) << p.transcripts();
}

} // namespace
} // namespace twofold::test

namespace twofold::test {
namespace {

// Scripted use: everything piped in at once and stdin closed before the partner is even reached.
TEST(TwofoldCli, a_script_piped_in_pairs_applies_every_intent_then_quits) {
    CliPartners p;
    ASSERT_TRUE(p.startInvitee(true)) << p.transcripts();
    ASSERT_TRUE(p.startInviter(p.address(), true)) << p.transcripts();
    p.inviter->send(
        {{QStringLiteral("type"), QStringLiteral("start")}, {QStringLiteral("flow"), QStringLiteral("practice")}});
    p.inviter->send(
        {{QStringLiteral("type"), QStringLiteral("signal")}, {QStringLiteral("signal"), QStringLiteral("care")}});
    p.inviter->closeStdin();
    ASSERT_TRUE(p.inviter->waitForExit(15000)) << p.transcripts();
    EXPECT_EQ(p.inviter->exitCode(), 0);
    ASSERT_TRUE(p.invitee->waitForCount(kindIs("event"), 2)) << p.transcripts();
    EXPECT_EQ(p.invitee->events().at(1).value(QLatin1String("signal")).toString(), QStringLiteral("care"));
    ASSERT_TRUE(p.invitee->quit()) << p.transcripts();
}

} // namespace
} // namespace twofold::test
