// A host whose events the guest cannot take (docs/PROTOCOL.md §8.7, `event-refused`) and a peer that
// claims the role it already has (`role-conflict`): each is answered with its error, nothing wrong is
// applied, and a gap in the events asks for one replay per link, not one per event.
#include "core/protocol/MessageSchema.h"
#include "core/protocol/MessageTypes.h"
#include "core/session/EventJson.h"
#include "core/sync/LoopbackChannel.h"
#include "core/sync/SyncEngine.h"
#include "tests/fakes/FakeClock.h"
#include "tests/fakes/SeededRandom.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using sync::Role;
using sync::SyncEngine;
namespace msg = protocol::msg;

QString str(const char* text) {
    return QString::fromLatin1(text);
}

// Lets queued deliveries run (LoopbackChannel delivers like a socket: from the event loop).
void settle() {
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
    }
}

// One end of a channel played by hand: it records what it hears and sends what the test says.
struct HandPlayed {
    explicit HandPlayed(std::unique_ptr<sync::LoopbackChannel> channelEnd) : end(std::move(channelEnd)) {
        QObject::connect(end.get(), &sync::Channel::received, end.get(),
                         [this](const QJsonObject& message) { heard.push_back(message); });
    }
    std::vector<QJsonObject> ofType(QLatin1String type) const {
        std::vector<QJsonObject> found;
        std::copy_if(heard.begin(), heard.end(), std::back_inserter(found),
                     [&](const QJsonObject& message) { return message.value(str("type")).toString() == type; });
        return found;
    }
    int errors(const char* code) const {
        const auto all = ofType(msg::kError);
        return static_cast<int>(std::count_if(all.begin(), all.end(), [&](const QJsonObject& message) {
            return message.value(str("code")).toString() == str(code);
        }));
    }
    void send(const QJsonObject& message) { end->send(message); }

    std::unique_ptr<sync::LoopbackChannel> end;
    std::vector<QJsonObject> heard;
};

// A real guest engine, with its host played by hand from the events a real host made.
class HostileHost : public ::testing::Test {
protected:
    HostileHost() {
        recordRealHostEvents();
        auto [guestEnd, hostEnd] = sync::LoopbackChannel::createPair();
        m_guestEnd = std::move(guestEnd);
        m_host = std::make_unique<HandPlayed>(std::move(hostEnd));
        m_guest = std::make_unique<SyncEngine>(Role::Guest, m_flows, m_clock, m_random);
        m_guest->attach(m_guestEnd.get());
        settle();
    }

    // A real host starts a conversation and checks in; its events, as it sent them, are the script.
    void recordRealHostEvents() {
        auto [hostEnd, tapEnd] = sync::LoopbackChannel::createPair();
        HandPlayed tap(std::move(tapEnd));
        SyncEngine realHost(Role::Host, m_flows, m_clock, m_random);
        realHost.attach(hostEnd.get());
        ASSERT_TRUE(realHost.startSession(str("conversation"), str("Alex"), str("Sam")).ok());
        ASSERT_TRUE(realHost.submit(session::FlowAction{str("set-topic"), {{str("first"), str("me")}}}).ok());
        ASSERT_TRUE(realHost.submit(session::FlowAction{str("ready"), {}}).ok());
        settle();
        tap.send(protocol::makeMessage(
            msg::kSessionResume,
            {{str("sessionId"), realHost.sessionId()}, {str("lastSeq"), 0}, {str("role"), str("guest")}}));
        settle();
        m_sessionId = realHost.sessionId();
        for (const auto& message : tap.ofType(msg::kSessionEvent)) { // each seq once (new, then replayed)
            const auto seq =
                static_cast<std::size_t>(message.value(str("event")).toObject().value(str("seq")).toInteger());
            if (seq == m_events.size() + 1) {
                m_events.push_back(message);
            }
        }
        ASSERT_EQ(m_events.size(), realHost.session().lastSeq());
        ASSERT_GE(m_events.size(), 3U);
    }

    QJsonObject hostResume(qint64 lastSeq) const {
        return protocol::makeMessage(
            msg::kSessionResume,
            {{str("sessionId"), m_sessionId}, {str("lastSeq"), lastSeq}, {str("role"), str("host")}});
    }
    // Event `seq` (1-based) of the script, with its flow action renamed to one no flow has.
    QJsonObject refusable(std::size_t seq) const {
        auto message = m_events.at(seq - 1);
        auto event = message.value(str("event")).toObject();
        event.insert(str("action"), str("no-such-action"));
        message.insert(str("event"), event);
        return message;
    }
    int replaysAsked() const { return static_cast<int>(m_host->ofType(msg::kSessionResume).size()); }

