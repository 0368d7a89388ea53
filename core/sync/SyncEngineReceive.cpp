// SyncEngine: what it does with each message from the partner (docs/PROTOCOL.md §8.3, §8.4).
#include "core/Limits.h"
#include "core/log/Log.h"
#include "core/protocol/ErrorCodes.h"
#include "core/sync/SyncCodec.h"
#include "core/sync/SyncEngine.h"
#include "core/text/UserText.h"

namespace twofold::sync {
namespace {

namespace errc = protocol::errc;

} // namespace

void SyncEngine::onReceived(const QJsonObject& object) {
    auto decoded = codec::decode(object);
    if (!decoded) {
        sendError(decoded.error().code);
        return;
    }
    if (!decoded.value()) {
        return; // another layer's message (pairing, heartbeat)
    }
    std::visit([this](const auto& message) { handle(message); }, *decoded.value());
}

void SyncEngine::handle(const ResumeMessage& message) {
    m_partnerSessionId = message.sessionId;
    const bool mineEmpty = m_session.lastSeq() == 0;
    const bool theirsEmpty = message.lastSeq == 0;
    // A restarted side with an empty log takes the partner's session and the other role.
    if (mineEmpty && !theirsEmpty) {
        const auto adopted = message.role == Role::Host ? Role::Guest : Role::Host;
        if (adopted != m_role || message.sessionId != m_sessionId) {
            log::get(log::Module::Sync)
                ->info("adopting the partner's session as {}", codec::roleName(adopted).toStdString());
            m_role = adopted;
            resetSession(message.sessionId);
            sendResume();
        }
        m_adopting = m_role == Role::Host; // the only case a host takes events it did not order
        m_partnerAnnounced = message.lastSeq;
        catchUp(); // in step once the partner's replay reaches its lastSeq
        return;
    }
    if (message.role == m_role && !mineEmpty && !theirsEmpty) {
        sendError(QString(errc::kRoleConflict));
        return;
    }
    if (message.sessionId != m_sessionId && !message.sessionId.isEmpty()) {
        if (m_role == Role::Guest) {
            resetSession(message.sessionId); // the host started a new session: take it
            sendResume();
            m_partnerAnnounced = message.lastSeq;
            catchUp();
            return;
        }
        // The guest has an old session: it takes ours when it reads our resume. Nothing to wait for here.
        m_partnerAnnounced = 0;
        replayAfter(0);
        catchUp();
        return;
    }
    if (m_role == Role::Host && !m_adopting && message.lastSeq > m_session.lastSeq()) {
        // The host's log belongs to the host (docs/PROTOCOL.md §8.4): a guest that claims more than the host
        // ordered is not waited for, and nothing it sends is taken.
        log::get(log::Module::Sync)
            ->warn("guest claims lastSeq={} beyond the host's {}; the host's log stands", message.lastSeq,
                   m_session.lastSeq());
        m_partnerAnnounced = m_session.lastSeq();
        catchUp();
        return;
    }
    m_partnerAnnounced = message.lastSeq;
    // What the partner says it has is the base of the send window (it may have lost what we sent).
    m_partnerAcked = std::min(message.lastSeq, m_session.lastSeq());
    if (message.lastSeq < m_session.lastSeq()) {
        replayAfter(message.lastSeq);
    }
    catchUp();
}

void SyncEngine::handle(const IntentMessage& message) {
    if (m_role != Role::Host) {
        sendError(QString(errc::kNotHost));
        return;
    }
    switch (m_ledger.answerTo(message.id)) {
    case IntentLedger::Answer::Applied:
        return; // a resend after a reconnect: its event reaches the guest with the replay
    case IntentLedger::Answer::Refused:
        send(RejectMessage{message.id, *m_ledger.refusalOf(message.id)}); // the first answer was lost
        return;
    case IntentLedger::Answer::None:
        break;
    }
    if (!message.intent) {
        const bool systemEvent = message.intent.error().code == QLatin1String("not-allowed");
        refuseIntent(message.id,
                     systemEvent ? session::rejection::notAllowed() : session::rejection::malformedIntent());
        return;
    }
    if (message.intent->by != session::Partner::B) {
        refuseIntent(message.id, session::rejection::wrongPartner());
        return;
    }
    auto event = m_session.propose(*message.intent, m_clock.nowMs(), m_random);
    if (!event) {
        refuseIntent(message.id, event.error());
        return;
    }
    m_ledger.applied(message.id, event->seq);
    applied(*event);
    pump();
}

void SyncEngine::refuseIntent(IntentId id, const Error& reason) {
    log::get(log::Module::Sync)->info("refusing intent code={}", reason.code.toStdString());
    m_ledger.refused(id, reason);
    send(RejectMessage{id, reason});
}

void SyncEngine::handle(const EventMessage& message) {
    if (!message.event) {
        sendError(QString(errc::kMalformedEvent));
        return;
    }
    const auto& event = *message.event;
    if (m_role == Role::Host && (!m_adopting || event.seq > m_partnerAnnounced || !plausibleAdoptedTime(event))) {
        // The host orders events. It takes the guest's only after restarting with an empty log, up to what the
        // guest announced, and each on a plausible time line; the reducer checks each all the same (append).
        if (event.seq > m_session.lastSeq()) {
            sendError(QString(errc::kNotHost));
        }
        return;
    }
    if (message.intent && m_ledger.settle(*message.intent)) {
        Q_EMIT intentApplied(*message.intent, event.seq);
    }
    if (event.seq <= m_session.lastSeq()) {
        return; // a duplicate from a replay
    }
    if (event.seq != m_session.lastSeq() + 1) {
        if (m_gapResumeAt != m_session.lastSeq()) {
            log::get(log::Module::Sync)->warn("gap in events have={} got={}", m_session.lastSeq(), event.seq);
            m_gapResumeAt = m_session.lastSeq();
            sendResume(); // the partner replays what is missing
        }
        return;
    }
    if (auto status = m_session.append(event); !status) {
        log::get(log::Module::Sync)
            ->warn("partner's event refused seq={} code={}", event.seq, status.error().code.toStdString());
        sendError(QString(errc::kEventRefused));
        return;
    }
    if (message.intent) {
        m_ledger.applied(*message.intent, event.seq);
    }
    applied(event, m_shared);
    ackSoon();
    checkCaughtUp();
}

void SyncEngine::handle(const RejectMessage& message) {
    if (!m_ledger.settle(message.id)) {
        return; // not ours, or answered already
    }
    const auto reason = session::rejection::localized(message.reason, renderContext());
    Q_EMIT intentRefused(message.id, reason);
    Q_EMIT rejected(reason);
}

void SyncEngine::handle(const AckMessage& message) {
    if (m_partnerSessionId != m_sessionId) {
        return; // about a session the partner has not yet left: it says so with its next session-resume
    }
    m_partnerAcked = std::max(m_partnerAcked, std::min(message.seq, m_session.lastSeq()));
    pump(); // the partner has read: the next events may go
}

bool SyncEngine::plausibleAdoptedTime(const session::Event& event) const {
    // An adopted log keeps its order in time and lies not far in this computer's future (the two computers'
    // time lines may differ a little; kAdoptedLeadMs allows for that).
    const bool inOrder = event.at >= m_session.state().lastAt || m_session.lastSeq() == 0;
    const bool notAhead = event.at <= m_clock.nowMs() + kAdoptedLeadMs;
    if (!inOrder || !notAhead) {
        log::get(log::Module::Sync)->warn("adopted event seq={} has an implausible time", event.seq);
    }
    return inOrder && notAhead;
}

void SyncEngine::handle(const ErrorMessage& message) {
    // The partner could not use something we sent; its log shows why. Nothing to undo here.
    log::get(log::Module::Sync)
        ->warn("partner reported code={} fatal={}",
               text::truncateGraphemes(message.code, limits::kErrorCodeGraphemes).toStdString(), message.fatal);
}

} // namespace twofold::sync
