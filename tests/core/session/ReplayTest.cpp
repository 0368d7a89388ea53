#include "core/session/EventJson.h"
#include "tests/core/session/SessionFixture.h"

#include <QJsonDocument>

namespace twofold::test {
namespace {

using session::Partner;

class Replay : public SessionFixture {
protected:
    void playSomeOfEverything() {
        start();
        expectOk(act(Partner::B, session::MomentTaken{true}));
        expectOk(act(Partner::B, session::MomentTaken{false}));
        checkIn();
        expectOk(act(Partner::B, session::SignalSent{QStringLiteral("slow-down")}));
        expectOk(act(Partner::A, session::PauseRequested{session::PauseKind::Break, 300}));
        expectOk(act(Partner::B, session::PauseAcknowledged{}));
        m_clock.advanceSeconds(300);
        m_session.tick(m_clock.nowMs());
        expectOk(act(Partner::A, session::ReEntered{QStringLiteral("calmer")}));
        expectOk(act(Partner::B, session::ReEntered{QStringLiteral("ok")}));
        speakerTurn(Partner::A, QStringLiteral("tired"));
    }
};

TEST_F(Replay, every_event_type_round_trips_through_json) {
    playSomeOfEverything();
    expectOk(act(Partner::A, session::PauseRequested{session::PauseKind::Breath, 60}));
    expectOk(act(Partner::A, session::PauseReturned{}));
    expectOk(act(Partner::B, session::PauseRequested{session::PauseKind::Break, 300}));
    expectOk(act(Partner::B, session::PauseExtended{}));
    expectOk(act(Partner::B, session::SessionEnded{}));
    std::set<QString> types;
    for (const auto& event : m_session.log()) {
        const auto json = session::toJson(event);
        const auto bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const auto back = session::eventFromJson(QJsonDocument::fromJson(bytes).object());
        ASSERT_TRUE(back.ok()) << bytes.toStdString();
        EXPECT_EQ(session::toJson(*back), json);
        types.insert(session::typeName(event.payload));
    }
    EXPECT_EQ(types.size(), std::variant_size_v<session::Payload>);
}

TEST_F(Replay, the_json_form_is_stable) {
    start();
    const auto json = QJsonDocument(session::toJson(m_session.log().front())).toJson(QJsonDocument::Compact);
    EXPECT_EQ(
        json.toStdString(),
        R"({"at":1700000000000,"by":"A","flow":"conversation","nameA":"Alex","nameB":"Sam","seq":1,"type":"session-started"})");
    const session::Intent intent{
        Partner::B, session::FlowAction{QStringLiteral("reflect"), {{QStringLiteral("heard"), QStringLiteral("x")}}}};
    EXPECT_EQ(QJsonDocument(session::toJson(intent)).toJson(QJsonDocument::Compact).toStdString(),
              R"({"action":"reflect","by":"B","fields":{"heard":"x"},"type":"flow-action"})");
}

TEST_F(Replay, malformed_json_events_are_refused_with_a_reason) {
    const auto parse = [](const char* text) {
        return session::eventFromJson(QJsonDocument::fromJson(text).object());
    };
    EXPECT_EQ(parse(R"({"seq":1,"by":"A","at":1,"type":"teleport"})").error().code,
              QStringLiteral("unknown-event-type"));
    EXPECT_FALSE(parse(R"({"seq":0,"by":"A","at":1,"type":"session-ended"})").ok());
    EXPECT_FALSE(parse(R"({"seq":1.5,"by":"A","at":1,"type":"session-ended"})").ok());
    EXPECT_FALSE(parse(R"({"seq":1,"by":"C","at":1,"type":"session-ended"})").ok());
    EXPECT_FALSE(parse(R"({"seq":1,"by":null,"at":1,"type":"session-ended"})").ok());
    EXPECT_FALSE(parse(R"({"seq":1,"by":"A","at":1,"type":"pause-ended"})").ok());
    EXPECT_FALSE(parse(R"({"seq":1,"by":"A","at":1,"type":"flow-action","action":"x","fields":{"a":3}})").ok());
    EXPECT_FALSE(parse(R"({"seq":1,"by":"A","at":1,"type":"pause-requested","kind":"nap","seconds":60})").ok());
    EXPECT_FALSE(
        session::intentFromJson(QJsonDocument::fromJson(R"({"by":"A","type":"pause-warning"})").object()).ok());
}

TEST_F(Replay, a_session_rebuilt_from_its_log_has_the_same_state) {
    playSomeOfEverything();
    auto rebuilt = session::Session::fromLog(flows(), m_session.log());
    ASSERT_TRUE(rebuilt.ok());
    const auto& a = m_session.state();
    const auto& b = rebuilt->state();
    // The whole state, every field (State's defaulted ==), not a few chosen ones.
    EXPECT_TRUE(a == b) << "step " << a.step.toStdString() << " / " << b.step.toStdString() << ", seq " << a.lastSeq
                        << " / " << b.lastSeq;
    // and it carries on as the original would
    expectOk(flow(Partner::B, QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("hopeful")}}));
    EXPECT_TRUE(rebuilt->append(m_session.log().back()).ok());
    EXPECT_TRUE(rebuilt->state() == m_session.state());
}

TEST_F(Replay, a_guest_applies_the_hosts_events_in_order_only) {
    playSomeOfEverything();
    session::Session guest(flows());
    const auto& log = m_session.log();
    EXPECT_EQ(guest.append(log[1]).error().code, QStringLiteral("bad-sequence"));
    for (const auto& event : log) {
        ASSERT_TRUE(guest.append(event).ok()) << event.seq;
    }
    EXPECT_EQ(guest.append(log.back()).error().code, QStringLiteral("bad-sequence")); // a duplicate
    EXPECT_TRUE(guest.state() == m_session.state());
    EXPECT_EQ(guest.eventsAfter(3).size(), log.size() - 3);
    EXPECT_TRUE(guest.eventsAfter(log.size()).empty());
}

TEST_F(Replay, a_log_with_an_invalid_event_is_refused) {
    start();
    checkIn();
    auto log = m_session.log();
    log.push_back({log.size() + 1, Partner::B, 5,
                   session::FlowAction{QStringLiteral("share"), {{QStringLiteral("feel"), QStringLiteral("x")}}}});
    const auto rebuilt = session::Session::fromLog(flows(), log);
    ASSERT_FALSE(rebuilt.ok());
    EXPECT_EQ(rebuilt.error().code, QStringLiteral("not-your-turn"));
}

} // namespace
} // namespace twofold::test
