#pragma once

#include "core/net/CloseReason.h"

#include <QLatin1String>
#include <QMetaType>
#include <QStringView>

namespace twofold::net {

// Why a pairing (or linking by address) failed: the one vocabulary of failure codes, shared by
// net::Pairing, link::Peer and the UI (docs/PROTOCOL.md §7.1). The words are stable: `pair-cancel.reason`
// carries the failing side's word on the wire, and twofold-cli prints them.
enum class PairingFailure {
    // net::Pairing (the words in parentheses)
    Declined,           // (declined) one side's user said "not now"
    Rejected,           // (rejected) the codes differed on one screen
    Cancelled,          // (cancelled) one side stopped, or the partner's pair-cancel named no reason we know
    Timeout,            // (timeout) the whole exchange took too long
    NoInvite,           // (no-invite) invitee: no pair-invite within inviteWithin of the hello
    Busy,               // (busy) the partner is in a linked session
    PairingElsewhere,   // (pairing-elsewhere) the partner's device is busy with another invitation
    CommitmentMismatch, // (commitment-mismatch) the inviter's commitment did not open
    ProtocolError,      // (protocol-error) a pairing message out of order
    PartnerClosed,  // (partner-closed) the partner's app closed the connection (a bye, a clean close, its fatal error)
    ConnectionLost, // (connection-lost) anything else, e.g. silence
    StoreFailed,    // (store-failed) this computer could not save the partner
    PartnerStoreFailed, // (partner-store-failed) the partner's computer could not
    // link::Peer, before a pairing could start
    Unreachable,        // (unreachable) the partner's computer did not answer
    NeedsUpdate,        // (needs-update) this Twofold speaks an older protocol version
    PartnerNeedsUpdate, // (partner-needs-update) the partner's speaks an older one
    PinMismatch,        // (pin-mismatch) a remembered partner's address answered with another certificate
    Other,              // a word this side does not know
};

// The word of a failure (empty for Other).
QLatin1String wireWord(PairingFailure failure);
// The failure a word names, Other when it names none (whole words only).
PairingFailure pairingFailureFromWire(QStringView word);

// What the partner's `pair-cancel {reason}` means here: rejected and timeout as they are, store-failed
// as PartnerStoreFailed (the partner's computer could not save), anything else as Cancelled.
PairingFailure pairingFailureForCancel(QStringView reason);
// What a connection that ended during pairing means for it: the partner's bye busy / declined /
// pairing-elsewhere as those, any other bye, a clean close or the partner's fatal error as PartnerClosed, a pin
// mismatch as PinMismatch, anything else as `otherwise` (ConnectionLost in a pairing, Unreachable while connecting).
PairingFailure pairingFailureForClose(const ConnectionClose& close, PairingFailure otherwise);

} // namespace twofold::net

Q_DECLARE_METATYPE(twofold::net::PairingFailure)
