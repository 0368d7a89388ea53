#pragma once

#include "app/controllers/PartnersController.h"
#include "core/link/Peer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

namespace twofold::app {

// The partners page over the real network: discovery, connect by address, remembered partners,
// invitations and the 6-digit code, all through link::Peer. It may be built before or after the peer
// starts: it listens to the node's own signals, never to objects that only exist once it runs.
class NetworkPartnersController final : public PartnersController {
    Q_OBJECT
public:
    explicit NetworkPartnersController(link::Peer& peer, QObject* parent = nullptr);

    std::vector<PartnerEntry> nearby() const override;
    std::vector<PartnerEntry> remembered() const override;
    QStringList ownAddresses() const override;
    bool discoveryAvailable() const override;
    void invite(const QString& partnerId) override;
    void connectTo(const QString& address) override;
    void accept() override;
    void decline() override;
    void confirmCode(bool matches) override;
    void cancel() override;
    void forget(const QString& partnerId) override;

    // The network side could not start (e.g. no port to listen on): the page says so.
    void reportStartFailure();

    // How a failure of link::Peer / net::Pairing is shown; nullopt for one the user need not see
    // (PinMismatch, which identityChanged() reports).
    // `declinedHere` / `stoppedHere`: this user answered "Not now" / stopped the pairing.
    static std::optional<PairingProblem> problemFor(net::PairingFailure failure, bool declinedHere, bool stoppedHere);

    // A nearby partner counts as "found just now" for this long after it was first heard.
    static constexpr int kFoundJustNowMs = 60 * 1000;
    // Changes to the nearby list are gathered for this long into one partnersChanged(), so a flood of
    // announcements costs the window one small update per interval, not one per datagram.
    static constexpr int kNearbyCoalesceMs = 50;

private:
    void onNearbyChanged();
    void publishNearby();
    void pollAddresses();

    link::Peer& m_peer;
    QString m_partnerName; // who we are pairing with right now (their display name, or the address typed)
    bool m_declinedHere = false;
    bool m_stoppedHere = false;
    QHash<QString, QElapsedTimer> m_firstHeard; // device id -> since when it is nearby
    QStringList m_lastAddresses;
    QTimer m_addressPoll;
    QTimer m_nearbyCoalesce;
};

} // namespace twofold::app
