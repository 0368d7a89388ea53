#pragma once

// Every length and range limit a partner can meet, in one place, each with its unit in its name.
// "Graphemes" are user-perceived characters (extended grapheme clusters, Unicode UAX #29), counted and cut
// with core/text/UserText.h, so "👍🏽" is one; docs/PROTOCOL.md "Conventions" states the same limits for
// the wire.
namespace twofold::limits {

// A display name: 1 to 64 graphemes (PROTOCOL.md `hello.name`, `pair-invite.name`, `session-started`
// names, the certificate's CN). Longer names are cut on entry, on send and on receipt, never split.
inline constexpr int kNameGraphemes = 64;

// A `bye.reason` or `error.code` as shown or logged: at most 256 and 64 graphemes (PROTOCOL.md
// message table).
inline constexpr int kByeReasonGraphemes = 256;
inline constexpr int kErrorCodeGraphemes = 64;

// The one line said at re-entry after a pause ("How are you now?"): 1 to 200 graphemes (PROTOCOL.md
// `re-entered.feeling`).
inline constexpr int kReEntryGraphemes = 200;

// "I need N minutes": a timed break lasts 5 to 30 minutes, 10 unless chosen (shared/DESIGN.md §4).
inline constexpr int kMinBreakMinutes = 5;
inline constexpr int kMaxBreakMinutes = 30;
inline constexpr int kDefaultBreakMinutes = 10;

} // namespace twofold::limits
