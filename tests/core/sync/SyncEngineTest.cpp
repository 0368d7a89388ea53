#include "core/sync/SyncEngine.h"

#include "core/protocol/MessageTypes.h"
#include "core/session/EventJson.h"
#include "core/session/PauseRules.h"
#include "core/sync/LoopbackChannel.h"
#include "core/sync/SyncCodec.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/SeededRandom.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using session::Partner;
using sync::Role;
using sync::SyncEngine;

session::FlowLibrary flows() {
    return session::FlowLibrary::builtin().value();
}

session::Payload action(const char* id, session::Fields fields = {}) {
    return session::FlowAction{QString::fromLatin1(id), std::move(fields)};
}

QString encode(const std::vector<session::Event>& log) {
    QString text;
    for (const auto& event : log) {
        text += QString::fromUtf8(QJsonDocument(session::toJson(event)).toJson(QJsonDocument::Compact));
    }
    return text;
}

class Sync : public ::testing::Test {
protected:
    Sync() {
        auto [a, b] = sync::LoopbackChannel::createPair();
        m_hostEnd = std::move(a);
        m_guestEnd = std::move(b);
        m_host = std::make_unique<SyncEngine>(Role::Host, flows(), m_clock, m_random);
        m_guest = std::make_unique<SyncEngine>(Role::Guest, flows(), m_clock, m_random);
        m_host->attach(m_hostEnd.get());
        m_guest->attach(m_guestEnd.get());
    }

    bool inStep() {
        return QTest::qWaitFor([&] {
            return m_host->session().lastSeq() == m_guest->session().lastSeq() && m_guest->pendingIntents() == 0;
        });
    }

    void startAndCheckIn() {
        ASSERT_TRUE(
            m_host->startSession(QStringLiteral("conversation"), QStringLiteral("Alex"), QStringLiteral("Sam")).ok());
        ASSERT_TRUE(m_host->submit(action("ready")).ok());
        ASSERT_TRUE(inStep()); // the guest acts on what it has seen
        ASSERT_TRUE(m_guest->submit(action("ready")).ok());
        ASSERT_TRUE(inStep());
        ASSERT_EQ(m_guest->session().state().step, QStringLiteral("statement"));
    }

    FakeClock m_clock;
    SeededRandom m_random{7};
    std::unique_ptr<sync::LoopbackChannel> m_hostEnd;
    std::unique_ptr<sync::LoopbackChannel> m_guestEnd;
    std::unique_ptr<SyncEngine> m_host;
    std::unique_ptr<SyncEngine> m_guest;
};

TEST_F(Sync, the_guests_intents_are_ordered_by_the_host_and_both_logs_match) {
    startAndCheckIn();
    EXPECT_EQ(m_guest->me(), Partner::B);
    ASSERT_TRUE(m_host->submit(action("share", {{QStringLiteral("feel"), QStringLiteral("tired")}})).ok());
    ASSERT_TRUE(inStep());
    ASSERT_TRUE(m_guest->submit(action("reflect", {{QStringLiteral("heard"), QStringLiteral("you're tired")}})).ok());
    ASSERT_TRUE(inStep());
    EXPECT_EQ(m_host->session().state().step, QStringLiteral("confirm"));
    EXPECT_EQ(encode(m_host->session().log()), encode(m_guest->session().log()));
    EXPECT_EQ(m_guest->sessionId(), m_host->sessionId());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_host->partnerAckedSeq() == m_host->session().lastSeq(); }));
}

TEST_F(Sync, a_refused_intent_is_explained_to_the_guest_and_changes_nothing) {
    startAndCheckIn();
    QSignalSpy rejected(m_guest.get(), &SyncEngine::rejected);
    const auto result = m_guest->submit(action("share", {{QStringLiteral("feel"), QStringLiteral("x")}}));
    ASSERT_FALSE(result.ok()); // known locally already
    EXPECT_EQ(result.error().message, QStringLiteral("It's Alex's turn to speak."));
    EXPECT_EQ(rejected.count(), 1);
    EXPECT_EQ(m_guest->pendingIntents(), 0);
}

