#include "core/session/Summary.h"
#include "tests/core/session/SessionFixture.h"

namespace twofold::test {
namespace {

using session::Partner;

class PracticeFlow : public SessionFixture {};

TEST_F(PracticeFlow, the_rupture_and_repair_script_runs_five_steps_taking_turns) {
    start(QStringLiteral("practice"));
    // Consent first: the same check-in and ready step as every flow; nobody is pulled into step 1.
    EXPECT_EQ(m_session.state().step, QStringLiteral("checkin"));
    expectRejected(flow(Partner::A, QStringLiteral("name-feeling"), {{QStringLiteral("feeling"), QStringLiteral("x")}}),
                   "unknown-action");
    checkIn(); // Alex asked to start
    EXPECT_EQ(m_session.state().step, QStringLiteral("name-feeling"));
    // 1. Name the feeling: Alex, then Sam.
    expectRejected(
        flow(Partner::B, QStringLiteral("name-feeling"), {{QStringLiteral("feeling"), QStringLiteral("hurt")}}),
        "not-your-turn");
    expectOk(flow(Partner::A, QStringLiteral("name-feeling"), {{QStringLiteral("feeling"), QStringLiteral("hurt")}}));
    EXPECT_EQ(m_session.state().step, QStringLiteral("name-feeling"));
    expectOk(flow(Partner::B, QStringLiteral("name-feeling"), {{QStringLiteral("feeling"), QStringLiteral("scared")}}));
    // 2. Each tells their version; the other summarises and validates part of it.
    EXPECT_EQ(m_session.state().step, QStringLiteral("story"));
    EXPECT_EQ(m_session.state().speaker(), Partner::A);
    expectOk(flow(Partner::A, QStringLiteral("tell"), {{QStringLiteral("story"), QStringLiteral("I came home late")}}));
    expectRejected(flow(Partner::B, QStringLiteral("summarise"), {{QStringLiteral("summary"), QStringLiteral("late")}}),
                   "missing-field");
    expectOk(flow(Partner::B, QStringLiteral("summarise"),
                  {{QStringLiteral("summary"), QStringLiteral("you were late")},
                   {QStringLiteral("valid"), QStringLiteral("work was hard")}}));
    expectOk(flow(Partner::B, QStringLiteral("tell"), {{QStringLiteral("story"), QStringLiteral("I waited")}}));
    expectOk(flow(Partner::A, QStringLiteral("summarise"),
                  {{QStringLiteral("summary"), QStringLiteral("you waited")},
                   {QStringLiteral("valid"), QStringLiteral("that's lonely")}}));
    // 3. What may have triggered you.
    EXPECT_EQ(m_session.state().step, QStringLiteral("trigger"));
    expectOk(flow(Partner::A, QStringLiteral("name-trigger"),
                  {{QStringLiteral("trigger"), QStringLiteral("feeling judged")}}));
    expectOk(
        flow(Partner::B, QStringLiteral("name-trigger"), {{QStringLiteral("trigger"), QStringLiteral("old fear")}}));
    // 4. Own your part; the other answers with willingness.
    EXPECT_EQ(m_session.state().step, QStringLiteral("own-part"));
    expectOk(flow(Partner::A, QStringLiteral("own"),
                  {{QStringLiteral("part"), QStringLiteral("I got defensive earlier.")}}));
    expectRejected(flow(Partner::A, QStringLiteral("thanks")), "not-your-turn");
    expectOk(flow(Partner::B, QStringLiteral("thanks")));
    expectOk(flow(Partner::B, QStringLiteral("own"), {{QStringLiteral("part"), QStringLiteral("I went quiet.")}}));
    // "I need some time" does not move on: the answer is told, a pause is offered, the item can be marked.
    expectRejected(flow(Partner::A, QStringLiteral("come-back-later")), "not-allowed");
    expectOk(flow(Partner::A, QStringLiteral("need-time")));
    EXPECT_EQ(m_session.state().step, QStringLiteral("own-answer"));
    EXPECT_EQ(m_session.state().entries.back().action, QStringLiteral("need-time")) << "the partner sees the answer";
    expectRejected(flow(Partner::A, QStringLiteral("need-time")), "already-done");
    expectOk(flow(Partner::A, QStringLiteral("come-back-later")));
    // 5. One thing each could do next time.
    EXPECT_EQ(m_session.state().step, QStringLiteral("next-time"));
    expectOk(flow(Partner::B, QStringLiteral("commit"), {{QStringLiteral("next"), QStringLiteral("text when late")}}));
    expectOk(flow(Partner::A, QStringLiteral("commit"), {{QStringLiteral("next"), QStringLiteral("ask for a pause")}}));
    EXPECT_EQ(m_session.state().step, QStringLiteral("done"));

    const auto summary = session::summarize(m_session.state(), *m_session.flow(), QStringLiteral("en"));
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("feeling")), QStringList{QStringLiteral("hurt")});
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("next-time")), QStringList{QStringLiteral("ask for a pause")});
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("come-back-to")), QStringList{QStringLiteral("I went quiet.")})
        << "what Sam owned, to come back to";
    // What each heard, validated and saw as a trigger, filed under whoever wrote it.
    EXPECT_EQ(summary.named(Partner::B, QStringLiteral("feeling")), QStringList{QStringLiteral("scared")});
    EXPECT_EQ(summary.named(Partner::B, QStringLiteral("heard")), QStringList{QStringLiteral("you were late")});
    EXPECT_EQ(summary.named(Partner::B, QStringLiteral("validation")), QStringList{QStringLiteral("work was hard")});
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("validation")), QStringList{QStringLiteral("that's lonely")});
    EXPECT_EQ(summary.named(Partner::A, QStringLiteral("trigger")), QStringList{QStringLiteral("feeling judged")});
    EXPECT_EQ(summary.named(Partner::B, QStringLiteral("trigger")), QStringList{QStringLiteral("old fear")});
}

