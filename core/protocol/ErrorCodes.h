#pragma once

#include <QLatin1String>

// Stable machine codes carried in `error` messages, Result errors and `closed()` reasons.
// docs/PROTOCOL.md lists what each one means on the wire.
namespace twofold::protocol::errc {

// Framing (FrameDecoder).
inline constexpr QLatin1String kFrameTooLarge{"frame-too-large"}; // fatal: the stream cannot be resynchronised
inline constexpr QLatin1String kMalformedJson{"malformed-json"};
inline constexpr QLatin1String kNotAnObject{"not-an-object"};

// Message shape (parseMessage).
inline constexpr QLatin1String kUnknownType{"unknown-type"};
inline constexpr QLatin1String kMissingField{"missing-field"};
inline constexpr QLatin1String kBadField{"bad-field"};

// Connection level.
inline constexpr QLatin1String kUnsupportedVersion{"unsupported-version"};
inline constexpr QLatin1String kHelloExpected{"hello-expected"};
inline constexpr QLatin1String kUnexpectedHello{"unexpected-hello"};
inline constexpr QLatin1String kIdentityMismatch{"identity-mismatch"};
inline constexpr QLatin1String kTooManyErrors{"too-many-errors"};
// A session-* message on a connection that is not (yet) a paired, pinned link; non-fatal.
inline constexpr QLatin1String kNotPaired{"not-paired"};

// Session sync (docs/PROTOCOL.md "Session sync"), answered with a non-fatal `error`.
inline constexpr QLatin1String kNotHost{"not-host"};                 // intents go to the host; events come from it
inline constexpr QLatin1String kMalformedIntent{"malformed-intent"}; // also a session-reject code (bad intent body)
inline constexpr QLatin1String kMalformedEvent{"malformed-event"};
inline constexpr QLatin1String kEventRefused{"event-refused"}; // the guest's reducer refused a host event
inline constexpr QLatin1String kRoleConflict{"role-conflict"};

} // namespace twofold::protocol::errc
