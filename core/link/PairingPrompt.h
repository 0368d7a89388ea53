#pragma once

#include <QString>

namespace twofold::link {

class Peer;

// How a pairing asks its user (DESIGN §7 "Pairing"; KDE Connect's "confirm pairing?" interface): the
// peer calls the prompt when an invitation arrives and when the 6-digit code is ready, and the prompt
// answers, now or later, through the peer: acceptInvitation() / declineInvitation(), confirmCode() /
// rejectCode(). The GUI asks on screen, twofold-cli on stdin, and AutoConfirmPrompt says yes at once.
// The peer emits invitationReceived() and codeShown() either way; without a prompt only those signals
// tell the user interface.
class PairingPrompt {
public:
    virtual ~PairingPrompt() = default;
    // `fromName`: the inviter's display name from its pair-invite (1-64 characters, control characters
    // removed).
    virtual void invitationReceived(Peer& peer, const QString& fromName) = 0;
    // `code`: six decimal digits, the same on both screens unless someone is in the middle.
    virtual void codeShown(Peer& peer, const QString& code, const QString& partnerName) = 0;
};

} // namespace twofold::link
