#pragma once

#include "core/link/ConnectionChannel.h"
#include "core/link/InvitationLimits.h"
#include "core/link/PairingPrompt.h"
#include "core/link/Redialer.h"
#include "core/link/VersionNotices.h"
#include "core/net/Node.h"
#include "core/net/Pairing.h"
#include "core/sync/SyncEngine.h"

#include <QHostAddress>
#include <QPointer>
#include <memory>

namespace twofold::link {

struct PeerConfig {
    net::NodeConfig node;
    net::PairingOptions pairing;
    std::chrono::milliseconds firstRetry{250}; // redial delays (docs/PROTOCOL.md §8.6): doubling from here
    std::chrono::milliseconds maxRetry{4000};  // to here
    std::chrono::milliseconds liveRetry{500};  // but never further apart while a session is live
    InvitationLimits::Limits invitationLimits; // who may put an invitation in front of the user
};

// One partner's side of Twofold on the network: the device (identity, trust, server, discovery),
// pairing with a new partner, the live link to the paired partner (kept up with reconnection) and the
// SyncEngine that runs the shared session over it. The GUI and twofold-cli are both thin layers on it.
//
// Roles: whoever invited at pairing is the host of the shared log (A) and keeps the link up by
// redialling with backoff; whoever accepted is the guest (B). The role is remembered with the partner
// (TrustedPartner::invitedByUs), so it holds across restarts whichever side dials. While a partner is
// linked, nobody else can connect: a third instance is refused.
//
// Every timer (connection deadlines, heartbeat, pairing, discovery, redialling) runs on `clock`, the same
// clock the session is stamped with, so heartbeat clock offsets and the session's times share one time line.
class Peer : public QObject {
    Q_OBJECT
public:
    Peer(PeerConfig config, session::FlowLibrary flows, session::Clock& clock, session::Random& random,
         net::NonceSource& nonces, QObject* parent = nullptr);
    ~Peer() override;

    Status start();
    net::Node& node() { return m_node; }
    const net::Identity& identity() const { return m_node.identity(); }

    // Pairing with a new partner (or linking with a remembered one found at that address). An attempt
    // still connecting or pairing is dropped quietly first, so a quick second invite never races it.
    void invite(const QHostAddress& address, quint16 port);
    void acceptInvitation();
    void declineInvitation();
    void confirmCode();
    void rejectCode();
    void cancelPairing();
    // Who is asked about invitations and codes (not owned; null: only the signals tell). See PairingPrompt.
    void setPrompt(PairingPrompt* prompt) { m_prompt = prompt; }
    bool pairing() const { return m_pairing != nullptr; }
    // The partner's display name in the pairing under way or the last one (from its hello or invitation);
    // empty before the partner's computer answered.
    QString pairingPartnerName() const;

    // Links with a remembered partner at its last known (or discovered) address, and keeps it linked.
    Status connectToPartner(const QString& deviceId);
    // Forgets a remembered partner; if the shared session was with them, it ends here (engineRemoved()).
    Status forgetPartner(const QString& deviceId);
    // Links with the remembered partner this device hosts for, if any (at start: the app reopens where
    // the couple left off). Returns the partner's device id, or empty when there is none to dial.
    QString resumeHostedPartner();
    // Closes the link on purpose (bye "app-closed") and stops redialling, e.g. before the app quits, so
    // the partner can tell "closed" from a lost network. From then on nothing listens (a partner redialling
    // at once finds nobody), a handshake already under way is refused with the same bye and nothing is
    // dialled; it cannot be undone.
    void closeForExit();

    // The shared session; null until a partner is linked for the first time.
    sync::SyncEngine* engine() const { return m_engine.get(); }
    std::optional<net::TrustedPartner> partner() const { return m_partner; }
    bool linked() const { return m_channel.isOpen(); }
    // Announce this device on discovery (net::NodeConfig::listed): false until the first run named it.
    void setListed(bool listed);

Q_SIGNALS:
    void invitationReceived(const QString& fromName);
    void codeShown(const QString& code, const QString& partnerName);
    void partnerConfirmedCode();
    void paired(const twofold::net::TrustedPartner& partner);
    // Pairing or connecting failed (net::PairingFailure: declined, rejected, cancelled, timeout, unreachable,
    // busy, pairing-elsewhere, needs-update, partner-needs-update - also when such a device dialled us -,
    // pin-mismatch, ...). `reason` is a sentence for the user (translated) or the pairing's detail.
    void pairingFailed(twofold::net::PairingFailure failure, const QString& reason);
    void engineCreated(twofold::sync::SyncEngine* engine);
    // The engine is about to be destroyed (its partner was forgotten): drop every reference to it now.
    void engineRemoved();
    void linkChanged(bool linked);
    // The partner's app closed the link on purpose (it quit); the link comes back when it reopens.
    void partnerClosedApp();
    // A remembered partner's address answered with a different certificate than the pinned one: this
    // computer cannot prove it is that partner any more. Nothing was sent; redialling stops.
    void partnerIdentityChanged(const twofold::net::TrustedPartner& partner);

private:
    void onIncoming(net::Connection* connection);
    void onVersionMismatch(const QString& deviceId, const QString& name, int peerVersion);
    void onOutgoingReady(net::Connection* connection);
    void startPairing(net::Connection* connection, net::Pairing::Role role);
    void onPaired(net::Connection* connection, const net::TrustedPartner& partner, sync::Role role);
    void linkWith(net::Connection* connection, const net::TrustedPartner& partner, sync::Role role);
    void ensureEngine(sync::Role role);
    static sync::Role roleFor(const net::TrustedPartner& partner);
    void dropPairingAttempt();
    void onChannelClosed();
    void startRedialling();
    bool sessionLive() const;
    void updateDiscoverySilence();

    PeerConfig m_config;
    session::FlowLibrary m_flows;
    session::Clock& m_clock;
    session::Random& m_random;
    net::NonceSource& m_nonces;
    net::Node m_node;
    ConnectionChannel m_channel;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::optional<net::TrustedPartner> m_partner;
    QPointer<net::Pairing> m_pairing;
    QPointer<net::Connection> m_pairingConnection;
    PairingPrompt* m_prompt = nullptr;
    bool m_dialer = false;
    bool m_closedForExit = false;
    Redialer m_redialer;
    InvitationLimits m_invitationLimits;
    net::ConnectionClose m_linkClose; // why the last link ended
    QString m_pairingName;
    VersionNotices m_versionNotices;
};

} // namespace twofold::link
