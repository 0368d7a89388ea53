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

// "loopback" | "lan", case-insensitive, surrounding spaces ignored; nullopt for anything else (callers
// treat that as an error, never as Lan). Which source applies (flag, environment, setting) is decided at
// the programs' edge (app/options/AppOptions.h), not here.
std::optional<Scope> parseScope(QStringView text);
QString toString(Scope scope);

// Whether the scope permits talking to this address (Loopback: only loopback addresses).
bool scopeAllows(Scope scope, const QHostAddress& address);

} // namespace twofold::net
