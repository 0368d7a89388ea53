#include "core/protocol/FrameDecoder.h"

#include "core/protocol/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

namespace twofold::protocol {
namespace {

// True when `payload` is one JSON value that is neither an object nor an array (a number, string, true,
// false or null), with optional white space around it: it parses as the only element of an array.
bool isJsonScalar(const QByteArray& payload) {
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('{') || trimmed.startsWith('[')) {
        return false;
    }
    QJsonParseError error{};
    const auto wrapped = QJsonDocument::fromJson('[' + payload + ']', &error);
    return error.error == QJsonParseError::NoError && wrapped.isArray() && wrapped.array().size() == 1;
}

} // namespace

FrameDecoder::FrameDecoder(qsizetype maxPayload) : m_maxPayload(maxPayload) {}

void FrameDecoder::feed(QByteArrayView bytes) {
    if (m_failed || bytes.isEmpty()) {
        return;
    }
    compact();
    m_buffer.append(bytes);
}

Result<std::optional<QJsonObject>> FrameDecoder::next() {
    if (m_failed) {
        return m_failure;
    }
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < kFrameHeaderSize) {
        return std::optional<QJsonObject>{};
    }
    const auto length = static_cast<qsizetype>(qFromBigEndian<quint32>(m_buffer.constData() + m_offset));
    if (length > m_maxPayload) {
        m_failed = true;
        m_failure = Error{QString(errc::kFrameTooLarge),
                          QStringLiteral("frame of %1 bytes exceeds the limit of %2").arg(length).arg(m_maxPayload)};
        m_buffer.clear();
        m_offset = 0;
        return m_failure;
    }
    if (available < kFrameHeaderSize + length) {
        return std::optional<QJsonObject>{};
    }
    const QByteArray payload = m_buffer.mid(m_offset + kFrameHeaderSize, length);
    m_offset += kFrameHeaderSize + length;

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument takes only objects and arrays at the top; a lone scalar ("5", "true") is valid
        // JSON all the same, and docs/PROTOCOL.md §4.2 calls that not-an-object, not malformed.
        if (isJsonScalar(payload)) {
            return Error{QString(errc::kNotAnObject), QStringLiteral("payload is JSON but not an object")};
        }
        return Error{QString(errc::kMalformedJson),
                     QStringLiteral("payload is not valid JSON at offset %1").arg(parseError.offset)};
    }
    if (!document.isObject()) {
        return Error{QString(errc::kNotAnObject), QStringLiteral("payload is JSON but not an object")};
    }
    return std::optional<QJsonObject>{document.object()};
}

void FrameDecoder::reset() {
    m_buffer.clear();
    m_offset = 0;
    m_failed = false;
    m_failure = {};
}

void FrameDecoder::compact() {
    if (m_offset == 0) {
        return;
    }
    if (m_offset >= m_buffer.size()) {
        m_buffer.clear();
    } else {
        m_buffer.remove(0, m_offset);
    }
    m_offset = 0;
}

} // namespace twofold::protocol