TEST_F(Sync, the_host_refuses_what_the_guest_could_not_know_was_refused) {
    startAndCheckIn();
    QSignalSpy rejected(m_guest.get(), &SyncEngine::rejected);
    m_guestEnd->cut();
    // Offline, the guest queues a signal and then a reflection (its check waits for the host).
    ASSERT_TRUE(m_guest->submit(session::SignalSent{QStringLiteral("slow-down")}).ok());
    ASSERT_TRUE(m_guest->submit(action("reflect", {{QStringLiteral("heard"), QStringLiteral("x")}})).ok());
    EXPECT_EQ(m_guest->pendingIntents(), 2);
    m_guestEnd->restore();
    ASSERT_TRUE(rejected.wait(2000));
    EXPECT_EQ(rejected.at(0).at(0).value<Error>().code, QStringLiteral("unknown-action"));
    ASSERT_TRUE(inStep());
    EXPECT_EQ(m_host->session().state().signals.size(), 1U);
}

TEST_F(Sync, intents_typed_while_the_link_is_down_are_kept_and_delivered_once) {
    startAndCheckIn();
    ASSERT_TRUE(m_host->submit(action("share", {{QStringLiteral("feel"), QStringLiteral("tired")}})).ok());
    ASSERT_TRUE(inStep());
    QSignalSpy linkChanges(m_guest.get(), &SyncEngine::linkChanged);
    m_hostEnd->cut();
    EXPECT_FALSE(m_guest->linked());
    ASSERT_TRUE(m_guest->submit(action("reflect", {{QStringLiteral("heard"), QStringLiteral("tired, heard")}})).ok());
    ASSERT_TRUE(m_host->submit(session::SignalSent{QStringLiteral("care")}).ok());
    EXPECT_EQ(m_guest->pendingIntents(), 1);
    m_hostEnd->restore();
    ASSERT_TRUE(inStep());
    EXPECT_EQ(linkChanges.count(), 2);
    EXPECT_EQ(m_host->session().state().step, QStringLiteral("confirm"));
    EXPECT_EQ(encode(m_host->session().log()), encode(m_guest->session().log()));
    // the reflection was applied once, not twice
    int reflections = 0;
    for (const auto& entry : m_host->session().state().entries) {
        reflections += entry.action == QLatin1String("reflect") ? 1 : 0;
    }
    EXPECT_EQ(reflections, 1);
}

TEST_F(Sync, a_restarted_guest_recovers_the_session_from_the_host) {
    startAndCheckIn();
    ASSERT_TRUE(m_host->submit(action("share", {{QStringLiteral("feel"), QStringLiteral("tired")}})).ok());
    ASSERT_TRUE(inStep());
    const auto hostLog = encode(m_host->session().log());
    m_guest.reset();           // killed
    m_clock.advanceSeconds(5); // and restarted a little later
    m_guest = std::make_unique<SyncEngine>(Role::Guest, flows(), m_clock, m_random);
    EXPECT_FALSE(m_guest->inStep()); // an empty log is not the shared state yet
    QSignalSpy caughtUp(m_guest.get(), &SyncEngine::caughtUp);
    m_hostEnd->cut();
    m_guest->attach(m_guestEnd.get());
    m_hostEnd->restore();
    ASSERT_TRUE(inStep());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_guest->inStep(); }));
    EXPECT_EQ(caughtUp.count(), 1);
    EXPECT_EQ(encode(m_guest->session().log()), hostLog);
    EXPECT_EQ(m_guest->sessionId(), m_host->sessionId());
    ASSERT_TRUE(m_guest->submit(action("reflect", {{QStringLiteral("heard"), QStringLiteral("tired")}})).ok());
    ASSERT_TRUE(inStep());
    EXPECT_EQ(m_host->session().state().step, QStringLiteral("confirm"));
}

TEST_F(Sync, a_restarted_guest_catching_up_hears_the_replay_as_the_past_not_as_news) {
    startAndCheckIn();
    ASSERT_TRUE(m_host->submit(session::SignalSent{QStringLiteral("care")}).ok()); // a card, when live
    ASSERT_TRUE(inStep());
    const auto logSize = m_host->session().log().size();
    m_guest.reset();
    m_guest = std::make_unique<SyncEngine>(Role::Guest, flows(), m_clock, m_random);
    QSignalSpy live(m_guest.get(), &SyncEngine::eventApplied);
    QSignalSpy replayed(m_guest.get(), &SyncEngine::eventReplayed);
    QSignalSpy caughtUp(m_guest.get(), &SyncEngine::caughtUp);
    m_hostEnd->cut();
    m_guest->attach(m_guestEnd.get());
    m_hostEnd->restore();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_guest->inStep(); }));
    EXPECT_EQ(live.count(), 0) << "a replayed event was played as live (a card, a chime)";
    EXPECT_EQ(static_cast<std::size_t>(replayed.count()), logSize);
    EXPECT_EQ(caughtUp.count(), 1);
    ASSERT_TRUE(m_host->submit(session::SignalSent{QStringLiteral("still-here")}).ok());
    ASSERT_TRUE(live.wait(2000)) << "what happens after the catch-up is news again";
}

