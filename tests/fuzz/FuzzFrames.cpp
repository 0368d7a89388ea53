// libFuzzer target: the frame decoder and the message validator on arbitrary bytes.
//
// The input is fed to a FrameDecoder in chunks (sizes taken from the first byte) and every decoded
// object goes through parseMessage(); the whole input is also tried as one frame payload. Beyond "no
// crash, no sanitizer report", decoding must be stable: an object that decodes re-encodes to a frame
// that decodes to the same object again.
#include "core/protocol/Frame.h"
#include "core/protocol/FrameDecoder.h"
#include "core/protocol/MessageSchema.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QtEndian>
#include <cstdint>
#include <cstdlib>

using namespace twofold::protocol;

namespace {

void check(const QJsonObject& object) {
    (void)parseMessage(object);
    const QByteArray frame = encodeFrame(object);
    if (frame.isEmpty()) {
        return; // re-encoding can exceed the limit (escapes grow); that is a refusal, not a bug
    }
    FrameDecoder again;
    again.feed(frame);
    auto item = again.next();
    if (!item || !item.value() || encodeFrame(*item.value()) != frame) {
        std::abort();
    }
}

void drain(FrameDecoder& decoder) {
    while (true) {
        auto item = decoder.next();
        if (!item) {
            if (decoder.failed()) {
                return;
            }
            continue;
        }
        if (!item.value()) {
            return;
        }
        check(*item.value());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto* bytes = reinterpret_cast<const char*>(data);
    const auto length = static_cast<qsizetype>(size);

    FrameDecoder decoder;
    const qsizetype chunk = size > 0 ? (data[0] % 16) + 1 : 1;
    for (qsizetype offset = 0; offset < length; offset += chunk) {
        decoder.feed(QByteArrayView(bytes + offset, std::min(chunk, length - offset)));
        drain(decoder);
    }

    if (length <= kMaxFramePayload) {
        QByteArray frame(kFrameHeaderSize, Qt::Uninitialized);
        qToBigEndian(static_cast<quint32>(length), frame.data());
        frame.append(bytes, length);
        FrameDecoder whole;
        whole.feed(frame);
        drain(whole);
    }
    return 0;
}