    session::FlowLibrary m_flows = session::FlowLibrary::builtin().value();
    FakeClock m_clock;
    SeededRandom m_random{7};
    QString m_sessionId;
    std::vector<QJsonObject> m_events;
    std::unique_ptr<sync::LoopbackChannel> m_guestEnd;
    std::unique_ptr<HandPlayed> m_host;
    std::unique_ptr<SyncEngine> m_guest;
};

TEST_F(HostileHost, the_script_of_real_events_is_taken_whole_by_an_honest_guest) {
    // The positive control: unchanged, the same events are applied in order.
    m_host->send(hostResume(static_cast<qint64>(m_events.size())));
    for (const auto& event : m_events) {
        m_host->send(event);
    }
    settle();
    EXPECT_EQ(m_guest->session().lastSeq(), m_events.size());
    EXPECT_EQ(m_host->errors("event-refused"), 0);
}

TEST_F(HostileHost, an_event_the_guest_refuses_is_not_applied_and_the_gap_asks_for_one_replay_per_link) {
    m_host->send(hostResume(static_cast<qint64>(m_events.size())));
    m_host->send(m_events.at(0));
    settle();
    ASSERT_EQ(m_guest->session().lastSeq(), 1U);
    const int resumesBefore = replaysAsked(); // the guest's own at link-up

    m_host->send(refusable(2)); // e.g. the partners run different flow files
    settle();
    EXPECT_EQ(m_host->errors("event-refused"), 1);
    EXPECT_EQ(m_guest->session().lastSeq(), 1U) << "a refused event was applied";

    m_host->send(m_events.at(2)); // seq 3 leaves a gap at 2: one replay is asked for
    settle();
    EXPECT_EQ(replaysAsked(), resumesBefore + 1);
    m_host->send(m_events.at(2)); // the same gap again on this link: no second request
    m_host->send(refusable(2));   // the replay, refused again
    m_host->send(m_events.at(2));
    settle();
    EXPECT_EQ(replaysAsked(), resumesBefore + 1) << "a refused replay made the guest ask again and again";
    EXPECT_EQ(m_host->errors("event-refused"), 2);
    EXPECT_EQ(m_guest->session().lastSeq(), 1U);

    // A new link: the guest says where it is, and a gap may ask for a replay once more.
    m_guestEnd->cut();
    m_guestEnd->restore();
    settle();
    const int atLinkUp = replaysAsked();
    EXPECT_EQ(atLinkUp, resumesBefore + 2) << "the guest did not resume on the new link";
    m_host->send(hostResume(static_cast<qint64>(m_events.size())));
    m_host->send(m_events.at(2));
    settle();
    EXPECT_EQ(replaysAsked(), atLinkUp + 1) << "the gap on a new link asked for no replay";

    // And an honest replay now mends it.
    for (std::size_t i = 1; i < m_events.size(); ++i) {
        m_host->send(m_events.at(i));
    }
    settle();
    EXPECT_EQ(m_guest->session().lastSeq(), m_events.size());
}

TEST_F(HostileHost, a_peer_claiming_the_role_it_has_with_a_log_of_its_own_is_told_role_conflict) {
    m_host->send(hostResume(static_cast<qint64>(m_events.size())));
    for (const auto& event : m_events) {
        m_host->send(event);
    }
    settle();
    ASSERT_EQ(m_guest->session().lastSeq(), m_events.size());
    const auto log = m_guest->session().log();
    // Another guest with a log of its own (say, restored from a backup on both computers).
    m_host->send(protocol::makeMessage(
        msg::kSessionResume, {{str("sessionId"), m_sessionId}, {str("lastSeq"), 2}, {str("role"), str("guest")}}));
    settle();
    EXPECT_EQ(m_host->errors("role-conflict"), 1);
    EXPECT_EQ(m_guest->role(), Role::Guest);
    EXPECT_EQ(m_guest->session().log(), log) << "the conflict changed the guest's log";
}

} // namespace
} // namespace twofold::test
