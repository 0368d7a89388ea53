#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace twofold::net {

// A device heard on the network (not necessarily trusted, nor speaking our protocol version).
struct DiscoveredPeer {
    QString deviceId;
    QString name;
    QHostAddress address; // where its announcement came from
    quint16 port = 0;     // its TLS port
    int protocolVersion = 0;

    friend bool operator==(const DiscoveredPeer&, const DiscoveredPeer&) = default;
};

} // namespace twofold::net

Q_DECLARE_METATYPE(twofold::net::DiscoveredPeer)
