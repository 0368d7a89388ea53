#include "core/net/Announcement.h"

#include "core/Limits.h"
#include "core/protocol/MessageSchema.h"
#include "core/text/UserText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace twofold::net {
namespace {

// The datagram has the shape of a message row without the `type` field.
const protocol::MessageSchema& announcementSchema() {
    static const protocol::MessageSchema schema({protocol::MessageSpec{
        QLatin1String("announce"),
        {protocol::integer(QLatin1String("version"), 1, 1000000), protocol::hex(QLatin1String("deviceId"), 32),
         protocol::text(QLatin1String("name"), 1, limits::kNameGraphemes),
         protocol::integer(QLatin1String("port"), 1, 65535),
         protocol::optional(protocol::integer(QLatin1String("at"), 1, protocol::kMaxJsonInteger))}}});
    return schema;
}

} // namespace

QByteArray encodeAnnouncement(const Announcement& announcement) {
    QJsonObject object{{QLatin1String("version"), announcement.version},
                       {QLatin1String("deviceId"), announcement.deviceId},
                       {QLatin1String("name"), announcement.name},
                       {QLatin1String("port"), static_cast<int>(announcement.port)}};
    if (announcement.sentAtMs > 0) {
        object.insert(QLatin1String("at"), QJsonValue(announcement.sentAtMs));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Announcement> parseAnnouncement(const QByteArray& datagram) {
    if (datagram.size() > kMaxAnnouncementSize) {
        return Error{QStringLiteral("oversize"), QStringLiteral("datagram too large")};
    }
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(datagram, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{QStringLiteral("malformed"), QStringLiteral("not a JSON object")};
    }
    QJsonObject object = document.object();
    object.insert(QLatin1String("type"), QStringLiteral("announce"));
    const auto checked = announcementSchema().parse(object);
    if (!checked) {
        return checked.error();
    }
    Announcement announcement;
    announcement.version = object.value(QLatin1String("version")).toInt();
    announcement.deviceId = object.value(QLatin1String("deviceId")).toString();
    announcement.name = text::cleanName(object.value(QLatin1String("name")).toString());
    announcement.port = static_cast<quint16>(object.value(QLatin1String("port")).toInt());
    announcement.sentAtMs = static_cast<qint64>(object.value(QLatin1String("at")).toDouble(0));
    return announcement;
}

} // namespace twofold::net
