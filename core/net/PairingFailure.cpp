#include "core/net/PairingFailure.h"

#include <array>
#include <utility>

namespace twofold::net {
namespace {

constexpr std::array<std::pair<PairingFailure, QLatin1String>, 17> kWords{{
    {PairingFailure::Declined, QLatin1String("declined")},
    {PairingFailure::Rejected, QLatin1String("rejected")},
    {PairingFailure::Cancelled, QLatin1String("cancelled")},
    {PairingFailure::Timeout, QLatin1String("timeout")},
    {PairingFailure::NoInvite, QLatin1String("no-invite")},
    {PairingFailure::Busy, QLatin1String("busy")},
    {PairingFailure::PairingElsewhere, QLatin1String("pairing-elsewhere")},
    {PairingFailure::CommitmentMismatch, QLatin1String("commitment-mismatch")},
    {PairingFailure::ProtocolError, QLatin1String("protocol-error")},
    {PairingFailure::PartnerClosed, QLatin1String("partner-closed")},
    {PairingFailure::ConnectionLost, QLatin1String("connection-lost")},
    {PairingFailure::StoreFailed, QLatin1String("store-failed")},
    {PairingFailure::PartnerStoreFailed, QLatin1String("partner-store-failed")},
    {PairingFailure::Unreachable, QLatin1String("unreachable")},
    {PairingFailure::NeedsUpdate, QLatin1String("needs-update")},
    {PairingFailure::PartnerNeedsUpdate, QLatin1String("partner-needs-update")},
    {PairingFailure::PinMismatch, QLatin1String("pin-mismatch")},
}};

} // namespace

QLatin1String wireWord(PairingFailure failure) {
    for (const auto& [value, word] : kWords) {
        if (value == failure) {
            return word;
        }
    }
    return QLatin1String();
}

PairingFailure pairingFailureFromWire(QStringView word) {
    for (const auto& [value, known] : kWords) {
        if (word == known) {
            return value;
        }
    }
    return PairingFailure::Other;
}

PairingFailure pairingFailureForCancel(QStringView reason) {
    switch (pairingFailureFromWire(reason)) {
    case PairingFailure::Rejected:
        return PairingFailure::Rejected;
    case PairingFailure::Timeout:
        return PairingFailure::Timeout;
    case PairingFailure::StoreFailed:
        return PairingFailure::PartnerStoreFailed;
    default:
        return PairingFailure::Cancelled;
    }
}

PairingFailure pairingFailureForClose(const ConnectionClose& close, PairingFailure otherwise) {
    if (close.saidByPeer) {
        switch (close.reason) {
        case CloseReason::Busy:
            return PairingFailure::Busy;
        case CloseReason::Declined:
            return PairingFailure::Declined;
        case CloseReason::PairingElsewhere:
            return PairingFailure::PairingElsewhere;
        default:
            return PairingFailure::PartnerClosed; // the partner's program ended it: not a network fault
        }
    }
    if (close.reason == CloseReason::PeerClosed || close.reason == CloseReason::FatalErrorReceived) {
        return PairingFailure::PartnerClosed; // a peer's fatal error is its refusal, then its close (§5.2)
    }
    if (close.reason == CloseReason::PinMismatch) {
        return PairingFailure::PinMismatch;
    }
    return otherwise;
}

} // namespace twofold::net
