// A modified guest that stays within the message shapes (docs/PROTOCOL.md §8) cannot speak for the host,
// make the host send its log over and over, or go around the pause and signal rules the screens keep.
#include "core/protocol/MessageSchema.h"
#include "core/protocol/MessageTypes.h"
#include "core/session/EventJson.h"
#include "core/sync/LoopbackChannel.h"
#include "core/sync/SyncEngine.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/SeededRandom.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using sync::Role;
using sync::SyncEngine;
namespace msg = protocol::msg;

QString str(const char* text) {
    return QString::fromLatin1(text);
}

// The far end of the host's channel, played by hand: what it sends is exactly what a hostile peer would.
class HostileGuest : public ::testing::Test {
protected:
    HostileGuest() {
        auto [a, b] = sync::LoopbackChannel::createPair();
        m_hostEnd = std::move(a);
        m_guestEnd = std::move(b);
        m_host = std::make_unique<SyncEngine>(Role::Host, session::FlowLibrary::builtin().value(), m_clock, m_random);
        QObject::connect(m_guestEnd.get(), &sync::Channel::received, m_guestEnd.get(),
                         [this](const QJsonObject& message) { m_heard.push_back(message); });
        m_host->attach(m_hostEnd.get());
    }

    void sendResume(const QString& sessionId, qint64 lastSeq, const char* role = "guest") {
        m_guestEnd->send(protocol::makeMessage(
            msg::kSessionResume, {{str("sessionId"), sessionId}, {str("lastSeq"), lastSeq}, {str("role"), str(role)}}));
    }
    void sendAck(qint64 seq) { m_guestEnd->send(protocol::makeMessage(msg::kSessionAck, {{str("seq"), seq}})); }
    // Intent ids are 16 lowercase hex digits (PROTOCOL.md §8.2); `id` is a short hex tail.
    void sendIntent(const char* id, QJsonObject intent) {
        intent.insert(str("by"), str("B"));
        const QString hex = str(id).rightJustified(16, QLatin1Char('0'));
        m_guestEnd->send(protocol::makeMessage(msg::kSessionIntent, {{str("id"), hex}, {str("intent"), intent}}));
    }
    int heardOfType(QLatin1String type) const {
        return static_cast<int>(std::count_if(m_heard.begin(), m_heard.end(), [&](const QJsonObject& message) {
            return message.value(str("type")).toString() == type;
        }));
    }
    QString lastRejection() const {
        for (auto it = m_heard.rbegin(); it != m_heard.rend(); ++it) {
            if (it->value(str("type")).toString() == msg::kSessionReject) {
                return it->value(str("code")).toString();
            }
        }
        return {};
    }
    // Lets queued deliveries run (LoopbackChannel delivers like a socket: from the event loop).
    void settle() {
        for (int i = 0; i < 20; ++i) {
            QCoreApplication::processEvents();
        }
    }
    void startSession() {
        ASSERT_TRUE(m_host->startSession(str("conversation"), str("Alex"), str("Sam")).ok());
        settle();
        sendResume(m_host->sessionId(), static_cast<qint64>(m_host->session().lastSeq()));
        settle();
    }
    // Host actions that grow its log: signals, spaced beyond the rate limit on the fake clock.
    void growLog(int events) {
        const QStringList ids{str("still-here"), str("thank-you"), str("care")};
        for (int i = 0; i < events; ++i) {
            m_clock.advanceMs(6000);
            ASSERT_TRUE(m_host->submit(session::SignalSent{ids[i % 3]}).ok()) << i;
            sendAck(static_cast<qint64>(m_host->session().lastSeq()));
            settle();
        }
    }

    FakeClock m_clock;
    SeededRandom m_random{3};
    std::unique_ptr<sync::LoopbackChannel> m_hostEnd;
    std::unique_ptr<sync::LoopbackChannel> m_guestEnd;
    std::unique_ptr<SyncEngine> m_host;
    std::vector<QJsonObject> m_heard;
};

TEST_F(HostileGuest, cannot_put_events_in_the_hosts_log_by_claiming_a_longer_one) {
    startSession();
    const auto before = m_host->session().log().size();
    const quint64 next = m_host->session().lastSeq() + 1;
    sendResume(m_host->sessionId(), 9007199254740991); // 2^53 - 1
    settle();
    QJsonObject forged = session::toJson(
        session::Event{next, session::Partner::A, m_clock.nowMs(),
                       session::FlowAction{str("set-topic"), {{str("topic"), str("FORGED-BY-GUEST")}}}});
    m_guestEnd->send(protocol::makeMessage(msg::kSessionEvent, {{str("event"), forged}}));
    settle();
    EXPECT_EQ(m_host->session().log().size(), before) << "the host took an event it did not order";
    EXPECT_TRUE(m_host->inStep()) << "the host waits for a guest that claimed more than it has";
    // And the host still orders the guest's real intents.
    sendIntent("a1", {{str("type"), str("signal")}, {str("signal"), str("care")}});
    settle();
    EXPECT_EQ(m_host->session().log().size(), before + 1);
}

