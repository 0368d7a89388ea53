#include "core/net/CloseReason.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace twofold;
using net::CloseReason;
using net::ConnectionClose;

namespace {

// docs/PROTOCOL.md §5.6: the words a bye may carry, which another team's peer reads and sends.
const std::vector<std::pair<CloseReason, const char*>> kByeWords{
    {CloseReason::Local, "local"},
    {CloseReason::AppClosed, "app-closed"},
    {CloseReason::Busy, "busy"},
    {CloseReason::PairingElsewhere, "pairing-elsewhere"},
    {CloseReason::Declined, "declined"},
    {CloseReason::Superseded, "superseded"},
    {CloseReason::PairingFailed, "pairing-failed"},
    {CloseReason::Forgotten, "forgotten"},
    {CloseReason::Replaced, "replaced"},
    {CloseReason::Cancelled, "cancelled"},
    {CloseReason::Evicted, "evicted"},
};

// The local-only reasons and their §5.6 words.
const std::vector<std::pair<CloseReason, const char*>> kLocalWords{
    {CloseReason::PeerClosed, "peer-closed"},
    {CloseReason::ConnectFailed, "connect-failed"},
    {CloseReason::TlsFailed, "tls-failed"},
    {CloseReason::OutOfScope, "scope"},
    {CloseReason::HandshakeTimeout, "handshake-timeout"},
    {CloseReason::Timeout, "timeout"},
    {CloseReason::NotReading, "not-reading"},
    {CloseReason::NoPeerCertificate, "no-peer-certificate"},
    {CloseReason::PinMismatch, "pin-mismatch"},
};

} // namespace

TEST(CloseReason, every_bye_word_round_trips_unchanged) {
    for (const auto& [reason, word] : kByeWords) {
        EXPECT_EQ(net::wireWord(reason), QLatin1String(word)) << word;
        EXPECT_EQ(net::closeReasonFromBye(QString::fromLatin1(word)), reason) << word;
        const auto said = ConnectionClose::fromBye(QString::fromLatin1(word));
        EXPECT_TRUE(said.peerSaid(reason)) << word;
        EXPECT_TRUE(said.detail.isEmpty()) << word;
        EXPECT_EQ(said.toString(), QStringLiteral("peer-bye:") + QString::fromLatin1(word));
        // What this side sends is the same word the peer reads back.
        EXPECT_EQ(ConnectionClose::local(reason).byeWord(), QString::fromLatin1(word));
        EXPECT_EQ(ConnectionClose::local(reason).toString(), QString::fromLatin1(word));
        EXPECT_FALSE(ConnectionClose::local(reason).peerSaid(reason));
    }
}

TEST(CloseReason, every_local_reason_has_its_own_word) {
    QSet<QString> seen;
    for (const auto& [reason, word] : kLocalWords) {
        EXPECT_EQ(net::wireWord(reason), QLatin1String(word)) << word;
        EXPECT_EQ(ConnectionClose::local(reason).toString(), QString::fromLatin1(word));
        seen.insert(QString::fromLatin1(word));
    }
    for (const auto& [reason, word] : kByeWords) {
        seen.insert(QString::fromLatin1(word));
    }
    EXPECT_EQ(seen.size(), static_cast<qsizetype>(kByeWords.size() + kLocalWords.size())); // no word twice
}

// A bye word from a later version (or another team's peer) is a plain close that keeps the word.
TEST(CloseReason, an_unknown_bye_word_is_other_with_the_word_kept) {
    const auto said = ConnectionClose::fromBye(QStringLiteral("gone-fishing"));
    EXPECT_EQ(said.reason, CloseReason::Other);
    EXPECT_TRUE(said.saidByPeer);
    EXPECT_EQ(said.detail, QStringLiteral("gone-fishing"));
    EXPECT_EQ(said.toString(), QStringLiteral("peer-bye:gone-fishing"));

    const auto none = ConnectionClose::fromBye(QString());
    EXPECT_EQ(none.reason, CloseReason::Other);
    EXPECT_TRUE(none.detail.isEmpty());
    EXPECT_EQ(none.toString(), QStringLiteral("peer-bye"));

    // This side may say a word of its own too: it goes out as it is.
    EXPECT_EQ(ConnectionClose::local(CloseReason::Other, QStringLiteral("done")).byeWord(), QStringLiteral("done"));
}

// A peer cannot make this side believe something only this side can know (a pin mismatch would stop the
// redialling and warn the user), nor match by prefix or case.
TEST(CloseReason, a_peer_cannot_claim_a_local_reason_or_a_near_word) {
    for (const auto& [reason, word] : kLocalWords) {
        const auto said = ConnectionClose::fromBye(QString::fromLatin1(word));
        EXPECT_EQ(said.reason, CloseReason::Other) << word;
        EXPECT_EQ(said.detail, QString::fromLatin1(word));
    }
    for (const char* near : {"busy ", "Busy", "busy:now", "app-closed-now", "app", "peer-bye:busy", "peer:busy"}) {
        const auto said = ConnectionClose::fromBye(QString::fromLatin1(near));
        EXPECT_EQ(said.reason, CloseReason::Other) << near;
        EXPECT_EQ(said.detail, QString::fromLatin1(near).trimmed()); // kept cleaned, like a name
    }
}

// outside-5 found a peer's bye word shown verbatim: a NUL, a line break, U+202E (RIGHT-TO-LEFT OVERRIDE).
TEST(CloseReason, a_peers_unknown_word_is_kept_cleaned_like_a_name) {
    const auto said = ConnectionClose::fromBye(QStringLiteral("\u202Ebusy\nnow\0x"));
    EXPECT_EQ(said.reason, CloseReason::Other);
    EXPECT_EQ(said.toString(), QStringLiteral("peer-bye:busy now x"));
}

TEST(CloseReason, fatal_errors_carry_their_code) {
    EXPECT_EQ(ConnectionClose::local(CloseReason::FatalErrorSent, QStringLiteral("too-many-errors")).toString(),
              QStringLiteral("too-many-errors"));
    EXPECT_EQ(ConnectionClose::local(CloseReason::FatalErrorReceived, QStringLiteral("identity-mismatch")).toString(),
              QStringLiteral("peer:identity-mismatch"));
}