TEST_F(Sync, a_restarted_host_recovers_the_session_from_the_guest_the_longer_log_wins) {
    startAndCheckIn();
    ASSERT_TRUE(m_host->submit(action("share", {{QStringLiteral("feel"), QStringLiteral("tired")}})).ok());
    ASSERT_TRUE(inStep());
    const auto guestLog = encode(m_guest->session().log());
    const auto id = m_guest->sessionId();
    m_host.reset();
    m_host = std::make_unique<SyncEngine>(Role::Host, flows(), m_clock, m_random);
    m_hostEnd->cut();
    m_host->attach(m_hostEnd.get());
    m_hostEnd->restore();
    ASSERT_TRUE(QTest::qWaitFor([&] { return encode(m_host->session().log()) == guestLog; }));
    EXPECT_EQ(m_host->sessionId(), id);
    EXPECT_EQ(m_host->role(), Role::Host);
    ASSERT_TRUE(m_guest->submit(action("reflect", {{QStringLiteral("heard"), QStringLiteral("tired")}})).ok());
    ASSERT_TRUE(inStep());
    EXPECT_EQ(m_guest->session().state().step, QStringLiteral("confirm"));
}

TEST_F(Sync, the_pause_clock_runs_on_the_host_and_reaches_the_guest) {
    startAndCheckIn();
    ASSERT_TRUE(m_guest->submit(session::PauseRequested{session::PauseKind::Break, 300}).ok());
    ASSERT_TRUE(inStep());
    QSignalSpy guestEvents(m_guest.get(), &SyncEngine::eventApplied);
    m_hostEnd->cut(); // the countdown keeps running through a disconnect
    m_clock.advanceSeconds(300);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_host->session().state().pause->phase == session::PauseState::Phase::ReEntry; }));
    m_hostEnd->restore();
    ASSERT_TRUE(inStep());
    ASSERT_EQ(guestEvents.count(), 2);
    EXPECT_EQ(session::typeName(guestEvents.at(1).at(0).value<session::Event>().payload),
              QStringLiteral("pause-ended"));
}

TEST_F(Sync, a_new_session_after_the_end_replaces_the_old_one_on_both_sides) {
    startAndCheckIn();
    EXPECT_FALSE(m_host->startSession(QStringLiteral("practice"), QStringLiteral("Alex"), QStringLiteral("Sam")).ok());
    ASSERT_TRUE(m_guest->submit(session::SessionEnded{}).ok());
    ASSERT_TRUE(inStep());
    const auto oldId = m_host->sessionId();
    ASSERT_TRUE(m_host->startSession(QStringLiteral("practice"), QStringLiteral("Alex"), QStringLiteral("Sam")).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_guest->sessionId() == m_host->sessionId() && m_guest->session().lastSeq() == 1; }));
    EXPECT_NE(m_host->sessionId(), oldId);
    EXPECT_EQ(m_guest->session().state().flowId, QStringLiteral("practice"));
    EXPECT_FALSE(m_guest->startSession(QStringLiteral("practice"), QStringLiteral("Alex"), QStringLiteral("Sam")).ok());
}

