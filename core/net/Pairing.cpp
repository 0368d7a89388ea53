#include "core/net/Pairing.h"

#include "core/Limits.h"
#include "core/log/Log.h"
#include "core/net/Connection.h"
#include "core/net/PairingMath.h"
#include "core/net/TrustStore.h"
#include "core/protocol/ErrorCodes.h"
#include "core/protocol/MessageSchema.h"
#include "core/protocol/MessageTypes.h"
#include "core/text/UserText.h"
#include "core/timing/SystemClock.h"

namespace twofold::net {
namespace {

namespace msg = protocol::msg;

std::shared_ptr<spdlog::logger> logger() {
    return log::get(log::Module::NetPairing);
}

QByteArray hexField(const QJsonObject& message, const char* name) {
    return QByteArray::fromHex(message.value(QLatin1String(name)).toString().toLatin1());
}

// docs/PROTOCOL.md §4.3 "sent by": whether a peer in `peerRole` may send a pairing message of `type` at
// all. The one check of who says what; the order within a role is onMessage's.
bool maySend(Pairing::Role peerRole, const QString& type) {
    const bool inviter = peerRole == Pairing::Role::Inviter;
    if (type == msg::kPairInvite || type == msg::kPairCommit || type == msg::kPairOpen) {
        return inviter;
    }
    if (type == msg::kPairAccept || type == msg::kPairDecline || type == msg::kPairNonce) {
        return !inviter;
    }
    return type == msg::kPairConfirm || type == msg::kPairStored || type == msg::kPairCancel;
}

} // namespace

Pairing::Pairing(Connection* connection, Role role, TrustStore* trustStore, NonceSource& nonces, PairingOptions options,
                 QObject* parent)
    : QObject(parent), m_connection(connection), m_role(role), m_trustStore(trustStore), m_nonces(nonces),
      m_options(std::move(options)), m_ownClock(m_options.clock ? nullptr : std::make_unique<timing::SystemClock>()),
      m_timer((m_options.clock ? *m_options.clock : *m_ownClock).createTimer()), m_state(State::Idle) {
    connect(m_timer.get(), &timing::ClockTimer::timeout, this, [this] {
        if (m_state == State::Idle) {
            logger()->info("no invitation within {} ms of hello", m_options.inviteWithin.count());
            fail(PairingFailure::NoInvite, QStringLiteral("no invitation arrived"), true);
            return;
        }
        fail(PairingFailure::Timeout, QStringLiteral("timed out"), true);
    });
    if (connection != nullptr) {
        auto& dispatcher = connection->dispatcher();
        dispatcher.setHandler(protocol::Handler::Pairing, this,
                              [this](const QJsonObject& message) { onMessage(message); });
        dispatcher.setHandler(protocol::Handler::Session, this,
                              [this](const QJsonObject& message) { onSessionMessage(message); });
        connect(connection, &Connection::closed, this, &Pairing::onClosed);
    }
}

Pairing::~Pairing() {
    leaveDispatcher();
}

void Pairing::leaveDispatcher() {
    if (m_connection) {
        m_connection->dispatcher().clearHandler(protocol::Handler::Pairing, this);
        m_connection->dispatcher().clearHandler(protocol::Handler::Session, this);
    }
}

void Pairing::onClosed(const ConnectionClose& close) {
    // A partner already in a session says so with bye "busy": tell that apart from a lost link; the
    // partner's program ending the connection itself (it closed, or it quit) is not a network fault.
    const PairingFailure failure = pairingFailureForClose(close, PairingFailure::ConnectionLost);
    switch (failure) {
    case PairingFailure::Busy:
        fail(failure, QStringLiteral("the partner is in a session already"), false);
        break;
    case PairingFailure::Declined:
        fail(failure, QStringLiteral("the partner declined a moment ago"), false);
        break;
    case PairingFailure::PairingElsewhere:
        fail(failure, QStringLiteral("the partner's device is busy with another invitation"), false);
        break;
    case PairingFailure::PartnerClosed:
        fail(failure, QStringLiteral("the partner's app closed the connection"), false);
        break;
    default:
        fail(PairingFailure::ConnectionLost, QStringLiteral("the connection closed"), false);
        break;
    }
}

void Pairing::start() {
    if (!m_connection || !m_connection->isReady()) {
        fail(PairingFailure::ConnectionLost, QStringLiteral("the connection is not ready"), false);
        return;
    }
    if (m_role == Role::Inviter && m_state == State::Idle) {
        m_peerName = m_connection->peerName();
        m_state = State::AwaitingAccept;
        m_timer->start(m_options.timeout);
        logger()->info("pairing invite sent conn#{}", m_connection->id());
        send(msg::kPairInvite, QJsonObject{{QLatin1String("name"), text::truncateGraphemes(m_connection->localName(),
                                                                                           limits::kNameGraphemes)}});
    } else if (m_role == Role::Invitee && m_state == State::Idle) {
        m_timer->start(m_options.inviteWithin);
    }
}

void Pairing::accept() {
    if (m_role != Role::Invitee || m_state != State::Invited) {
        return;
    }
    m_state = State::AwaitingCommit;
    logger()->info("pairing accepted locally");
    send(msg::kPairAccept);
}

void Pairing::decline() {
    if (m_role != Role::Invitee || m_state != State::Invited) {
        return;
    }
    send(msg::kPairDecline, QJsonObject{{QLatin1String("reason"), QString(wireWord(PairingFailure::Declined))}});
    fail(PairingFailure::Declined, QStringLiteral("declined on this device"), false);
}

void Pairing::confirm() {
    if (m_state != State::Comparing || m_localConfirmed) {
        return;
    }
    m_localConfirmed = true;
    logger()->info("pairing code confirmed locally");
    send(msg::kPairConfirm);
    completeIfBothConfirmed();
}

void Pairing::reject() {
    if (m_state != State::Comparing) {
        return;
    }
    fail(PairingFailure::Rejected, QStringLiteral("the codes were rejected on this device"), true);
}

void Pairing::cancel(const QString& reason) {
    if (m_state == State::Paired || m_state == State::Failed) {
        return;
    }
    fail(PairingFailure::Cancelled, reason, true);
}

void Pairing::onSessionMessage(const QJsonObject& message) {
    if (m_state == State::Paired || m_state == State::Failed || !m_connection ||
        message.value(QLatin1String("type")).toString() == protocol::msg::kError) {
        return; // an error needs no answer (two pairing sides would answer each other for ever)
    }
    // Session messages need a paired link; a peer that sends one now still hears why it got nothing.
    logger()->info("pairing: session message before pairing");
    m_connection->send(protocol::makeError(QString(protocol::errc::kNotPaired),
                                           QStringLiteral("session messages need a paired connection"), false));
}

void Pairing::onMessage(const QJsonObject& message) {
    if (m_state == State::Paired || m_state == State::Failed) {
        return;
    }
    const QString type = message.value(QLatin1String("type")).toString(); // a pair-* type (the dispatcher's table)
    const Role peerRole = m_role == Role::Inviter ? Role::Invitee : Role::Inviter;
    if (!maySend(peerRole, type)) {
        // An inviter's pair-decline, an invitee's pair-commit: the other side's message, never this peer's.
        logger()->warn("pairing: the peer's role may not send type={}", type.left(32).toStdString());
        fail(PairingFailure::ProtocolError, QStringLiteral("unexpected pairing message"), true);
    } else if (type == msg::kPairCancel || type == msg::kPairDecline) {
        const QString word = message.value(QLatin1String("reason")).toString();
        // The peer's words reach a sentence and the log only cleaned like a name: no line breaks, no
        // direction overrides, at most the reason's length.
        const QString reason = text::cleanName(word, limits::kByeReasonGraphemes);
        logger()->info("pairing ended by peer type={}", type.toStdString());
        // A cancel carries the partner's failure word (matched whole, as sent); "rejected" (the codes
        // differed on their screen) and "timeout" are worth telling apart for the user, anything else is
        // a cancel (the word kept as the reason).
        const PairingFailure failure =
            type == msg::kPairDecline ? PairingFailure::Declined : pairingFailureForCancel(word);
        fail(failure, reason.isEmpty() ? QStringLiteral("ended by the partner") : reason, false);
    } else if (type == msg::kPairInvite && m_role == Role::Invitee && m_state == State::Idle) {
        onInvite(message);
    } else if (type == msg::kPairAccept && m_role == Role::Inviter && m_state == State::AwaitingAccept) {
        onAccept();
    } else if (type == msg::kPairCommit && m_role == Role::Invitee && m_state == State::AwaitingCommit) {
        onCommit(message);
    } else if (type == msg::kPairNonce && m_role == Role::Inviter && m_state == State::AwaitingNonce) {
        onNonce(message);
    } else if (type == msg::kPairOpen && m_role == Role::Invitee && m_state == State::AwaitingOpen) {
        onOpen(message);
    } else if (type == msg::kPairConfirm && m_state == State::Comparing && !m_peerConfirmed) {
        onConfirm();
    } else if (type == msg::kPairStored && m_state == State::AwaitingStored && !m_peerStored) {
        m_peerStored = true;
        logger()->info("pairing stored by peer");
        finishIfBothStored();
    } else {
        logger()->warn("pairing: unexpected message type={} state={}", type.left(32).toStdString(),
                       static_cast<int>(m_state));
        fail(PairingFailure::ProtocolError, QStringLiteral("unexpected pairing message"), true);
    }
}

void Pairing::onInvite(const QJsonObject& message) {
    m_peerName = text::cleanName(message.value(QLatin1String("name")).toString());
    m_state = State::Invited;
    m_invitationArrived = true;
    m_timer->start(m_options.timeout);
    logger()->info("pairing invite received");
    Q_EMIT invited(m_peerName);
}

void Pairing::onAccept() {
    m_nonceA = m_nonces.bytes(pairing::kNonceBytes);
    m_commitment = pairing::commitment(m_nonceA, digestA(), digestB());
    m_state = State::AwaitingNonce;
    send(msg::kPairCommit, QJsonObject{{QLatin1String("commitment"), QString::fromLatin1(m_commitment.toHex())}});
}

void Pairing::onCommit(const QJsonObject& message) {
    m_commitment = hexField(message, "commitment");
    m_nonceB = m_nonces.bytes(pairing::kNonceBytes);
    m_state = State::AwaitingOpen;
    send(msg::kPairNonce, QJsonObject{{QLatin1String("nonce"), QString::fromLatin1(m_nonceB.toHex())}});
}

void Pairing::onNonce(const QJsonObject& message) {
    m_nonceB = hexField(message, "nonce");
    send(msg::kPairOpen, QJsonObject{{QLatin1String("nonce"), QString::fromLatin1(m_nonceA.toHex())}});
    showCode();
}

void Pairing::onOpen(const QJsonObject& message) {
    m_nonceA = hexField(message, "nonce");
    if (pairing::commitment(m_nonceA, digestA(), digestB()) != m_commitment) {
        // Either the inviter changed its nonce, or the two sides see different certificates (a relay).
        logger()->warn("pairing commitment mismatch");
        fail(PairingFailure::CommitmentMismatch, QStringLiteral("the partner's commitment did not open"), true);
        return;
    }
    showCode();
}

void Pairing::onConfirm() {
    m_peerConfirmed = true;
    logger()->info("pairing code confirmed by peer");
    Q_EMIT peerConfirmedCode();
    completeIfBothConfirmed();
}

void Pairing::showCode() {
    m_code = pairing::code(digestA(), digestB(), m_nonceA, m_nonceB);
    m_state = State::Comparing;
    logger()->info("pairing code ready");
    Q_EMIT codeReady(m_code);
}

void Pairing::completeIfBothConfirmed() {
    if (!m_localConfirmed || !m_peerConfirmed || m_state != State::Comparing || !m_connection) {
        return;
    }
    TrustedPartner partner;
    partner.deviceId = m_connection->peerDeviceId();
    partner.name = m_connection->peerName();
    partner.certificateDigest = m_connection->peerCertificateDigest();
    partner.lastAddress = m_connection->peerAddress().toString();
    // docs/PROTOCOL.md §7: the side that dialled keeps the port it dialled (known to work, even through a
    // forward); the side that accepted keeps the port the partner's hello announced, 0 when there was none.
    partner.lastPort =
        m_connection->role() == Connection::Role::Client ? m_connection->peerPort() : m_connection->peerListenPort();
    partner.pairedAt = m_options.now();
    partner.invitedByUs = m_role == Role::Inviter;
    if (m_trustStore != nullptr) {
        m_replaced = m_trustStore->find(partner.deviceId);
        if (const auto stored = m_trustStore->add(partner); !stored) {
            fail(PairingFailure::StoreFailed, stored.error().message, true);
            return;
        }
        m_stored = partner;
    }
    m_pending = partner;
    m_state = State::AwaitingStored;
    logger()->info("pairing stored locally");
    send(msg::kPairStored);
    finishIfBothStored();
}

void Pairing::finishIfBothStored() {
    if (m_state != State::AwaitingStored || !m_peerStored || !m_pending) {
        return;
    }
    m_state = State::Paired;
    m_timer->stop();
    leaveDispatcher(); // the link that follows handles the messages from here
    m_stored.reset();  // kept for good now
    logger()->info("paired device={}", m_pending->deviceId.left(12).toStdString());
    Q_EMIT paired(*m_pending);
}

void Pairing::send(QLatin1String type, QJsonObject fields) {
    if (m_connection && m_connection->isReady()) {
        fields.insert(QLatin1String("type"), QString(type));
        m_connection->send(fields);
    }
}

void Pairing::fail(PairingFailure failure, const QString& reason, bool tellPeer) {
    if (m_state == State::Paired || m_state == State::Failed) {
        return;
    }
    if (tellPeer) {
        send(msg::kPairCancel, QJsonObject{{QLatin1String("reason"), QString(wireWord(failure))}});
    }
    m_state = State::Failed;
    m_timer->stop();
    leaveDispatcher();
    if (m_stored && m_trustStore != nullptr) {
        // The partner could not keep this pairing (or never said it did): keep nothing here either.
        // What was there before comes back (a partner paired again), else the entry goes.
        const auto undone = m_replaced ? m_trustStore->add(*m_replaced) : m_trustStore->remove(m_stored->deviceId);
        if (!undone) {
            logger()->error("pairing: could not undo the stored partner code={}", undone.error().code.toStdString());
        }
        m_stored.reset();
    }
    m_nonceA.clear();
    m_nonceB.clear();
    logger()->info("pairing failed code={}", QString(wireWord(failure)).toStdString());
    Q_EMIT failed(failure, reason);
}

QByteArray Pairing::digestA() const {
    if (!m_connection) {
        return {};
    }
    return m_role == Role::Inviter ? m_connection->localIdentity().certificateDigest()
                                   : m_connection->peerCertificateDigestRaw();
}

QByteArray Pairing::digestB() const {
    if (!m_connection) {
        return {};
    }
    return m_role == Role::Inviter ? m_connection->peerCertificateDigestRaw()
                                   : m_connection->localIdentity().certificateDigest();
}

} // namespace twofold::net
