#include "core/session/EventJson.h"
#include "core/session/SignalCatalogue.h"
#include "tests/core/session/SessionFixture.h"

namespace twofold::test {
namespace {

using session::Partner;

class Signals : public SessionFixture {};

TEST_F(Signals, the_catalogue_has_the_ten_gentle_signals_with_stable_ids) {
    QStringList ids;
    for (const auto& signal : session::signalCatalogue()) {
        ids.append(signal.id);
        EXPECT_FALSE(session::signalText(signal.id).isEmpty());
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("slow-down"), QStringLiteral("feeling-blamed"),
                                QStringLiteral("just-listen"), QStringLiteral("take-back"), QStringLiteral("my-part"),
                                QStringLiteral("agree-part"), QStringLiteral("start-over"),
                                QStringLiteral("still-here"), QStringLiteral("thank-you"), QStringLiteral("care")}));
    EXPECT_EQ(session::signalText(QStringLiteral("slow-down")), QStringLiteral("Could we slow down?"));
    EXPECT_TRUE(session::signalText(QStringLiteral("nope")).isEmpty());
}

TEST_F(Signals, either_partner_can_send_a_signal_in_any_step) {
    start();
    expectOk(act(Partner::B, session::SignalSent{QStringLiteral("slow-down")}));
    checkIn();
    expectOk(act(Partner::B, session::SignalSent{QStringLiteral("feeling-blamed")})); // the listener, mid-statement
    ASSERT_EQ(m_session.state().signals.size(), 2U);
    EXPECT_EQ(m_session.state().signals[1].by, Partner::B);
    EXPECT_EQ(m_session.state().signals[1].signalId, QStringLiteral("feeling-blamed"));
    EXPECT_EQ(m_session.state().step, QStringLiteral("statement")); // the flow is not disturbed
}

TEST_F(Signals, a_signal_carries_an_id_and_never_free_text) {
    start();
    expectRejected(act(Partner::A, session::SignalSent{QStringLiteral("You never listen!")}), "unknown-signal");
    const auto sent = act(Partner::A, session::SignalSent{QStringLiteral("care")});
    expectOk(sent);
    const auto json = session::toJson(*sent);
    EXPECT_EQ(json.keys(), (QStringList{QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("seq"),
                                        QStringLiteral("signal"), QStringLiteral("type")}));
}

} // namespace
} // namespace twofold::test