TEST_F(Sync, malformed_or_wrong_role_messages_get_an_error_and_leave_the_session_intact) {
    startAndCheckIn();
    QSignalSpy hostErrors(m_host.get(), &SyncEngine::protocolError);
    QSignalSpy guestErrors(m_guest.get(), &SyncEngine::protocolError);
    QSignalSpy toGuest(m_guestEnd.get(), &sync::Channel::received);
    const auto before = encode(m_host->session().log());
    // a guest that forges an event as the host
    session::Event forged{m_host->session().lastSeq() + 1, Partner::A, 1,
                          action("share", {{QStringLiteral("feel"), QStringLiteral("x")}})};
    m_guestEnd->send({{QStringLiteral("type"), QStringLiteral("session-event")},
                      {QStringLiteral("event"), session::toJson(forged)}});
    m_guestEnd->send(
        {{QStringLiteral("type"), QStringLiteral("session-intent")}, {QStringLiteral("id"), QStringLiteral("x")}});
    m_guestEnd->send({{QStringLiteral("type"), QStringLiteral("session-resume")}, {QStringLiteral("lastSeq"), -4}});
    // an intent as the other partner, and one the host cannot read: both answered, neither applied
    m_guestEnd->send(
        sync::codec::encode(sync::IntentMessage{0x1234, session::Intent{Partner::A, session::SessionEnded{}}}));
    m_guestEnd->send({{QStringLiteral("type"), QStringLiteral("session-intent")},
                      {QStringLiteral("id"), QStringLiteral("00000000000abcde")},
                      {QStringLiteral("intent"), QJsonObject{{QStringLiteral("type"), QStringLiteral("launch")}}}});
    // a host that sends a garbage event
    m_hostEnd->send({{QStringLiteral("type"), QStringLiteral("session-event")},
                     {QStringLiteral("event"), QJsonObject{{QStringLiteral("seq"), 999}}}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return hostErrors.count() >= 3 && guestErrors.count() >= 1; }));
    EXPECT_EQ(hostErrors.at(0).at(0).toString(), QStringLiteral("not-host"));
    EXPECT_EQ(hostErrors.at(1).at(0).toString(), QStringLiteral("bad-field"));
    EXPECT_EQ(hostErrors.at(2).at(0).toString(), QStringLiteral("missing-field"));
    EXPECT_EQ(guestErrors.at(0).at(0).toString(), QStringLiteral("malformed-event"));
    QStringList rejections;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        rejections.clear();
        for (const auto& args : toGuest) {
            const auto object = args.at(0).toJsonObject();
            if (object.value(QStringLiteral("type")).toString() == protocol::msg::kSessionReject) {
                rejections << object.value(QStringLiteral("code")).toString();
            }
        }
        return rejections.size() == 2;
    }));
    EXPECT_EQ(rejections, (QStringList{QStringLiteral("wrong-partner"), QStringLiteral("malformed-intent")}));
    EXPECT_EQ(encode(m_host->session().log()), before);
    EXPECT_FALSE(m_host->session().state().ended);
    ASSERT_TRUE(m_host->submit(action("share", {{QStringLiteral("feel"), QStringLiteral("ok")}})).ok());
    ASSERT_TRUE(inStep());
}

TEST_F(Sync, a_refusal_travels_as_a_code_and_arguments_and_is_rendered_by_the_guest) {
    startAndCheckIn();
    ASSERT_TRUE(m_host->submit(session::PauseRequested{session::PauseKind::Break, 600}).ok());
    ASSERT_TRUE(inStep());
    QSignalSpy toGuest(m_guestEnd.get(), &sync::Channel::received);
    QSignalSpy rejected(m_guest.get(), &SyncEngine::rejected);
    m_guestEnd->cut(); // offline the guest cannot know it will be refused: the host decides
    m_guestEnd->restore();
    m_clock.stepWallMs(-2 * 3600 * 1000); // the guest's wall clock reads two hours earlier
    ASSERT_TRUE(m_guest->submit(session::PauseExtended{}).ok() || rejected.count() == 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rejected.count() == 1; }));
    const auto reason = rejected.at(0).at(0).value<Error>();
    EXPECT_EQ(reason.code, QStringLiteral("not-pauser"));
    EXPECT_EQ(reason.args.value(QStringLiteral("name")).toString(), QStringLiteral("Alex"));
    EXPECT_EQ(reason.message, QStringLiteral("Only Alex can change this pause."));
    for (const auto& args : toGuest) {
        const auto object = args.at(0).toJsonObject();
        if (object.value(QStringLiteral("type")).toString() == protocol::msg::kSessionReject) {
            EXPECT_FALSE(object.contains(QStringLiteral("message"))) << "the host's wording must not travel";
        }
    }
    // "paused until" is shown on the guest's own wall clock, from the host's schedule
    const auto paused = m_guest->submit(action("reflect", {{QStringLiteral("heard"), QStringLiteral("x")}}));
    ASSERT_FALSE(paused.ok());
    const auto expected = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(m_clock.wallMs() + m_guest->pauseRemainingMs()).time(), QLocale::ShortFormat);
    EXPECT_EQ(paused.error().message, QStringLiteral("The conversation is paused until %1.").arg(expected));
}

