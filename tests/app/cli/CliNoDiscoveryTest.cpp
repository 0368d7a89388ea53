// twofold-cli when another program holds the discovery port: it used to exit with bind-failed.
#include "tests/app/cli/CliPartners.h"

#include <QUdpSocket>

namespace twofold::test {
namespace {

TEST(TwofoldCli, host_keeps_running_without_discovery_and_says_so_in_a_notice) {
    CliPartners partners;
    QUdpSocket squatter; // an unrelated program on the discovery port, not sharing it
    ASSERT_TRUE(
        squatter.bind(QHostAddress(QHostAddress::AnyIPv4), partners.discoveryPort, QUdpSocket::DontShareAddress));
    ASSERT_TRUE(partners.startInvitee(true)) << partners.transcripts();
    const auto notice = partners.invitee->waitForLine(kindIs("notice"), 3000);
    ASSERT_TRUE(notice) << partners.transcripts();
    EXPECT_EQ(notice->value(QLatin1String("code")).toString(), QStringLiteral("discovery-unavailable"));
    EXPECT_FALSE(notice->value(QLatin1String("message")).toString().isEmpty());
    // Connect by address still works.
    ASSERT_TRUE(partners.startInviter(partners.address(), true));
    EXPECT_TRUE(partners.invitee->waitForLine(kindIs("paired"))) << partners.transcripts();
    EXPECT_TRUE(CliPartners::linked(*partners.invitee)) << partners.transcripts();
    EXPECT_TRUE(partners.invitee->running());
}

} // namespace
} // namespace twofold::test
