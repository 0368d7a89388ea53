#pragma once

#include "core/Result.h"
#include "core/protocol/Frame.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <optional>

namespace twofold::protocol {

// Incremental frame decoder: feed arbitrary chunks of the byte stream, take complete objects out.
//
//   decoder.feed(bytes);
//   while (true) {
//       auto item = decoder.next();
//       if (!item) { ... item.error().code ...; if (decoder.failed()) stop; continue; }
//       if (!item.value()) break;          // needs more bytes
//       use(*item.value());
//   }
//
// A frame whose payload is not JSON (`malformed-json`) or not an object (`not-an-object`) is consumed
// and reported; decoding continues with the next frame. A length above the limit (`frame-too-large`)
// is fatal: the stream cannot be resynchronised, failed() becomes true and every later next() repeats
// that error. A frame cut mid-way simply waits for more bytes.
class FrameDecoder {
public:
    explicit FrameDecoder(qsizetype maxPayload = kMaxFramePayload);

    void feed(QByteArrayView bytes);
    Result<std::optional<QJsonObject>> next();

    bool failed() const { return m_failed; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }
    void reset();

private:
    void compact();

    qsizetype m_maxPayload;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_failed = false;
    Error m_failure;
};

} // namespace twofold::protocol
