#include "core/net/PairingFailure.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace twofold;
using net::CloseReason;
using net::ConnectionClose;
using net::PairingFailure;

namespace {

// docs/PROTOCOL.md §7.1: pair-cancel reasons, and the local codes twofold-cli prints.
const std::vector<std::pair<PairingFailure, const char*>> kWords{
    {PairingFailure::Declined, "declined"},
    {PairingFailure::Rejected, "rejected"},
    {PairingFailure::Cancelled, "cancelled"},
    {PairingFailure::Timeout, "timeout"},
    {PairingFailure::NoInvite, "no-invite"},
    {PairingFailure::Busy, "busy"},
    {PairingFailure::PairingElsewhere, "pairing-elsewhere"},
    {PairingFailure::CommitmentMismatch, "commitment-mismatch"},
    {PairingFailure::ProtocolError, "protocol-error"},
    {PairingFailure::PartnerClosed, "partner-closed"},
    {PairingFailure::ConnectionLost, "connection-lost"},
    {PairingFailure::StoreFailed, "store-failed"},
    {PairingFailure::PartnerStoreFailed, "partner-store-failed"},
    {PairingFailure::Unreachable, "unreachable"},
    {PairingFailure::NeedsUpdate, "needs-update"},
    {PairingFailure::PartnerNeedsUpdate, "partner-needs-update"},
    {PairingFailure::PinMismatch, "pin-mismatch"},
};

} // namespace

TEST(PairingFailure, every_failure_round_trips_through_its_word) {
    QSet<QString> seen;
    for (const auto& [failure, word] : kWords) {
        EXPECT_EQ(net::wireWord(failure), QLatin1String(word)) << word;
        EXPECT_EQ(net::pairingFailureFromWire(QString::fromLatin1(word)), failure) << word;
        seen.insert(QString::fromLatin1(word));
    }
    EXPECT_EQ(seen.size(), static_cast<qsizetype>(kWords.size()));
    EXPECT_TRUE(net::wireWord(PairingFailure::Other).isEmpty());
}

TEST(PairingFailure, an_unknown_word_is_other) {
    for (const char* word : {"", "rejected-twice", "Rejected", "timeout ", "superseded", "pair-cancel"}) {
        EXPECT_EQ(net::pairingFailureFromWire(QString::fromLatin1(word)), PairingFailure::Other) << word;
    }
}

// What the partner's pair-cancel says: its own store failing is "the partner's computer could not save".
TEST(PairingFailure, a_partners_cancel_reads_as_what_happened_on_its_side) {
    EXPECT_EQ(net::pairingFailureForCancel(u"rejected"), PairingFailure::Rejected);
    EXPECT_EQ(net::pairingFailureForCancel(u"timeout"), PairingFailure::Timeout);
    EXPECT_EQ(net::pairingFailureForCancel(u"store-failed"), PairingFailure::PartnerStoreFailed);
    for (const char16_t* other : {u"cancelled", u"protocol-error", u"commitment-mismatch", u"no-invite", u"", u"x"}) {
        EXPECT_EQ(net::pairingFailureForCancel(other), PairingFailure::Cancelled);
    }
}

TEST(PairingFailure, a_close_during_pairing_reads_as_who_ended_it) {
    const auto otherwise = PairingFailure::ConnectionLost;
    const auto bye = [](const char* word) {
        return ConnectionClose::fromBye(QString::fromLatin1(word));
    };
    EXPECT_EQ(net::pairingFailureForClose(bye("busy"), otherwise), PairingFailure::Busy);
    EXPECT_EQ(net::pairingFailureForClose(bye("declined"), otherwise), PairingFailure::Declined);
    EXPECT_EQ(net::pairingFailureForClose(bye("pairing-elsewhere"), otherwise), PairingFailure::PairingElsewhere);
    for (const char* word : {"app-closed", "pairing-failed", "superseded", "", "gone-fishing", "pin-mismatch"}) {
        EXPECT_EQ(net::pairingFailureForClose(bye(word), otherwise), PairingFailure::PartnerClosed) << word;
    }
    EXPECT_EQ(net::pairingFailureForClose(ConnectionClose::local(CloseReason::PeerClosed), otherwise),
              PairingFailure::PartnerClosed);
    // outside-5: the partner's fatal error is its program refusing and closing, not a network fault.
    EXPECT_EQ(net::pairingFailureForClose(
                  ConnectionClose::local(CloseReason::FatalErrorReceived, QStringLiteral("internal")), otherwise),
              PairingFailure::PartnerClosed);
    EXPECT_EQ(net::pairingFailureForClose(ConnectionClose::local(CloseReason::PinMismatch), otherwise),
              PairingFailure::PinMismatch);
    // This side's own busy close, a silence or a refused connection are not the partner's doing.
    for (const auto reason :
         {CloseReason::Busy, CloseReason::Timeout, CloseReason::ConnectFailed, CloseReason::Local}) {
        EXPECT_EQ(net::pairingFailureForClose(ConnectionClose::local(reason), otherwise), otherwise);
    }
    EXPECT_EQ(
        net::pairingFailureForClose(ConnectionClose::local(CloseReason::ConnectFailed), PairingFailure::Unreachable),
        PairingFailure::Unreachable);
}
