#include "core/sync/SyncEngine.h"

#include "core/log/Log.h"
#include "core/session/PauseRules.h"
#include "core/sync/SyncCodec.h"

#include <QUuid>

namespace twofold::sync {
namespace {

std::string roleText(Role role) {
    return codec::roleName(role).toStdString();
}

} // namespace

SyncEngine::SyncEngine(Role role, session::FlowLibrary flows, session::Clock& clock, session::Random& random,
                       QObject* parent)
    : QObject(parent), m_role(role), m_flows(flows), m_clock(clock), m_random(random), m_session(std::move(flows)),
      m_ledger(random), m_pauseClock(clock) {
    m_ackTimer.setSingleShot(true);
    m_ackTimer.setInterval(0);
    connect(&m_ackTimer, &QTimer::timeout, this, [this] { send(AckMessage{m_session.lastSeq()}); });
    connect(&m_pauseClock, &session::PauseClock::due, this, &SyncEngine::tickPauseClock);
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
    m_offsetConnection = connect(channel, &Channel::clockOffsetChanged, this, &SyncEngine::onClockOffset);
    m_drainedConnection = connect(channel, &Channel::backlogDrained, this, &SyncEngine::pump);
    if (const auto offset = channel->clockOffsetMs()) {
        onClockOffset(*offset);
    }
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
    disconnect(m_offsetConnection);
    disconnect(m_drainedConnection);
    const bool wasOpen = m_channel->isOpen();
    m_channel = nullptr;
    if (wasOpen) {
        onClosed();
    }
}

bool SyncEngine::linked() const {
    return m_channel && m_channel->isOpen();
}

Status SyncEngine::startSession(const QString& flowId, const QString& hostName, const QString& guestName) {
    if (m_role != Role::Host) {
        return Error{QStringLiteral("not-host"), tr("Only the partner who invited can start a session.")};
    }
    if (m_session.state().started && !m_session.state().ended) {
        return Error{QStringLiteral("session-running"), tr("A session is already running.")};
    }
    const session::Intent intent{me(), session::SessionStarted{flowId, hostName, guestName}};
    if (auto reason = session::Session(m_flows).check(intent)) {
        return session::rejection::localized(*reason, renderContext());
    }
    const bool shared = m_shared;
    resetSession(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_shared = shared; // the host's own new session is the shared one
    sendResume();      // tells the guest to take it
    return submit(intent.payload);
}

Status SyncEngine::submit(const session::Payload& payload) {
    auto id = request(payload);
    if (!id) {
        return id.error();
    }
    return Ok{};
}

Result<IntentId> SyncEngine::request(const session::Payload& payload) {
    const session::Intent intent{me(), payload};
    if (m_role == Role::Host) {
        auto event = m_session.propose(intent, m_clock.nowMs(), m_random);
        if (!event) {
            const auto reason = session::rejection::localized(event.error(), renderContext());
            Q_EMIT rejected(reason);
            return reason;
        }
        applied(*event);
        pump();
        return IntentId{0};
    }
    // Guest: refuse early what is clearly refused, while the state is known to be the shared one and
    // nothing else waits; the host decides the rest.
    if (m_ledger.pending().empty() && m_shared) {
        if (auto reason = m_session.check(intent)) {
            const auto localized = session::rejection::localized(*reason, renderContext());
            Q_EMIT rejected(localized);
            return localized;
        }
    }
    const auto id = m_ledger.add(payload);
    if (m_phase == LinkPhase::InStep) {
        send(IntentMessage{id, intent});
    }
    log::get(log::Module::Sync)
        ->debug("intent queued type={} phase={}", session::typeName(payload).toStdString(), toString(m_phase));
    return id;
}

void SyncEngine::onOpened() {
    log::get(log::Module::Sync)->info("link up role={} lastSeq={}", roleText(m_role), m_session.lastSeq());
    m_phase = LinkPhase::Resuming;
    m_gapResumeAt.reset(); // a new link: a gap may ask for a replay again
    // Nothing of the log goes out until the partner says what it has (its session-resume); what is new from
    // now on does.
    m_sentUpTo = m_session.lastSeq();
    m_replayAnsweredFrom.reset();
    Q_EMIT linkChanged(true);
    sendResume();
}

void SyncEngine::onClosed() {
    m_phase = LinkPhase::Down;
    log::get(log::Module::Sync)->info("link down pending={}", m_ledger.pending().size());
    Q_EMIT linkChanged(false);
}

void SyncEngine::onClockOffset(qint64 offsetMs) {
    m_partnerOffsetMs = offsetMs;
}

qint64 SyncEngine::hostNowMs() const {
    return m_role == Role::Host ? m_clock.nowMs() : m_clock.nowMs() + m_partnerOffsetMs;
}

qint64 SyncEngine::pauseRemainingMs() const {
    return session::remainingMs(m_session.state(), hostNowMs());
}

qint64 SyncEngine::pauseEndsAtWallMs() const {
    if (!m_session.state().pause) {
        return 0;
    }
    return m_session.state().pause->endsAt - hostNowMs() + m_clock.wallMs();
}

session::rejection::RenderContext SyncEngine::renderContext() const {
    session::rejection::RenderContext context;
    context.toWallMs = [this](qint64 hostMs) {
        return hostMs - hostNowMs() + m_clock.wallMs();
    };
    return context;
}

void SyncEngine::send(const SyncMessage& message) {
    if (linked()) {
        m_channel->send(codec::encode(message));
    }
}

void SyncEngine::sendResume() {
    send(ResumeMessage{m_sessionId, m_session.lastSeq(), m_role});
}

void SyncEngine::sendError(const QString& code) {
    log::get(log::Module::Sync)->warn("protocol error code={}", code.toStdString());
    Q_EMIT protocolError(code);
    if (linked()) {
        m_channel->send(codec::errorReply(code));
    }
}

void SyncEngine::replayAfter(quint64 seq) {
    if (m_replayAnsweredFrom && seq <= *m_replayAnsweredFrom) {
        // Asked again for what this link is sending already (or sent): a partner that repeats session-resume
        // cannot make this side send its whole log over and over (docs/PROTOCOL.md §8.5).
        log::get(log::Module::Sync)->info("replay from={} already answered on this link", seq + 1);
        return;
    }
    m_replayAnsweredFrom = seq;
    m_sentUpTo = std::min(seq, m_session.lastSeq());
    log::get(log::Module::Sync)->info("replaying events from={} count={}", seq + 1, m_session.lastSeq() - m_sentUpTo);
    pump();
}

void SyncEngine::pump() {
    if (!linked()) {
        return;
    }
    const quint64 limit = std::min(m_session.lastSeq(), partnerAckedSeq() + kSendWindow);
    const auto& log = m_session.log();
    // And never more than kMaxBacklogBytes waiting in the transport: the rest follows on backlogDrained().
    while (m_sentUpTo < limit && m_channel->backlogBytes() <= kMaxBacklogBytes) {
        const auto& event = log[static_cast<std::size_t>(m_sentUpTo)]; // seq n is log[n - 1]
        send(EventMessage{event, m_ledger.intentOf(event.seq)});
        ++m_sentUpTo;
    }
}

void SyncEngine::catchUp() {
    m_phase = LinkPhase::CatchingUp;
    checkCaughtUp();
}

void SyncEngine::checkCaughtUp() {
    if (m_phase != LinkPhase::CatchingUp || m_session.lastSeq() < m_partnerAnnounced) {
        return;
    }
    m_phase = LinkPhase::InStep;
    m_adopting = false; // the guest's log is in: from now on this host orders every event itself
    flushPending();
    if (!m_shared) {
        m_shared = true;
        log::get(log::Module::Sync)->info("in step with the partner lastSeq={}", m_session.lastSeq());
        Q_EMIT caughtUp();
    }
}

void SyncEngine::flushPending() {
    // Replayed events have settled the intents the host applied already: each is applied exactly once.
    for (const auto& pending : m_ledger.pending()) {
        send(IntentMessage{pending.id, session::Intent{me(), pending.payload}});
    }
}

void SyncEngine::ackSoon() {
    if (!m_ackTimer.isActive()) {
        m_ackTimer.start();
    }
}

void SyncEngine::tickPauseClock() {
    if (m_role != Role::Host) {
        return;
    }
    for (const auto& event : m_session.tick(m_clock.nowMs())) {
        applied(event);
    }
    pump();
    m_pauseClock.follow(m_session.state());
}

void SyncEngine::resetSession(const QString& sessionId) {
    for (const auto& pending : m_ledger.pending()) {
        // Typed for a session that is over: say so instead of sending it into the new one.
        const auto reason = session::rejection::localized(session::rejection::sessionEnded(), renderContext());
        Q_EMIT intentRefused(pending.id, reason);
        Q_EMIT rejected(reason);
    }
    m_session = session::Session(m_flows);
    m_shared = m_shared && sessionId == m_sessionId;
    m_sessionId = sessionId;
    m_ledger.clear();
    m_partnerAcked = 0;
    m_partnerAnnounced = 0;
    m_gapResumeAt.reset();
    m_sentUpTo = 0;
    m_replayAnsweredFrom.reset();
    m_adopting = false;
    m_pauseClock.stop();
    Q_EMIT sessionReset();
}

void SyncEngine::applied(const session::Event& event, bool live) {
    if (m_role == Role::Host) {
        m_pauseClock.follow(m_session.state()); // only the host runs the pause clock
    }
    if (live) {
        Q_EMIT eventApplied(event);
    } else {
        Q_EMIT eventReplayed(event); // catching up after a restart: it happened before this side was back
    }
}

} // namespace twofold::sync
