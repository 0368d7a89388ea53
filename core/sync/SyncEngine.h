#pragma once

#include "core/Result.h"
#include "core/session/Clock.h"
#include "core/session/PauseClock.h"
#include "core/session/Random.h"
#include "core/session/Rejections.h"
#include "core/session/Session.h"
#include "core/sync/Channel.h"
#include "core/sync/IntentLedger.h"
#include "core/sync/LinkPhase.h"
#include "core/sync/SyncMessage.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace twofold::sync {

// Keeps one shared session in step with the partner (DESIGN §7 "Sync", docs/PROTOCOL.md §8).
//
// The host (partner A, the inviter) orders events: its own intents and the guest's are checked by
// the same reducer and appended; every event goes to the guest. The guest sends intents and applies
// the host's events. On every (re)connection each side says which session and last sequence it has;
// the side with more replays the rest, duplicates are dropped, and a restarted side with an empty
// log takes the partner's session (and the other role). Intents typed while the link is down are
// kept and sent once it is back, so nothing typed is lost and each is applied exactly once.
//
// Time: events are stamped on the host's time line (Clock::nowMs(), monotonic). The guest learns the
// offset between the two computers' time lines from the heartbeat (Channel::clockOffsetChanged) and
// shows every countdown on the host's schedule: hostNowMs(), pauseRemainingMs().
class SyncEngine : public QObject {
    Q_OBJECT
public:
    // Sending the log (docs/PROTOCOL.md §8.4 "Sending the log is bounded"): events go out in order, at most
    // kSendWindow beyond what the partner acknowledged and never while more than kMaxBacklogBytes wait in the
    // transport, so a partner that does not read costs a bounded amount of memory.
    static constexpr quint64 kSendWindow = 512;
    // Well under a connection's write limit (1 MiB, PROTOCOL.md §5.7) even with one 64 KiB frame on top.
    static constexpr qint64 kMaxBacklogBytes = 256 * 1024;

