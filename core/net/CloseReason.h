#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace twofold::net {

// Why a connection ended: the one vocabulary of close reasons, shared by Connection, Pairing, link::Peer,
// link::Redialer and the UI (docs/PROTOCOL.md §5.6). Nothing above the connection matches reason strings.
//
// The first group are the words a side says in `bye.reason`; their wire words never change (another
// team's peer reads them). The second group only ever happens locally: how a connection ended without a
// bye of ours. A peer's bye word this side does not know (or one of the second group, which no peer may
// claim) is `Other`, with the peer's word kept as the detail; an empty bye reason is `Other` with an
// empty detail. Words are matched whole, never by prefix.
enum class CloseReason {
    // Said in `bye.reason` (wire words in parentheses).
    Local,            // (local) closed by this side, no more to say
    AppClosed,        // (app-closed) the user closed the app on purpose
    Busy,             // (busy) in a linked session with its partner
    PairingElsewhere, // (pairing-elsewhere) answering or making another invitation
    Declined,         // (declined) its user declined this device a moment ago
    Superseded,       // (superseded) a newer attempt replaced this one
    PairingFailed,    // (pairing-failed) the pairing on this connection failed
    Forgotten,        // (forgotten) the user forgot this partner
    Replaced,         // (replaced) a newer link to the same partner took over
    Cancelled,        // (cancelled) the user stopped an attempt still connecting
    Evicted,          // (evicted) an unauthenticated connection made room for a newer one
    Other,            // a word this side does not know, or none: a plain close
    // Local only: the connection ended without this side saying bye.
    PeerClosed,        // (peer-closed) the TCP/TLS connection ended without bye
    ConnectFailed,     // (connect-failed)
    TlsFailed,         // (tls-failed)
    OutOfScope,        // (scope) address outside the scope, or port 0
    HandshakeTimeout,  // (handshake-timeout)
    Timeout,           // (timeout) silence limit exceeded
    NotReading,        // (not-reading) the peer let too much queue up, or pinged without reading
    NoPeerCertificate, // (no-peer-certificate)
    PinMismatch,       // (pin-mismatch) the certificate did not match the pin
    FatalErrorSent,    // this side sent a fatal `error`; the detail is its code
    FatalErrorReceived // the peer sent a fatal `error`; the detail is its code ("peer:<code>")
};

// The word of a reason: its `bye.reason` wire word for the first group, its §5.6 local word for the
// second. Other, FatalErrorSent and FatalErrorReceived have none (empty): their detail is the word.
QLatin1String wireWord(CloseReason reason);
// The reason a peer's `bye.reason` word names: only words of the first group count; anything else is
// Other (the caller keeps the word as the detail).
CloseReason closeReasonFromBye(QStringView word);

// How one connection ended, as Connection::closed() reports it.
struct ConnectionClose {
    CloseReason reason = CloseReason::Local;
    bool saidByPeer = false; // the peer said it in a bye (reason is of the first group)
    QString detail;          // Other: the peer's own word; FatalError*: the error code

    // This side closed, saying `reason` (bye when the link was ready).
    static ConnectionClose local(CloseReason reason, QString detail = {});
    // The peer said bye with this `bye.reason` word (already cut to its length limit).
    static ConnectionClose fromBye(const QString& word);

    bool peerSaid(CloseReason word) const { return saidByPeer && reason == word; }
    // What goes into this side's bye: the wire word, or the detail for Other.
    QString byeWord() const;
    // The §5.6 text, for logs and diagnostics: "busy", "peer-bye:busy", "peer-bye", "peer:too-many-errors".
    QString toString() const;

    friend bool operator==(const ConnectionClose&, const ConnectionClose&) = default;
};

} // namespace twofold::net

Q_DECLARE_METATYPE(twofold::net::ConnectionClose)
