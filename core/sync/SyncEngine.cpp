#include "core/sync/SyncEngine.h"

#include "core/log/Log.h"
#include "core/session/EventJson.h"

#include <QJsonValue>
#include <QUuid>

namespace twofold::sync {
namespace {

constexpr int kPauseClockIntervalMs = 250;
constexpr std::size_t kRememberedIntents = 1024;

QString roleName(Role role) {
    return role == Role::Host ? QStringLiteral("host") : QStringLiteral("guest");
}

QString str(const char* text) {
    return QString::fromLatin1(text);
}

} // namespace

SyncEngine::SyncEngine(Role role, session::FlowLibrary flows, session::Clock& clock, session::Random& random,
                       QObject* parent)
    : QObject(parent), m_role(role), m_flows(flows), m_clock(clock), m_random(random), m_session(std::move(flows)),
      m_nextIntentId(clock.nowMs() * 1000) {
    m_pauseTimer.setInterval(kPauseClockIntervalMs);
    connect(&m_pauseTimer, &QTimer::timeout, this, &SyncEngine::tickPauseClock);
}

SyncEngine::~SyncEngine() {
    detach();
}

void SyncEngine::attach(Channel* channel) {
    detach();
    m_channel = channel;
    if (!channel) {
        return;
    }
    m_receivedConnection = connect(channel, &Channel::received, this, &SyncEngine::onReceived);
    m_openedConnection = connect(channel, &Channel::opened, this, &SyncEngine::onOpened);
    m_closedConnection = connect(channel, &Channel::closed, this, &SyncEngine::onClosed);
    if (channel->isOpen()) {
        onOpened();
    }
}

void SyncEngine::detach() {
    if (!m_channel) {
        return;
    }
    disconnect(m_receivedConnection);
    disconnect(m_openedConnection);
    disconnect(m_closedConnection);
    const bool wasOpen = m_channel->isOpen();
    m_channel = nullptr;
    if (wasOpen) {
        Q_EMIT linkChanged(false);
    }
}

bool SyncEngine::linked() const {
    return m_channel && m_channel->isOpen();
}

Status SyncEngine::startSession(const QString& flowId, const QString& hostName, const QString& guestName) {
    if (m_role != Role::Host) {
        return Error{str("not-host"), tr("Only the partner who invited can start a session.")};
    }
    if (m_session.state().started && !m_session.state().ended) {
        return Error{str("session-running"), tr("A session is already running.")};
    }
    const session::Intent intent{me(), session::SessionStarted{flowId, hostName, guestName}};
    session::Session fresh(m_flows);
    if (auto reason = fresh.check(intent)) {
        return *reason;
    }
    const bool wasInStep = m_inStep;
    resetSession(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_inStep = wasInStep; // the host's own new session is the shared one
    if (linked()) {
        sendResume(); // tells the guest to take the new session
    }
    return submit(intent.payload);
}

Status SyncEngine::submit(const session::Payload& payload) {
    const session::Intent intent{me(), payload};
    if (m_role == Role::Host) {
        auto event = m_session.propose(intent, m_clock.nowMs(), m_random);
        if (!event) {
            Q_EMIT rejected(event.error());
            return event.error();
        }
        applied(*event);
        sendEvent(*event, 0);
        return Ok{};
    }
    // Guest: refuse early what is clearly refused, once we know we have all the host has; the host
    // decides the rest.
    if (m_pending.empty() && m_inStep) {
        if (auto reason = m_session.check(intent)) {
            Q_EMIT rejected(*reason);
            return *reason;
        }
    }
    const auto id = m_nextIntentId++;
    m_pending.emplace(id, payload);
    if (linked()) {
        m_channel->send(
            {{str("type"), str("session-intent")}, {str("id"), id}, {str("intent"), session::toJson(intent)}});
    }
    log::get("sync")->debug("intent queued id={} type={} linked={}", id, session::typeName(payload).toStdString(),
                            linked());
    return Ok{};
}

void SyncEngine::onOpened() {
    log::get("sync")->info("link up role={} session={} lastSeq={}", roleName(m_role).toStdString(),
                           m_sessionId.toStdString(), m_session.lastSeq());
    Q_EMIT linkChanged(true);
    sendResume();
}

void SyncEngine::onClosed() {
    log::get("sync")->info("link down pending={}", m_pending.size());
    Q_EMIT linkChanged(false);
}

void SyncEngine::sendResume() {
    if (!linked()) {
        return;
    }
    m_channel->send({{str("type"), str("session-resume")},
                     {str("sessionId"), m_sessionId},
                     {str("lastSeq"), static_cast<qint64>(m_session.lastSeq())},
                     {str("role"), roleName(m_role)}});
}

void SyncEngine::onReceived(const QJsonObject& message) {
    const auto type = message.value(str("type")).toString();
    if (type == QLatin1String("session-resume")) {
        handleResume(message);
    } else if (type == QLatin1String("session-intent")) {
        handleIntent(message);
    } else if (type == QLatin1String("session-event")) {
        handleEvent(message);
    } else if (type == QLatin1String("session-reject")) {
        handleReject(message);
    } else if (type == QLatin1String("session-ack")) {
        const auto seq = message.value(str("seq")).toInteger(-1);
        if (seq < 0) {
            reply(str("bad-field"), str("session-ack needs a sequence number"));
            return;
        }
        m_partnerAcked = std::max(m_partnerAcked, static_cast<quint64>(seq));
    }
    // other message types belong to other layers (pairing, heartbeat) and are not ours
}

void SyncEngine::handleResume(const QJsonObject& message) {
    const auto theirId = message.value(str("sessionId")).toString();
    const auto theirLast = message.value(str("lastSeq")).toInteger(-1);
    const auto theirRole = message.value(str("role")).toString();
    if (theirLast < 0 || (theirRole != QLatin1String("host") && theirRole != QLatin1String("guest"))) {
        reply(str("bad-field"), str("session-resume needs sessionId, lastSeq >= 0 and role host|guest"));
        return;
    }
    m_partnerAnnounced = static_cast<quint64>(theirLast);
    const bool mineEmpty = m_session.lastSeq() == 0;
    const bool theirsEmpty = theirLast == 0;
    // A restarted side with an empty log takes the partner's session and the other role.
    if (mineEmpty && !theirsEmpty) {
        const auto adopted = theirRole == QLatin1String("host") ? Role::Guest : Role::Host;
        if (adopted != m_role || theirId != m_sessionId) {
            log::get("sync")->info("adopting partner's session as {}", roleName(adopted).toStdString());
            m_role = adopted;
            resetSession(theirId);
            sendResume();
        }
        m_flushWaiting = true; // in step once the partner's replay reaches theirLast
        return;
    }
    if (theirRole == roleName(m_role) && !mineEmpty && !theirsEmpty) {
        reply(str("role-conflict"), str("both sides claim the same role"));
        return;
    }
    if (theirId != m_sessionId && !theirId.isEmpty()) {
        if (m_role == Role::Guest) {
            // The host started a new session: take it.
            resetSession(theirId);
            sendResume();
            m_flushWaiting = true;
            flushPendingWhenCaughtUp();
            return;
        }
        replayAfter(0); // the guest has an old session: it will reset when it sees ours
        return;
    }
    if (static_cast<quint64>(theirLast) < m_session.lastSeq()) {
        replayAfter(static_cast<quint64>(theirLast));
    }
    // Resend waiting intents once we have seen everything the host has: replayed events clear the
    // intents the host already applied, so each intent is applied exactly once.
    m_flushWaiting = true;
    flushPendingWhenCaughtUp();
}

void SyncEngine::flushPendingWhenCaughtUp() {
    if (m_flushWaiting && m_session.lastSeq() >= m_partnerAnnounced) {
        m_flushWaiting = false;
        flushPending();
        if (!m_inStep) {
            m_inStep = true;
            log::get("sync")->info("in step with the partner lastSeq={}", m_session.lastSeq());
            Q_EMIT caughtUp();
        }
    }
}

void SyncEngine::handleIntent(const QJsonObject& message) {
    const auto id = message.value(str("id")).toInteger(-1);
    if (m_role != Role::Host) {
        reply(str("not-host"), str("intents go to the host"));
        return;
    }
    auto intent = session::intentFromJson(message.value(str("intent")).toObject());
    if (id < 0 || !intent) {
        reply(str("malformed-intent"), intent ? str("an intent needs an id") : intent.error().message);
        return;
    }
    if (const auto seen = m_handledIntents.find(id); seen != m_handledIntents.end()) {
        if (seen->second) {
            sendReject(id, *seen->second); // the first answer was lost
        }
        return; // applied already; its event reaches the guest by replay
    }
    const auto remember = [this, id](std::optional<Error> answer) {
        m_handledIntents.emplace(id, std::move(answer));
        while (m_handledIntents.size() > kRememberedIntents) {
            m_handledIntents.erase(m_handledIntents.begin());
        }
    };
    if (intent->by != session::Partner::B) {
        const Error wrongPartner{str("wrong-partner"), tr("Intents can only be sent as yourself.")};
        remember(wrongPartner);
        sendReject(id, wrongPartner);
        return;
    }
    auto event = m_session.propose(*intent, m_clock.nowMs(), m_random);
    if (!event) {
        remember(event.error());
        sendReject(id, event.error());
        return;
    }
    remember(std::nullopt);
    m_intentBySeq[event->seq] = id;
    applied(*event);
    sendEvent(*event, id);
}

void SyncEngine::sendReject(qint64 id, const Error& reason) {
    m_channel->send({{str("type"), str("session-reject")},
                     {str("id"), id},
                     {str("code"), reason.code},
                     {str("message"), reason.message}});
}

void SyncEngine::handleEvent(const QJsonObject& message) {
    auto event = session::eventFromJson(message.value(str("event")).toObject());
    if (!event) {
        reply(event.error().code, event.error().message);
        return;
    }
    const auto intentId = message.value(str("intent")).toInteger(0);
    if (intentId > 0) {
        m_pending.erase(intentId);
    }
    if (event->seq <= m_session.lastSeq()) {
        return; // a duplicate from a replay
    }
    if (m_role == Role::Host && event->seq > m_partnerAnnounced) {
        // The host orders events; it only takes the guest's when the guest's log is longer (recovery).
        reply(str("not-host"), str("events come from the host"));
        return;
    }
    if (event->seq != m_session.lastSeq() + 1) {
        // a gap: ask for the rest
        log::get("sync")->warn("gap in events have={} got={}", m_session.lastSeq(), event->seq);
        sendResume();
        return;
    }
    if (auto status = m_session.append(*event); !status) {
        reply(status.error().code, str("event refused by the reducer"));
        return;
    }
    applied(*event);
    ackSoon();
    flushPendingWhenCaughtUp();
}

void SyncEngine::handleReject(const QJsonObject& message) {
    const auto id = message.value(str("id")).toInteger(-1);
    if (m_pending.erase(id) == 0) {
        return;
    }
    Q_EMIT rejected(Error{message.value(str("code")).toString(), message.value(str("message")).toString()});
}

void SyncEngine::sendEvent(const session::Event& event, qint64 intentId) {
    if (!linked()) {
        return; // replayed on reconnect
    }
    QJsonObject message{{str("type"), str("session-event")}, {str("event"), session::toJson(event)}};
    if (intentId > 0) {
        message.insert(str("intent"), intentId);
    }
    m_channel->send(message);
}

void SyncEngine::replayAfter(quint64 seq) {
    const auto events = m_session.eventsAfter(seq);
    log::get("sync")->info("replaying events from={} count={}", seq + 1, events.size());
    for (const auto& event : events) {
        const auto it = m_intentBySeq.find(event.seq);
        sendEvent(event, it == m_intentBySeq.end() ? 0 : it->second);
    }
}

void SyncEngine::flushPending() {
    if (!linked()) {
        return;
    }
    for (const auto& [id, payload] : m_pending) {
        m_channel->send({{str("type"), str("session-intent")},
                         {str("id"), id},
                         {str("intent"), session::toJson(session::Intent{me(), payload})}});
    }
}

void SyncEngine::ackSoon() {
    if (m_ackScheduled) {
        return;
    }
    m_ackScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_ackScheduled = false;
        if (linked()) {
            m_channel->send(
                {{str("type"), str("session-ack")}, {str("seq"), static_cast<qint64>(m_session.lastSeq())}});
        }
    });
}

