#pragma once

#include "core/Result.h"
#include "core/session/Clock.h"
#include "core/session/Random.h"
#include "core/session/Session.h"
#include "core/sync/Channel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <map>

namespace twofold::sync {

enum class Role { Host, Guest };

// Keeps one shared session in step with the partner (DESIGN §7 "Sync").
//
// The host (partner A, the inviter) orders events: its own intents and the guest's are checked by
// the same reducer and appended; every event goes to the guest. The guest sends intents and applies
// the host's events. On every (re)connection each side says which session and last sequence it has;
// the side with more replays the rest, duplicates are dropped, and a restarted side with an empty
// log takes the partner's session (and the other role). Intents typed while the link is down are
// kept and sent once it is back, so nothing typed is lost.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(Role role, session::FlowLibrary flows, session::Clock& clock, session::Random& random,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    // The partner link; replaces any previous one. The engine does not own the channel.
    void attach(Channel* channel);
    void detach();
    bool linked() const;

    Role role() const { return m_role; }
    session::Partner me() const { return m_role == Role::Host ? session::Partner::A : session::Partner::B; }
    const session::Session& session() const { return m_session; }
    const QString& sessionId() const { return m_sessionId; }

    // Host: starts a fresh session (after the previous one ended, or the first one).
    Status startSession(const QString& flowId, const QString& hostName, const QString& guestName);

    // Asks for something as this partner. The host applies it at once (or refuses it); the guest sends
    // it and hears back through eventApplied / rejected. While unlinked a guest's intents wait.
    // A refusal that is clear already here (e.g. not your turn) is reported synchronously too.
    Status submit(const session::Payload& payload);

    // True once this side has heard from the partner and has every event the partner had then: its
    // state is the shared one. A restarted side is not in step until the partner's replay is in.
    bool inStep() const { return m_inStep; }

    // Intents sent but not yet applied by the host (guest only).
    int pendingIntents() const { return static_cast<int>(m_pending.size()); }

    // The highest sequence the partner has confirmed having.
    quint64 partnerAckedSeq() const { return m_partnerAcked; }

Q_SIGNALS:
    void eventApplied(const twofold::session::Event& event);
    void rejected(const twofold::Error& reason);
    void sessionReset(); // a new or adopted session replaced the old one
    void caughtUp();     // inStep() became true
    void linkChanged(bool linked);
    void protocolError(const QString& code);

private:
    void onReceived(const QJsonObject& message);
    void onOpened();
    void onClosed();
    void sendResume();
    void handleResume(const QJsonObject& message);
    void handleIntent(const QJsonObject& message);
    void handleEvent(const QJsonObject& message);
    void handleReject(const QJsonObject& message);
    void sendEvent(const session::Event& event, qint64 intentId);
    void replayAfter(quint64 seq);
    void flushPending();
    void flushPendingWhenCaughtUp();
    void sendReject(qint64 id, const Error& reason);
    void ackSoon();
    void tickPauseClock();
    void reply(const QString& code, const QString& message);
    void resetSession(const QString& sessionId);
    void applied(const session::Event& event);
    void updatePauseClock();

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

    // guest: intents not yet answered, by id, in order
    std::map<qint64, session::Payload> m_pending;
    qint64 m_nextIntentId = 1;
    // host: which guest intent produced which event (to tell the guest on replay)
    std::map<quint64, qint64> m_intentBySeq;
    std::map<qint64, std::optional<Error>> m_handledIntents; // answered guest intents (bounded)
    bool m_flushWaiting = false;
    bool m_inStep = false;

    quint64 m_partnerAcked = 0;
    quint64 m_partnerAnnounced = 0; // the last sequence the partner said it has (session-resume)
    bool m_ackScheduled = false;
    QTimer m_pauseTimer;
};

} // namespace twofold::sync