    SyncEngine(Role role, session::FlowLibrary flows, session::Clock& clock, session::Random& random,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    // The partner link; replaces any previous one. The engine does not own the channel.
    void attach(Channel* channel);
    void detach();
    bool linked() const;
    LinkPhase linkPhase() const { return m_phase; }

    Role role() const { return m_role; }
    session::Partner me() const { return m_role == Role::Host ? session::Partner::A : session::Partner::B; }
    const session::Session& session() const { return m_session; }
    const QString& sessionId() const { return m_sessionId; }

    // Host: starts a fresh session (after the previous one ended, or the first one).
    Status startSession(const QString& flowId, const QString& hostName, const QString& guestName);

    // Asks for something as this partner. The host applies it at once (or refuses it); the guest sends
    // it and hears back through eventApplied / intentApplied or rejected / intentRefused. While not in
    // step (link down, or catching up) a guest's intents wait, in order. A refusal that is clear already
    // here (e.g. not your turn, while nothing else waits) is returned (and emitted) synchronously.
    // request() returns the guest intent's id (0 on the host, which answers at once).
    Result<IntentId> request(const session::Payload& payload);
    Status submit(const session::Payload& payload);

    // True once this side has heard from the partner and has every event the partner had then: its state
    // is the shared one (it stays so while the link is down; a new or adopted session starts over). A
    // restarted side is not in step until the partner's replay is in.
    bool inStep() const { return m_shared; }

    // Intents sent but not yet answered by the host (guest only).
    int pendingIntents() const { return static_cast<int>(m_ledger.pending().size()); }
    // The guest intent that produced the event at `seq`, where this side knows it.
    std::optional<IntentId> intentOf(quint64 seq) const { return m_ledger.intentOf(seq); }

    // The highest sequence the partner has confirmed having (by session-ack, or in its session-resume).
    quint64 partnerAckedSeq() const {
        return std::max(m_partnerAcked, std::min(m_partnerAnnounced, m_session.lastSeq()));
    }

    // Now on the host's time line (ms since the epoch, the scale of every event's `at`): the host's own
    // clock, or on the guest its clock plus the offset learnt from the heartbeat (the last one known,
    // also while the link is down; 0 until the first heartbeat).
    qint64 hostNowMs() const;
    // What the partner's time line minus ours is, as last estimated; 0 on the host or when unknown.
    qint64 partnerClockOffsetMs() const { return m_partnerOffsetMs; }
    // The running pause's time left on the host's schedule, in ms (0 when none runs or it is due); the
    // same number on both computers, whatever their clocks say.
    qint64 pauseRemainingMs() const;
    // When the running pause ends on this computer's wall clock (ms since the epoch), for "Back at
    // 14:32" in the user's locale; 0 when no pause runs.
    qint64 pauseEndsAtWallMs() const;
    // How this side shows times of a refusal: host time line -> this computer's wall clock.
    session::rejection::RenderContext renderContext() const;

Q_SIGNALS:
    // An event became part of the shared log here, live: screens react (a card, a chime, the next step).
    void eventApplied(const twofold::session::Event& event);
    // An event applied while this side catches up after a restart (!inStep()): it happened before this side
    // was back, so it is no news (no card, no chime). Screens refresh from session().state() on caughtUp().
    void eventReplayed(const twofold::session::Event& event);
    // A refusal, with its message rendered here (in this side's language and locale).
    void rejected(const twofold::Error& reason);
    // Guest: what became of an intent request() returned the id of.
    void intentApplied(quint64 id, quint64 seq);
    void intentRefused(quint64 id, const twofold::Error& reason);
    void sessionReset(); // a new or adopted session replaced the old one
    void caughtUp();     // inStep() became true
    void linkChanged(bool linked);
    void protocolError(const QString& code);

private:
    void onReceived(const QJsonObject& object);
    void onOpened();
    void onClosed();
    void onClockOffset(qint64 offsetMs);
    void send(const SyncMessage& message);
    void sendResume();
    void sendError(const QString& code);
    void handle(const ResumeMessage& message);
    void handle(const IntentMessage& message);
    void handle(const EventMessage& message);
    void handle(const RejectMessage& message);
    void handle(const AckMessage& message);
    void handle(const ErrorMessage& message);
    void refuseIntent(IntentId id, const Error& reason);
    void replayAfter(quint64 seq);
    void pump();
    bool plausibleAdoptedTime(const session::Event& event) const;
    void catchUp();
    void checkCaughtUp();
    void flushPending();
    void ackSoon();
    void tickPauseClock();
    void resetSession(const QString& sessionId);
    // live: false for the partner's events while this side catches up after a restart (eventReplayed).
    void applied(const session::Event& event, bool live = true);

    Role m_role;
    session::FlowLibrary m_flows;
    session::Clock& m_clock;
    session::Random& m_random;
    session::Session m_session;
    QString m_sessionId;
    QPointer<Channel> m_channel;
    QMetaObject::Connection m_receivedConnection;
    QMetaObject::Connection m_openedConnection;
    QMetaObject::Connection m_closedConnection;
    QMetaObject::Connection m_offsetConnection;
    QMetaObject::Connection m_drainedConnection;

    LinkPhase m_phase = LinkPhase::Down;
    bool m_shared = false; // see inStep(): not link state, but what this side knows of its session
    IntentLedger m_ledger;
    quint64 m_partnerAcked = 0;
    quint64 m_partnerAnnounced = 0; // the last sequence the partner said it has (session-resume)
    QString m_partnerSessionId;     // the session the partner last said it has; acks count only for ours
    // The lastSeq at which a gap already asked the partner for a replay on this link: asked once, so an event
    // that cannot be applied here (a partner with other flow files) never starts an endless replay loop.
    std::optional<quint64> m_gapResumeAt;
    // See kSendWindow: m_sentUpTo is the highest seq sent on this link; a replay request moves it back, and is
    // answered at most once per link-up for each starting point (only a later one, as a gap asks, again).
    quint64 m_sentUpTo = 0;
    std::optional<quint64> m_replayAnsweredFrom;
    // Host only: this side restarted with an empty log and takes the guest's log (PROTOCOL.md §8.4). The only
    // time a host appends events it did not order itself; each is checked by the reducer all the same.
    bool m_adopting = false;
    static constexpr qint64 kAdoptedLeadMs = 60 * 60 * 1000; // how far ahead of our time line an adopted event may be
    qint64 m_partnerOffsetMs = 0;
    QTimer m_ackTimer; // one cumulative ack per burst of events
    session::PauseClock m_pauseClock;
};

} // namespace twofold::sync
