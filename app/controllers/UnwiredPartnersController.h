#pragma once

#include "app/controllers/PartnersController.h"

namespace twofold::app {

// Stands in until the network facade is wired: finds no one and says so kindly.
class UnwiredPartnersController final : public PartnersController {
    Q_OBJECT
public:
    using PartnersController::PartnersController;

    std::vector<PartnerEntry> nearby() const override { return {}; }
    std::vector<PartnerEntry> remembered() const override { return {}; }
    void invite(const QString& partnerId) override;
    void connectTo(const QString& address) override;
    void accept() override {}
    void decline() override {}
    void confirmCode(bool) override {}
    void cancel() override {}
};

} // namespace twofold::app
