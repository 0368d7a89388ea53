#pragma once

#include <QLatin1String>

namespace twofold::protocol {

// The protocol version every peer announces in `hello` and in discovery. Peers with another version are
// refused with `unsupported-version` (see Version.h). docs/PROTOCOL.md "Changelog" says what each version
// changed and what needs a new one.
inline constexpr int kProtocolVersion = 2;

// The `type` of every message. The shapes live in MessageSchema.cpp (one table row per type).
namespace msg {
// Connection.
inline constexpr QLatin1String kHello{"hello"};
inline constexpr QLatin1String kError{"error"};
inline constexpr QLatin1String kPing{"ping"};
inline constexpr QLatin1String kPong{"pong"};
inline constexpr QLatin1String kBye{"bye"};
// Pairing.
inline constexpr QLatin1String kPairInvite{"pair-invite"};
inline constexpr QLatin1String kPairAccept{"pair-accept"};
inline constexpr QLatin1String kPairDecline{"pair-decline"};
inline constexpr QLatin1String kPairCommit{"pair-commit"};
inline constexpr QLatin1String kPairNonce{"pair-nonce"};
inline constexpr QLatin1String kPairOpen{"pair-open"};
inline constexpr QLatin1String kPairConfirm{"pair-confirm"};
inline constexpr QLatin1String kPairStored{"pair-stored"};
inline constexpr QLatin1String kPairCancel{"pair-cancel"};
// Session sync (shape only here; semantics belong to the sync layer).
inline constexpr QLatin1String kSessionResume{"session-resume"};
inline constexpr QLatin1String kSessionIntent{"session-intent"};
inline constexpr QLatin1String kSessionEvent{"session-event"};
inline constexpr QLatin1String kSessionReject{"session-reject"};
inline constexpr QLatin1String kSessionAck{"session-ack"};
} // namespace msg

} // namespace twofold::protocol
