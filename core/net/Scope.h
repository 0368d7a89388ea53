#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringView>
#include <optional>

namespace twofold::net {

// Where the network layer may send traffic.
//   Loopback: 127.0.0.0/8 and ::1 only (tests, two instances on one machine).
//   Lan:      the local network: multicast/broadcast discovery, any interface.
enum class Scope { Loopback, Lan };

inline constexpr const char* kScopeEnvironmentVariable = "TWOFOLD_NET_SCOPE";

std::optional<Scope> parseScope(QStringView text); // "loopback" | "lan" (case-insensitive)
QString toString(Scope scope);

// The scope to use: the explicit flag if given, else TWOFOLD_NET_SCOPE, else Lan. An unparsable flag
// or variable is an error (never silently widened to Lan).
Result<Scope> resolveScope(const std::optional<QString>& flag);

// Whether the scope permits talking to this address (Loopback: only loopback addresses).
bool scopeAllows(Scope scope, const QHostAddress& address);

} // namespace twofold::net
