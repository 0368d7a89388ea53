#pragma once

#include "core/net/NonceSource.h"
#include "core/net/PairingFailure.h"
#include "core/net/TrustedPartner.h"
#include "core/timing/Clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace twofold::net {

class Connection;
class TrustStore;

struct PairingOptions {
    std::chrono::milliseconds timeout{120000}; // whole exchange, from invite to both confirmations
    // Invitee: a connection whose pair-invite has not arrived this long after start() (the hello) ends
    // with code no-invite, so an idle stranger cannot hold the one pairing slot (docs/PROTOCOL.md §7.1).
    std::chrono::milliseconds inviteWithin{5000};
    const timing::Clock* clock = nullptr; // runs the timeout; null = a SystemClock of its own
    std::function<QDateTime()> now = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

// Numeric-comparison pairing over a ready Connection (docs/PROTOCOL.md "Pairing").
//
// Inviter: start() sends pair-invite. Invitee: start() waits; invited(name) asks its user, who answers
// accept() or decline(). Then commitment, nonces and opening run by themselves; codeReady(code) shows
// the same 6 digits on both screens when nobody is in the middle. Each user compares and calls confirm()
// or reject(). Only when both confirmations are in does each side pin the partner in its TrustStore; it
// says pair-stored, and emits paired() once the partner said pair-stored too, so trust is kept on both
// sides or on neither (a full disk on one computer undoes the other's entry). Any decline, reject,
// cancel, timeout, protocol error or lost connection emits failed(failure, reason) and keeps nothing
// (PairingFailure.h says what each failure means).
//
// While it runs, the pairing handles the connection's pair-* messages (protocol::Handler::Pairing) and
// answers session-* messages with not-paired (it holds the Session place until a link takes it over).
class Pairing : public QObject {
    Q_OBJECT

public:
    enum class Role { Inviter, Invitee };
    enum class State {
        Idle,           // invitee: waiting for pair-invite
        Invited,        // invitee: the user decides
        AwaitingAccept, // inviter: pair-invite sent
        AwaitingCommit, // invitee: pair-accept sent
        AwaitingNonce,  // inviter: pair-commit sent
        AwaitingOpen,   // invitee: pair-nonce sent
        Comparing,      // both: code shown, waiting for both confirmations
        AwaitingStored, // both: the partner is stored here, waiting for the partner's pair-stored
        Paired,
        Failed,
    };

    Pairing(Connection* connection, Role role, TrustStore* trustStore, NonceSource& nonces, PairingOptions options = {},
            QObject* parent = nullptr);
    ~Pairing() override;

    void start();
    void accept();
    void decline();
    void confirm();
    void reject();
    // `reason` is a detail for logs and failed(); the partner is told `cancelled`.
    void cancel(const QString& reason = QStringLiteral("cancelled"));

    Role role() const { return m_role; }
    State state() const { return m_state; }
    QString code() const { return m_code; }
    QString peerName() const { return m_peerName; }
    bool localConfirmed() const { return m_localConfirmed; }
    bool peerConfirmed() const { return m_peerConfirmed; }
    // Invitee: a pair-invite arrived (its user was or is being asked). Before that, a failure concerns
    // nobody on this side.
    bool invitationArrived() const { return m_invitationArrived; }

Q_SIGNALS:
    void invited(const QString& peerName);
    void codeReady(const QString& code);
    void peerConfirmedCode();
    void paired(const twofold::net::TrustedPartner& partner);
    void failed(twofold::net::PairingFailure failure, const QString& reason);

private:
    void onMessage(const QJsonObject& message);
    void onSessionMessage(const QJsonObject& message);
    void onClosed(const ConnectionClose& close);
    void leaveDispatcher();
    void onInvite(const QJsonObject& message);
    void onAccept();
    void onCommit(const QJsonObject& message);
    void onNonce(const QJsonObject& message);
    void onOpen(const QJsonObject& message);
    void onConfirm();
    void showCode();
    void completeIfBothConfirmed();
    void finishIfBothStored();
    void send(QLatin1String type, QJsonObject fields = {});
    void fail(PairingFailure failure, const QString& reason, bool tellPeer);
    QByteArray digestA() const;
    QByteArray digestB() const;

    QPointer<Connection> m_connection;
    Role m_role;
    TrustStore* m_trustStore;
    NonceSource& m_nonces;
    PairingOptions m_options;
    std::unique_ptr<timing::Clock> m_ownClock;
    std::unique_ptr<timing::ClockTimer> m_timer;
    State m_state;
    QByteArray m_nonceA;
    QByteArray m_nonceB;
    QByteArray m_commitment;
    QString m_code;
    QString m_peerName;
    bool m_localConfirmed = false;
    bool m_peerConfirmed = false;
    bool m_invitationArrived = false;
    std::optional<TrustedPartner> m_stored;   // stored here, to undo if the partner could not store
    std::optional<TrustedPartner> m_pending;  // paired() carries it once both stored
    std::optional<TrustedPartner> m_replaced; // the entry m_stored replaced, put back on undo
    bool m_peerStored = false;
};

} // namespace twofold::net
