#pragma once

#include "app/controllers/PartnersController.h"
#include "core/link/Peer.h"

namespace twofold::app {

// The partners page over the real network: discovery, connect by address, remembered partners,
// invitations and the 6-digit code, all through link::Peer.
class NetworkPartnersController final : public PartnersController {
    Q_OBJECT
public:
    explicit NetworkPartnersController(link::Peer& peer, QObject* parent = nullptr);

    std::vector<PartnerEntry> nearby() const override;
    std::vector<PartnerEntry> remembered() const override;
    QString ownAddress() const override;
    void invite(const QString& partnerId) override;
    void connectTo(const QString& address) override;
    void accept() override;
    void decline() override;
    void confirmCode(bool matches) override;
    void cancel() override;

    // The problem a failure code of link::Peer / net::Pairing is shown as.
    static PairingProblem problemFor(const QString& code);

private:
    link::Peer& m_peer;
    QString m_partnerName; // who we are pairing with right now
};

} // namespace twofold::app