void SyncEngine::tickPauseClock() {
    if (m_role != Role::Host || !m_session.state().paused()) {
        return;
    }
    for (const auto& event : m_session.tick(m_clock.nowMs())) {
        applied(event);
        sendEvent(event, 0);
    }
}

void SyncEngine::reply(const QString& code, const QString& message) {
    log::get("sync")->warn("protocol error code={}", code.toStdString());
    Q_EMIT protocolError(code);
    if (linked()) {
        m_channel->send(
            {{str("type"), str("error")}, {str("code"), code}, {str("message"), message}, {str("fatal"), false}});
    }
}

void SyncEngine::resetSession(const QString& sessionId) {
    m_inStep = m_inStep && sessionId == m_sessionId;
    m_session = session::Session(m_flows);
    m_sessionId = sessionId;
    m_intentBySeq.clear();
    m_partnerAcked = 0;
    updatePauseClock();
    Q_EMIT sessionReset();
}

void SyncEngine::applied(const session::Event& event) {
    updatePauseClock();
    Q_EMIT eventApplied(event);
}

void SyncEngine::updatePauseClock() {
    // The pause clock only runs on the host and only while a pause runs: an idle session wakes nobody.
    const bool needed = m_role == Role::Host && m_session.state().paused();
    if (needed && !m_pauseTimer.isActive()) {
        m_pauseTimer.start();
    } else if (!needed && m_pauseTimer.isActive()) {
        m_pauseTimer.stop();
    }
}

} // namespace twofold::sync
