#include "tests/core/session/SessionFixture.h"
#include "tests/fakes/LogCapture.h"

namespace twofold::test {
namespace {

using session::Partner;

class LogPrivacy : public SessionFixture {};

TEST_F(LogPrivacy, running_a_whole_session_writes_none_of_the_partners_text_to_the_log) {
    LogCapture capture;

    const QStringList secrets{QStringLiteral("SecretTopicZebra"),      QStringLiteral("SecretFeelingOtter"),
                              QStringLiteral("SecretReflectionHeron"), QStringLiteral("SecretNeedLynx"),
                              QStringLiteral("SecretReEntryMoth"),     QStringLiteral("SecretThanksWren")};
    start();
    expectOk(flow(Partner::A, QStringLiteral("set-topic"), {{QStringLiteral("topic"), secrets[0]}}));
    expectOk(flow(Partner::A, QStringLiteral("ready")));
    expectOk(flow(Partner::B, QStringLiteral("ready")));
    expectOk(flow(Partner::A, QStringLiteral("share"),
                  {{QStringLiteral("feel"), secrets[1]}, {QStringLiteral("need"), secrets[3]}}));
    expectRejected(flow(Partner::A, QStringLiteral("reflect"), {{QStringLiteral("heard"), secrets[2]}}),
                   "not-your-turn");
    expectOk(flow(Partner::B, QStringLiteral("reflect"), {{QStringLiteral("heard"), secrets[2]}}));
    expectOk(act(Partner::A, session::PauseRequested{session::PauseKind::Break, 300}));
    m_clock.advanceSeconds(300);
    m_session.tick(m_clock.nowMs());
    expectOk(act(Partner::A, session::ReEntered{secrets[4]}));
    expectOk(act(Partner::B, session::ReEntered{secrets[4]}));
    expectOk(flow(Partner::A, QStringLiteral("confirm")));
    auto rebuilt = session::Session::fromLog(flows(), m_session.log());
    ASSERT_TRUE(rebuilt.ok());
    const auto text = capture.text();
    EXPECT_TRUE(text.contains(QStringLiteral("applied seq="))) << "the session should log event kinds";
    for (const auto& secret : secrets) {
        EXPECT_FALSE(text.contains(secret)) << secret.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("Alex"))) << "names are what the partners typed, too";
}

} // namespace
} // namespace twofold::test
