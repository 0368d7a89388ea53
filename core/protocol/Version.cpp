#include "core/protocol/Version.h"

#include "core/protocol/ErrorCodes.h"
#include "core/protocol/MessageSchema.h"
#include "core/protocol/MessageTypes.h"

#include <QRegularExpression>

namespace twofold::protocol {

VersionGap compareWithOurs(int peerVersion) {
    if (peerVersion < kProtocolVersion) {
        return VersionGap::PeerOlder;
    }
    return peerVersion > kProtocolVersion ? VersionGap::PeerNewer : VersionGap::Same;
}

QJsonObject makeUnsupportedVersionError() {
    QJsonObject error = makeError(QString(errc::kUnsupportedVersion),
                                  QStringLiteral("this peer speaks protocol version %1").arg(kProtocolVersion), true);
    error.insert(QLatin1String("version"), kProtocolVersion);
    return error;
}

std::optional<int> versionOfUnsupportedVersionError(const QJsonObject& error) {
    const auto field = error.value(QLatin1String("version"));
    if (field.isDouble() && field.toDouble() >= 1 && field.toDouble() <= 1000000) {
        return static_cast<int>(field.toDouble());
    }
    static const QRegularExpression trailing(QStringLiteral("version (\\d{1,7})$"));
    const auto match = trailing.match(error.value(QLatin1String("message")).toString());
    if (match.hasMatch()) {
        return match.captured(1).toInt();
    }
    return std::nullopt;
}

} // namespace twofold::protocol