TEST_F(HostileGuest, repeating_session_resume_from_zero_gets_the_log_once_and_in_bounded_batches) {
    startSession();
    growLog(700);
    const qint64 lastSeq = static_cast<qint64>(m_host->session().lastSeq());
    m_heard.clear();
    // A guest that never acknowledges and asks for everything, a hundred times.
    for (int i = 0; i < 100; ++i) {
        sendResume(m_host->sessionId(), 0);
    }
    settle();
    const int sent = heardOfType(msg::kSessionEvent);
    EXPECT_LE(sent, static_cast<int>(SyncEngine::kSendWindow)) << "events beyond the acknowledged window went out";
    EXPECT_LT(sent, lastSeq);
    EXPECT_GT(sent, 0) << "the first request is answered";
    // Acknowledging what arrived brings the rest, each event once.
    for (int round = 0; round < 10; ++round) {
        sendAck(lastSeq); // claims to have everything: cannot make the host send more than it has
        settle();
    }
    EXPECT_LE(heardOfType(msg::kSessionEvent), lastSeq) << "an event was sent twice";
}

TEST_F(HostileGuest, an_honest_guest_that_acknowledges_receives_the_whole_log) {
    startSession();
    growLog(700);
    m_heard.clear();
    sendResume(m_host->sessionId(), 0);
    settle();
    qint64 got = 0;
    for (int round = 0; round < 10 && got < static_cast<qint64>(m_host->session().lastSeq()); ++round) {
        for (const auto& message : m_heard) {
            if (message.value(str("type")).toString() == msg::kSessionEvent) {
                got = std::max(got, message.value(str("event")).toObject().value(str("seq")).toInteger());
            }
        }
        sendAck(got);
        settle();
    }
    EXPECT_EQ(got, static_cast<qint64>(m_host->session().lastSeq()));
}

TEST_F(HostileGuest, cannot_send_non_reassuring_signals_during_the_hosts_break) {
    startSession();
    ASSERT_TRUE(m_host->submit(session::PauseRequested{session::PauseKind::Break, 600}).ok());
    settle();
    const auto signals = m_host->session().state().signals.size();
    sendIntent("b1", {{str("type"), str("signal")}, {str("signal"), str("feeling-blamed")}});
    settle();
    EXPECT_EQ(lastRejection(), str("signal-waits"));
    sendIntent("b2", {{str("type"), str("signal")}, {str("signal"), str("still-here")}});
    settle();
    EXPECT_EQ(m_host->session().state().signals.size(), signals + 1) << "reassurance reaches the one who paused";
}

TEST_F(HostileGuest, the_signal_rate_limit_holds_at_the_host) {
    startSession();
    sendIntent("c1", {{str("type"), str("signal")}, {str("signal"), str("slow-down")}});
    sendIntent("c2", {{str("type"), str("signal")}, {str("signal"), str("slow-down")}});
    settle();
    EXPECT_EQ(lastRejection(), str("signal-too-soon"));
    sendIntent("c3", {{str("type"), str("signal")}, {str("signal"), str("care")}});
    sendIntent("c4", {{str("type"), str("signal")}, {str("signal"), str("my-part")}});
    sendIntent("c5", {{str("type"), str("signal")}, {str("signal"), str("start-over")}});
    settle();
    EXPECT_EQ(m_host->session().state().signals.size(), 3U) << "at most three signals in ten seconds";
    m_clock.advanceMs(10'000);
    sendIntent("c6", {{str("type"), str("signal")}, {str("signal"), str("slow-down")}});
    settle();
    EXPECT_EQ(m_host->session().state().signals.size(), 4U) << "the limit lets go after its window";
}

TEST_F(HostileGuest, a_system_event_asked_for_as_an_intent_is_not_allowed) {
    startSession();
    sendIntent("d1", {{str("type"), str("pause-warning")}});
    settle();
    EXPECT_EQ(lastRejection(), str("not-allowed"));
}

} // namespace
} // namespace twofold::test
