#pragma once

#include "core/session/Session.h"
#include "tests/fakes/FakeClock.h"

#include <gtest/gtest.h>

namespace twofold::test {

// A session run by a host with a fake clock and a fixed coin, for the engine's tests.
class SessionFixture : public ::testing::Test {
protected:
    using Partner = session::Partner;

    static session::FlowLibrary flows() {
        auto library = session::FlowLibrary::builtin();
        EXPECT_TRUE(library.ok()) << (library.ok() ? "" : library.error().message.toStdString());
        return library.value();
    }

    void start(const QString& flowId = QStringLiteral("conversation")) {
        auto started = act(Partner::A, session::SessionStarted{flowId, QStringLiteral("Alex"), QStringLiteral("Sam")});
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    }

    Result<session::Event> act(Partner by, session::Payload payload) {
        return m_session.propose(session::Intent{by, std::move(payload)}, m_clock.nowMs(), m_random);
    }

    Result<session::Event> flow(Partner by, const QString& action, session::Fields fields = {}) {
        return act(by, session::FlowAction{action, std::move(fields)});
    }

    void expectOk(const Result<session::Event>& result) {
        EXPECT_TRUE(result.ok()) << (result.ok() ? ""
                                                 : result.error().code.toStdString() + ": " +
                                                       result.error().message.toStdString());
    }

    void expectRejected(const Result<session::Event>& result, const char* code) {
        ASSERT_FALSE(result.ok()) << "expected rejection " << code;
        EXPECT_EQ(result.error().code.toStdString(), code) << result.error().message.toStdString();
        EXPECT_FALSE(result.error().message.isEmpty());
    }

    // Both partners check in; Alex asked for the talk and speaks first.
    void checkIn() {
        expectOk(flow(Partner::A, QStringLiteral("set-topic"),
                      {{QStringLiteral("topic"), QStringLiteral("Weekend plans")},
                       {QStringLiteral("first"), QStringLiteral("me")}}));
        expectOk(flow(Partner::A, QStringLiteral("ready")));
        expectOk(flow(Partner::B, QStringLiteral("ready")));
    }

    // One full speaker turn, from the statement to passing the floor.
    void speakerTurn(Partner speaker, const QString& feeling) {
        const auto listener = session::other(speaker);
        expectOk(
            flow(speaker, QStringLiteral("share"),
                 {{QStringLiteral("feel"), feeling}, {QStringLiteral("need"), QStringLiteral("some quiet time")}}));
        expectOk(flow(listener, QStringLiteral("reflect"),
                      {{QStringLiteral("heard"), QStringLiteral("you feel ") + feeling}}));
        expectOk(flow(speaker, QStringLiteral("confirm")));
        expectOk(flow(listener, QStringLiteral("ask-more")));
        expectOk(flow(speaker, QStringLiteral("no-more")));
        expectOk(flow(listener, QStringLiteral("validate"),
                      {{QStringLiteral("because"), QStringLiteral("it was a long week")}}));
    }

    FakeClock m_clock;
    FakeRandom m_random{{0}};
    session::Session m_session{flows()};
};

} // namespace twofold::test
