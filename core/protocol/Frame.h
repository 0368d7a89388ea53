#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QtGlobal>

namespace twofold::protocol {

// Wire framing: a 4-byte big-endian payload length, then that many bytes of UTF-8 JSON (one object).
inline constexpr qsizetype kFrameHeaderSize = 4;
inline constexpr qsizetype kMaxFramePayload = 64 * 1024; // 65536 bytes, inclusive

// Encodes one object as a frame. Returns an empty array when the payload would exceed kMaxFramePayload
// (callers that cannot guarantee the size must check isEmpty()).
QByteArray encodeFrame(const QJsonObject& object);

} // namespace twofold::protocol
