#include "core/net/CloseReason.h"

#include "core/Limits.h"
#include "core/text/UserText.h"

#include <array>
#include <utility>

namespace twofold::net {
namespace {

// The words a peer may say in a bye (docs/PROTOCOL.md §5.6), one row per reason.
constexpr std::array<std::pair<CloseReason, QLatin1String>, 11> kByeWords{{
    {CloseReason::Local, QLatin1String("local")},
    {CloseReason::AppClosed, QLatin1String("app-closed")},
    {CloseReason::Busy, QLatin1String("busy")},
    {CloseReason::PairingElsewhere, QLatin1String("pairing-elsewhere")},
    {CloseReason::Declined, QLatin1String("declined")},
    {CloseReason::Superseded, QLatin1String("superseded")},
    {CloseReason::PairingFailed, QLatin1String("pairing-failed")},
    {CloseReason::Forgotten, QLatin1String("forgotten")},
    {CloseReason::Replaced, QLatin1String("replaced")},
    {CloseReason::Cancelled, QLatin1String("cancelled")},
    {CloseReason::Evicted, QLatin1String("evicted")},
}};

// The local words (§5.6) of reasons no bye can carry.
constexpr std::array<std::pair<CloseReason, QLatin1String>, 9> kLocalWords{{
    {CloseReason::PeerClosed, QLatin1String("peer-closed")},
    {CloseReason::ConnectFailed, QLatin1String("connect-failed")},
    {CloseReason::TlsFailed, QLatin1String("tls-failed")},
    {CloseReason::OutOfScope, QLatin1String("scope")},
    {CloseReason::HandshakeTimeout, QLatin1String("handshake-timeout")},
    {CloseReason::Timeout, QLatin1String("timeout")},
    {CloseReason::NotReading, QLatin1String("not-reading")},
    {CloseReason::NoPeerCertificate, QLatin1String("no-peer-certificate")},
    {CloseReason::PinMismatch, QLatin1String("pin-mismatch")},
}};

} // namespace

QLatin1String wireWord(CloseReason reason) {
    for (const auto& [value, word] : kByeWords) {
        if (value == reason) {
            return word;
        }
    }
    for (const auto& [value, word] : kLocalWords) {
        if (value == reason) {
            return word;
        }
    }
    return QLatin1String(); // Other, FatalErrorSent, FatalErrorReceived: the detail is the word
}

CloseReason closeReasonFromBye(QStringView word) {
    for (const auto& [value, known] : kByeWords) {
        if (word == known) {
            return value;
        }
    }
    return CloseReason::Other;
}

ConnectionClose ConnectionClose::local(CloseReason reason, QString detail) {
    return ConnectionClose{reason, false, std::move(detail)};
}

ConnectionClose ConnectionClose::fromBye(const QString& word) {
    const CloseReason reason = closeReasonFromBye(word);
    // The word is matched as sent; what is kept to show or log is cleaned like a name (no line breaks
    // or direction overrides a sentence would carry).
    return ConnectionClose{
        reason, true, reason == CloseReason::Other ? text::cleanName(word, limits::kByeReasonGraphemes) : QString()};
}

QString ConnectionClose::byeWord() const {
    const QLatin1String word = wireWord(reason);
    return word.isEmpty() ? detail : QString(word);
}

QString ConnectionClose::toString() const {
    if (saidByPeer) {
        const QString word = byeWord();
        return word.isEmpty() ? QStringLiteral("peer-bye") : QStringLiteral("peer-bye:") + word;
    }
    if (reason == CloseReason::FatalErrorReceived) {
        return QStringLiteral("peer:") + detail;
    }
    return byeWord();
}

} // namespace twofold::net
