#include "core/protocol/Frame.h"

#include <QJsonDocument>
#include <QtEndian>

namespace twofold::protocol {

QByteArray encodeFrame(const QJsonObject& object) {
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (payload.size() > kMaxFramePayload) {
        return {};
    }
    QByteArray frame(kFrameHeaderSize, Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(payload.size()), frame.data());
    frame.append(payload);
    return frame;
}

} // namespace twofold::protocol
