#pragma once

#include "core/link/PairingPrompt.h"

namespace twofold::link {

// Accepts every invitation and confirms every code without asking anybody. Only for what has no person
// at the screen to ask: twofold-cli --yes, the single-machine demo (both sides are the same user) and
// tests. Never the GUI's normal path: comparing the code is what stops a relay in the middle.
class AutoConfirmPrompt final : public PairingPrompt {
public:
    void invitationReceived(Peer& peer, const QString& fromName) override;
    void codeShown(Peer& peer, const QString& code, const QString& partnerName) override;
};

} // namespace twofold::link
