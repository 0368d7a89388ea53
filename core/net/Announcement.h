#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace twofold::net {

// The discovery datagram: UTF-8 JSON {"version":1,"deviceId":"<64 hex>","name":"Sam","port":47914,
// "at":1764871200000} and nothing else (docs/PROTOCOL.md "Discovery").
struct Announcement {
    int version = 0;
    QString deviceId;
    QString name;
    quint16 port = 0; // the sender's TLS port
    // When it was sent: the sender's wall clock, ms since the Unix epoch, strictly increasing per sender.
    // 0 = not given (an older peer): such an announcement cannot be told from a replay.
    qint64 sentAtMs = 0;

    friend bool operator==(const Announcement&, const Announcement&) = default;
};

inline constexpr qsizetype kMaxAnnouncementSize = 1024;

QByteArray encodeAnnouncement(const Announcement& announcement);
// Errors for anything that is not a well-formed announcement of at most kMaxAnnouncementSize bytes.
Result<Announcement> parseAnnouncement(const QByteArray& datagram);

} // namespace twofold::net
