#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace twofold::protocol {

// Which side of a protocol version mismatch needs an update (docs/PROTOCOL.md §5.1).
enum class VersionGap {
    Same,
    PeerOlder, // the peer speaks an older version: the partner's Twofold needs an update
    PeerNewer, // the peer speaks a newer version: this Twofold needs an update
};
VersionGap compareWithOurs(int peerVersion);

// The fatal `unsupported-version` error a side sends for a hello of another version: the message names
// our version ("this peer speaks protocol version 2") and the field `version` carries it.
QJsonObject makeUnsupportedVersionError();

// The sender's version from a received `unsupported-version` error: its `version` field, else the number
// at the end of its message (version-1 peers send only "this peer speaks protocol version 1"); empty when
// neither says.
std::optional<int> versionOfUnsupportedVersionError(const QJsonObject& error);

} // namespace twofold::protocol
