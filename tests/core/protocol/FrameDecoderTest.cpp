#include "core/protocol/FrameDecoder.h"

#include "core/protocol/ErrorCodes.h"
#include "core/protocol/Frame.h"

#include <QJsonArray>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace twofold::protocol;

namespace {

QByteArray header(quint32 length) {
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(length, bytes.data());
    return bytes;
}

QByteArray rawFrame(const QByteArray& payload) {
    return header(static_cast<quint32>(payload.size())) + payload;
}

QJsonObject sample(int n) {
    return QJsonObject{{QLatin1String("type"), QLatin1String("ping")},
                       {QLatin1String("n"), n},
                       {QLatin1String("text"), QStringLiteral("caf\u00e9 \u2764 %1").arg(n)}};
}

// Drains the decoder: objects until it needs more bytes; stops at the first error.
std::vector<QJsonObject> drain(FrameDecoder& decoder, QString* errorCode = nullptr) {
    std::vector<QJsonObject> objects;
    while (true) {
        auto item = decoder.next();
        if (!item) {
            if (errorCode != nullptr) {
                *errorCode = item.error().code;
            }
            return objects;
        }
        if (!item.value()) {
            return objects;
        }
        objects.push_back(*item.value());
    }
}

} // namespace

TEST(FrameDecoder, round_trips_several_frames_fed_at_once) {
    QByteArray stream;
    for (int i = 0; i < 5; ++i) {
        stream += encodeFrame(sample(i));
    }
    FrameDecoder decoder;
    decoder.feed(stream);
    const auto objects = drain(decoder);
    ASSERT_EQ(objects.size(), 5U);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(objects[static_cast<std::size_t>(i)], sample(i));
    }
    EXPECT_EQ(decoder.bufferedBytes(), 0);
}

TEST(FrameDecoder, encodes_a_big_endian_length_and_compact_utf8_json) {
    const QByteArray frame = encodeFrame(QJsonObject{{QLatin1String("type"), QLatin1String("ping")}});
    EXPECT_EQ(frame, QByteArray("\x00\x00\x00\x0f{\"type\":\"ping\"}", 19));
}

TEST(FrameDecoder, decodes_the_same_objects_when_split_at_every_byte) {
    const QByteArray stream = encodeFrame(sample(1)) + encodeFrame(sample(2)) + encodeFrame(sample(3));
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        FrameDecoder decoder;
        std::vector<QJsonObject> objects;
        decoder.feed(QByteArrayView(stream).first(cut));
        for (auto& o : drain(decoder)) {
            objects.push_back(o);
        }
        decoder.feed(QByteArrayView(stream).sliced(cut));
        for (auto& o : drain(decoder)) {
            objects.push_back(o);
        }
        ASSERT_EQ(objects.size(), 3U) << "cut at " << cut;
        EXPECT_EQ(objects[2], sample(3));
    }
}

TEST(FrameDecoder, decodes_a_stream_fed_one_byte_at_a_time) {
    const QByteArray stream = encodeFrame(sample(7)) + encodeFrame(sample(8));
    FrameDecoder decoder;
    std::vector<QJsonObject> objects;
    for (const char byte : stream) {
        decoder.feed(QByteArrayView(&byte, 1));
        for (auto& o : drain(decoder)) {
            objects.push_back(o);
        }
    }
    ASSERT_EQ(objects.size(), 2U);
    EXPECT_EQ(objects[0], sample(7));
    EXPECT_EQ(objects[1], sample(8));
}

TEST(FrameDecoder, waits_for_more_bytes_when_a_frame_is_cut) {
    const QByteArray frame = encodeFrame(sample(1));
    FrameDecoder decoder;
    decoder.feed(QByteArrayView(frame).first(frame.size() - 1));
    auto item = decoder.next();
    ASSERT_TRUE(item);
    EXPECT_FALSE(item.value().has_value());
    EXPECT_FALSE(decoder.failed());
    decoder.feed(QByteArrayView(frame).last(1));
    item = decoder.next();
    ASSERT_TRUE(item);
    ASSERT_TRUE(item.value().has_value());
    EXPECT_EQ(*item.value(), sample(1));
}

TEST(FrameDecoder, accepts_a_payload_of_exactly_the_limit) {
    QString filler(static_cast<qsizetype>(kMaxFramePayload - 12), QLatin1Char('x'));
    const QJsonObject big{{QLatin1String("t"), filler}}; // {"t":"xxx…"} = 8 + filler
    const QByteArray frame = encodeFrame(big);
    ASSERT_FALSE(frame.isEmpty());
    EXPECT_LE(frame.size() - kFrameHeaderSize, kMaxFramePayload);
    FrameDecoder decoder;
    decoder.feed(frame);
    const auto objects = drain(decoder);
    ASSERT_EQ(objects.size(), 1U);
}

