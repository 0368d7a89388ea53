#include "app/controllers/UnwiredPartnersController.h"

namespace twofold::app {

void UnwiredPartnersController::invite(const QString& partnerId) {
    Q_EMIT failed(PairingProblem::NotAvailable, partnerId);
}

void UnwiredPartnersController::connectTo(const QString& address) {
    Q_EMIT failed(PairingProblem::NotAvailable, address);
}

} // namespace twofold::app