TEST_F(Sync, a_guest_whose_clock_runs_ahead_shows_the_countdown_on_the_hosts_schedule) {
    // Two computers: the guest's clock runs 4 minutes ahead, as clocks commonly do.
    FakeClock guestClock(m_clock.nowMs() + 240'000);
    m_guest = std::make_unique<SyncEngine>(Role::Guest, flows(), guestClock, m_random);
    m_guest->attach(m_guestEnd.get());
    m_guestEnd->setPartnerClockOffset(-240'000); // what the heartbeat estimates: host = guest - 4 min
    startAndCheckIn();
    ASSERT_TRUE(m_host->submit(session::PauseRequested{session::PauseKind::Break, 300}).ok());
    ASSERT_TRUE(inStep());
    EXPECT_EQ(m_guest->pauseRemainingMs(), 300'000); // not "0:58 left"
    m_clock.advanceSeconds(100);
    guestClock.advanceSeconds(100);
    EXPECT_EQ(m_guest->pauseRemainingMs(), m_host->pauseRemainingMs());
    EXPECT_EQ(m_guest->pauseRemainingMs(), 200'000);
    EXPECT_EQ(m_guest->pauseEndsAtWallMs(), guestClock.wallMs() + 200'000);
    m_hostEnd->cut(); // the countdown keeps its offset while the link is down
    guestClock.advanceSeconds(50);
    EXPECT_EQ(m_guest->pauseRemainingMs(), 150'000);
}

TEST_F(Sync, a_step_of_the_wall_clock_neither_ends_nor_stretches_a_pause) {
    startAndCheckIn();
    ASSERT_TRUE(m_guest->submit(session::PauseRequested{session::PauseKind::Break, 300}).ok());
    ASSERT_TRUE(inStep());
    m_clock.stepWallMs(3600 * 1000); // +1 h used to end a 5-minute break at once
    m_clock.advanceMs(0);            // every timer due now fires: none may end the break
    ASSERT_TRUE(inStep());
    EXPECT_EQ(m_host->session().state().pause->phase, session::PauseState::Phase::Running);
    EXPECT_EQ(m_host->pauseRemainingMs(), 300'000);
    m_clock.stepWallMs(-3 * 3600 * 1000); // -2 h used to make it never end
    m_clock.advanceSeconds(300);
    ASSERT_TRUE(inStep());
    EXPECT_EQ(m_guest->session().state().pause->phase, session::PauseState::Phase::ReEntry);
}

TEST_F(Sync, a_restarted_guest_whose_clock_went_back_is_never_taken_for_a_resend) {
    startAndCheckIn();
    const auto restartedAt = m_clock.nowMs();
    ASSERT_TRUE(m_guest->submit(session::SignalSent{QStringLiteral("care")}).ok());
    ASSERT_TRUE(inStep());
    m_guest.reset();
    m_clock.setMs(restartedAt); // the clock was set back: wall-clock ids would repeat
    m_guest = std::make_unique<SyncEngine>(Role::Guest, flows(), m_clock, m_random);
    m_hostEnd->cut();
    m_guest->attach(m_guestEnd.get());
    m_hostEnd->restore();
    ASSERT_TRUE(inStep());
    ASSERT_TRUE(m_guest->submit(session::SignalSent{QStringLiteral("still-here")}).ok());
    ASSERT_TRUE(inStep());
    ASSERT_EQ(m_host->session().state().signals.size(), 2U);
    EXPECT_EQ(m_host->session().state().signals.back().signalId, QStringLiteral("still-here"));
}

TEST_F(Sync, a_thousand_events_over_a_flapping_link_end_with_identical_logs) {
    startAndCheckIn();
    // Signals typed during an outage reach the host together, where the signal rate limit holds some back:
    // each is either in both logs or answered as too soon, never lost.
    QSignalSpy refused(m_guest.get(), &SyncEngine::intentRefused);
    const auto tooSoon = [&refused] {
        return static_cast<std::size_t>(std::count_if(refused.begin(), refused.end(), [](const QList<QVariant>& args) {
            return args.at(1).value<Error>().code == QLatin1String("signal-too-soon");
        }));
    };
    int cuts = 0;
    for (int i = 0; i < 1000; ++i) {
        auto& engine = (i % 2 == 0) ? m_host : m_guest;
        m_clock.advanceMs(6000); // beyond the signal rate limit (core/session/SignalRules.h)
        ASSERT_TRUE(engine->submit(session::SignalSent{QStringLiteral("still-here")}).ok() || !engine->linked());
        if (i % 37 == 0) {
            m_hostEnd->cut();
            ++cuts;
        } else if (i % 37 == 5) {
            m_hostEnd->restore();
        }
        if (i % 10 == 0) {
            QCoreApplication::processEvents();
        }
    }
    m_hostEnd->restore();
    ASSERT_TRUE(inStep());
    EXPECT_GT(cuts, 20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_host->session().state().signals.size() + tooSoon() == 1000U; }))
        << m_host->session().state().signals.size() << " + " << tooSoon();
    EXPECT_EQ(encode(m_host->session().log()), encode(m_guest->session().log()));
}

} // namespace
} // namespace twofold::test
