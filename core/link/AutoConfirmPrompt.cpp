#include "core/link/AutoConfirmPrompt.h"

#include "core/link/Peer.h"

namespace twofold::link {

void AutoConfirmPrompt::invitationReceived(Peer& peer, const QString& fromName) {
    Q_UNUSED(fromName);
    peer.acceptInvitation();
}

void AutoConfirmPrompt::codeShown(Peer& peer, const QString& code, const QString& partnerName) {
    Q_UNUSED(code);
    Q_UNUSED(partnerName);
    peer.confirmCode();
}

} // namespace twofold::link
