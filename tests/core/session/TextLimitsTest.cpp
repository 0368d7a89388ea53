// Length limits of what partners write count user-perceived characters (issue: a 150-emoji topic was
// refused as longer than 200 characters because the reducer counted UTF-16 units).
#include "tests/core/session/SessionFixture.h"

namespace twofold::test {
namespace {

using session::Partner;

QString emoji(int count) {
    QString text;
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("\U0001F44D\U0001F3FD"); // one character, four UTF-16 units
    }
    return text;
}

class TextLimits : public SessionFixture {
protected:
    void SetUp() override { start(); }
};

TEST_F(TextLimits, a_topic_of_150_emoji_is_150_characters) {
    expectOk(flow(Partner::A, QStringLiteral("set-topic"),
                  {{QStringLiteral("topic"), emoji(150)}, {QStringLiteral("first"), QStringLiteral("me")}}));
}

TEST_F(TextLimits, the_limit_still_holds_in_characters) {
    const auto tooLong = flow(Partner::A, QStringLiteral("set-topic"), {{QStringLiteral("topic"), emoji(201)}});
    expectRejected(tooLong, "too-long");
    EXPECT_EQ(tooLong.error().args.value(QStringLiteral("max")).toInt(), 200);
}

TEST_F(TextLimits, names_and_re_entry_lines_count_characters_too) {
    session::Session fresh(flows());
    FakeRandom random;
    EXPECT_TRUE(
        fresh
            .propose({Partner::A, session::SessionStarted{QStringLiteral("conversation"), emoji(64), emoji(64)}}, 0,
                     random)
            .ok());
    checkIn();
    expectOk(act(Partner::A, session::PauseRequested{session::PauseKind::Break, 300}));
    expectOk(act(Partner::A, session::PauseReturned{}));
    expectOk(act(Partner::A, session::ReEntered{emoji(200)}));
    expectRejected(act(Partner::B, session::ReEntered{emoji(201)}), "too-long");
}

} // namespace
} // namespace twofold::test
