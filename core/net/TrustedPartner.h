#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace twofold::net {

// A partner this device has paired with: its identity and its pinned certificate.
struct TrustedPartner {
    QString deviceId;          // 64 lowercase hex: SHA-256 of the partner's public key
    QString name;              // display name at pairing time (or last hello)
    QString certificateDigest; // 64 lowercase hex: SHA-256 of the partner's certificate (the pin)
    QString lastAddress;       // where the partner was last reached (for reconnecting)
    quint16 lastPort = 0;      // the partner's listening TCP port (0 = unknown)
    QDateTime pairedAt;        // UTC
    // This device invited at pairing: it hosts the shared session log and keeps the link up by redialling
    // (docs/PROTOCOL.md "Roles"). Files written before this field existed read as false (the guest).
    bool invitedByUs = false;

    friend bool operator==(const TrustedPartner&, const TrustedPartner&) = default;
};

} // namespace twofold::net