TEST(FlowData, a_third_flow_runs_on_the_same_engine_without_code_changes) {
    const auto json = QByteArrayLiteral(R"({
        "id": "gratitude", "title": {"en": "Gratitude round"}, "start": "thank",
        "steps": [
          {"id": "thank", "actor": "speaker", "actions": [
             {"id": "say", "fields": [{"name": "text", "required": true, "max": 50, "summary": "appreciation"}],
              "next": {"swap": true, "repeat": "thank", "then": "end"}}]},
          {"id": "end", "actor": "either", "final": true, "actions": []}
        ]})");
    auto definition = session::parseFlow(json);
    ASSERT_TRUE(definition.ok()) << definition.error().message.toStdString();
    session::FlowLibrary library;
    ASSERT_TRUE(library.add(std::move(definition).value()).ok());
    session::Session session(library);
    FakeRandom random;
    const auto propose = [&](Partner by, session::Payload payload) {
        return session.propose({by, std::move(payload)}, 1000, random);
    };
    ASSERT_TRUE(propose(Partner::A, session::SessionStarted{QStringLiteral("gratitude"), QStringLiteral("Alex"),
                                                            QStringLiteral("Sam")})
                    .ok());
    EXPECT_FALSE(propose(Partner::B,
                         session::FlowAction{QStringLiteral("say"), {{QStringLiteral("text"), QStringLiteral("hi")}}})
                     .ok());
    ASSERT_TRUE(propose(Partner::A, session::FlowAction{QStringLiteral("say"),
                                                        {{QStringLiteral("text"), QStringLiteral("thanks")}}})
                    .ok());
    ASSERT_TRUE(propose(Partner::B, session::FlowAction{QStringLiteral("say"),
                                                        {{QStringLiteral("text"), QStringLiteral("you too")}}})
                    .ok());
    EXPECT_EQ(session.state().step, QStringLiteral("end"));
    EXPECT_TRUE(propose(Partner::A, session::PauseRequested{session::PauseKind::Breath, 60}).ok());
}

TEST(FlowData, broken_flow_files_are_refused_with_a_reason) {
    EXPECT_FALSE(session::parseFlow("not json").ok());
    EXPECT_FALSE(session::parseFlow(R"({"id": "x", "start": "a", "steps": []})").ok());
    const auto unknownTarget = session::parseFlow(
        R"({"id": "x", "start": "a", "steps": [{"id": "a", "actor": "speaker", "actions": [{"id": "go", "next": {"goto": "nowhere"}}]}]})");
    ASSERT_FALSE(unknownTarget.ok());
    EXPECT_TRUE(unknownTarget.error().message.contains(QStringLiteral("nowhere")));
    EXPECT_FALSE(session::parseFlow(R"({"id": "x", "start": "a", "steps": [{"id": "a", "actor": "boss"}]})").ok());
    // `shared` says a field is written for the partner: a yes or no, and only for words or a choice.
    const auto withField = [](const char* field) {
        return session::parseFlow(
            QByteArrayLiteral(R"({"id": "x", "start": "a", "steps": [{"id": "a", "actor": "speaker",
            "actions": [{"id": "say", "fields": [)") +
            field + QByteArrayLiteral("]}]}]}"));
    };
    const auto sharedText = withField(R"({"name": "t", "kind": "text", "shared": true})");
    ASSERT_TRUE(sharedText.ok()) << sharedText.error().message.toStdString();
    EXPECT_TRUE(sharedText->steps[0].actions[0].fields[0].shared);
    EXPECT_FALSE(withField(R"({"name": "t", "kind": "text"})")->steps[0].actions[0].fields[0].shared)
        << "nothing is shared unless the flow says so";
    const auto notABool = withField(R"({"name": "t", "kind": "text", "shared": "yes"})");
    ASSERT_FALSE(notABool.ok());
    EXPECT_TRUE(notABool.error().message.contains(QStringLiteral("shared"))) << notABool.error().message.toStdString();
    EXPECT_FALSE(withField(R"({"name": "c", "kind": "coin", "shared": true})").ok()) << "the host fills a coin";
}

TEST(FlowData, the_built_in_flows_load_with_english_and_german_texts) {
    const auto library = session::FlowLibrary::builtin();
    ASSERT_TRUE(library.ok());
    for (const auto* flow : library->all()) {
        for (const auto& step : flow->steps) {
            EXPECT_FALSE(step.title.text(QStringLiteral("en")).isEmpty()) << step.id.toStdString();
            EXPECT_NE(step.title.byLanguage.count(QStringLiteral("de")), 0U) << step.id.toStdString();
            for (const auto& action : step.actions) {
                EXPECT_NE(action.label.byLanguage.count(QStringLiteral("de")), 0U) << action.id.toStdString();
            }
        }
    }
    EXPECT_NE(library->find(QStringLiteral("conversation")), nullptr);
    EXPECT_NE(library->find(QStringLiteral("practice")), nullptr);
}

} // namespace
} // namespace twofold::test