TEST(FrameDecoder, refuses_to_encode_an_oversize_object) {
    QString filler(static_cast<qsizetype>(kMaxFramePayload), QLatin1Char('x'));
    EXPECT_TRUE(encodeFrame(QJsonObject{{QLatin1String("t"), filler}}).isEmpty());
}

TEST(FrameDecoder, rejects_an_oversize_length_at_once_and_stays_failed) {
    FrameDecoder decoder;
    decoder.feed(header(static_cast<quint32>(kMaxFramePayload + 1))); // no payload needed to decide
    QString code;
    EXPECT_TRUE(drain(decoder, &code).empty());
    EXPECT_EQ(code, QString(errc::kFrameTooLarge));
    EXPECT_TRUE(decoder.failed());
    decoder.feed(encodeFrame(sample(1)));
    auto item = decoder.next();
    ASSERT_FALSE(item);
    EXPECT_EQ(item.error().code, QString(errc::kFrameTooLarge));
}

TEST(FrameDecoder, rejects_the_largest_possible_length) {
    FrameDecoder decoder;
    decoder.feed(QByteArray("\xff\xff\xff\xff", 4));
    QString code;
    drain(decoder, &code);
    EXPECT_EQ(code, QString(errc::kFrameTooLarge));
}

TEST(FrameDecoder, reports_malformed_json_and_continues_with_the_next_frame) {
    FrameDecoder decoder;
    decoder.feed(rawFrame("{\"type\": \"ping\"") + rawFrame("") + rawFrame("\xc3\x28") + encodeFrame(sample(4)));
    for (int i = 0; i < 3; ++i) {
        auto item = decoder.next();
        ASSERT_FALSE(item) << i;
        EXPECT_EQ(item.error().code, QString(errc::kMalformedJson)) << i;
    }
    EXPECT_FALSE(decoder.failed());
    const auto objects = drain(decoder);
    ASSERT_EQ(objects.size(), 1U);
    EXPECT_EQ(objects[0], sample(4));
}

TEST(FrameDecoder, reports_json_that_is_not_an_object) {
    FrameDecoder decoder;
    decoder.feed(rawFrame("[1,2,3]") + rawFrame("\"text\"") + encodeFrame(sample(5)));
    for (int i = 0; i < 2; ++i) {
        auto item = decoder.next();
        ASSERT_FALSE(item);
        EXPECT_EQ(item.error().code, QString(errc::kNotAnObject));
    }
    const auto objects = drain(decoder);
    ASSERT_EQ(objects.size(), 1U);
}

// A top-level scalar is valid JSON, just not an object (docs/PROTOCOL.md §4.2); only text that is not
// JSON at all is malformed.
TEST(FrameDecoder, tells_a_top_level_scalar_from_malformed_json) {
    for (const char* scalar : {"5", " -1.5e3 ", "true", "null", "\"\"", "\"{\""}) {
        FrameDecoder decoder;
        decoder.feed(rawFrame(scalar));
        auto item = decoder.next();
        ASSERT_FALSE(item) << scalar;
        EXPECT_EQ(item.error().code, QString(errc::kNotAnObject)) << scalar;
    }
    for (const char* broken : {"", "5 6", "{oops", "tru", "\"open", "[1,", "1]"}) {
        FrameDecoder decoder;
        decoder.feed(rawFrame(broken));
        auto item = decoder.next();
        ASSERT_FALSE(item) << broken;
        EXPECT_EQ(item.error().code, QString(errc::kMalformedJson)) << broken;
    }
}

TEST(FrameDecoder, reports_an_array_payload_as_not_an_object) {
    FrameDecoder decoder;
    decoder.feed(rawFrame("[]"));
    auto item = decoder.next();
    ASSERT_FALSE(item);
    EXPECT_EQ(item.error().code, QString(errc::kNotAnObject));
}

TEST(FrameDecoder, can_be_reset_after_a_fatal_error) {
    FrameDecoder decoder;
    decoder.feed(header(0x7fffffff));
    drain(decoder);
    ASSERT_TRUE(decoder.failed());
    decoder.reset();
    decoder.feed(encodeFrame(sample(9)));
    EXPECT_EQ(drain(decoder).size(), 1U);
}
