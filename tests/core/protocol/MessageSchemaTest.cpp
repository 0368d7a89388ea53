#include "core/protocol/MessageSchema.h"

#include "core/protocol/ErrorCodes.h"
#include "core/protocol/MessageTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace twofold::protocol;

namespace {

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char* kDeviceId = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

QString hex64() {
    return QString::fromLatin1(kDeviceId);
}

// One valid example of every message type.
std::vector<QJsonObject> validExamples() {
    const char* texts[] = {
        R"({"type": "hello", "version": 1, "deviceId": "%H", "name": "Sam"})",
        R"({"type": "error", "code": "bad-field", "message": "x", "fatal": false})",
        R"({"type": "ping", "t": 1700000000000})",
        R"({"type": "pong", "t": 1700000000000, "at": 1700000240003})",
        R"({"type": "bye"})",
        R"({"type": "pair-invite", "name": "Alex"})",
        R"({"type": "pair-accept"})",
        R"({"type": "pair-decline"})",
        R"({"type": "pair-commit", "commitment": "%H"})",
        R"({"type": "pair-nonce", "nonce": "%H"})",
        R"({"type": "pair-open", "nonce": "%H"})",
        R"({"type": "pair-confirm"})",
        R"({"type": "pair-stored"})",
        R"({"type": "pair-cancel"})",
        R"({"type": "session-resume", "sessionId": "s-1", "lastSeq": 0, "role": "host"})",
        R"({"type": "session-intent", "id": "9f3a00c1e2d4b5a6", "intent": {}})",
        R"({"type": "session-event", "event": {"seq": 1}, "intent": "9f3a00c1e2d4b5a6"})",
        R"({"type": "session-reject", "id": "9f3a00c1e2d4b5a6", "code": "not-your-turn", "args": {"name": "Alex"}})",
        R"({"type": "session-ack", "seq": 12})",
    };
    std::vector<QJsonObject> examples;
    for (const char* text : texts) {
        QByteArray bytes(text);
        bytes.replace("%H", kDeviceId);
        examples.push_back(QJsonDocument::fromJson(bytes).object());
    }
    return examples;
}

QJsonObject with(QJsonObject object, const char* key, const QJsonValue& value) {
    object.insert(QLatin1String(key), value);
    return object;
}

QString str(const char* text) {
    return QString::fromUtf8(text);
}

QString codeOf(const QJsonObject& object) {
    const auto result = parseMessage(object);
    return result ? QStringLiteral("ok") : result.error().code;
}

} // namespace

TEST(MessageSchema, accepts_a_valid_example_of_every_known_type) {
    const auto examples = validExamples();
    ASSERT_EQ(examples.size(), static_cast<std::size_t>(MessageSchema::standard().types().size()));
    for (const auto& example : examples) {
        const auto result = parseMessage(example);
        ASSERT_TRUE(result) << example.value(QLatin1String("type")).toString().toStdString() << ": "
                            << result.error().message.toStdString();
        EXPECT_EQ(result->type, example.value(QLatin1String("type")).toString());
        EXPECT_EQ(result->object, example);
    }
}

TEST(MessageSchema, reports_a_missing_field_for_every_required_field_of_every_type) {
    for (const auto& example : validExamples()) {
        const auto* spec = MessageSchema::standard().find(example.value(QLatin1String("type")).toString());
        ASSERT_NE(spec, nullptr);
        for (const auto& field : spec->fields) {
            if (!field.required) {
                continue;
            }
            QJsonObject broken = example;
            broken.remove(field.name);
            EXPECT_EQ(codeOf(broken), QString(errc::kMissingField)) << spec->type.data() << "." << field.name.data();
        }
    }
}

TEST(MessageSchema, reports_a_bad_field_for_every_field_of_the_wrong_json_type) {
    for (const auto& example : validExamples()) {
        const auto* spec = MessageSchema::standard().find(example.value(QLatin1String("type")).toString());
        ASSERT_NE(spec, nullptr);
        for (const auto& field : spec->fields) {
            QJsonObject broken = example;
            // An array is the wrong JSON type for every field kind.
            broken.insert(field.name, QJsonArray{1});
            EXPECT_EQ(codeOf(broken), QString(errc::kBadField)) << spec->type.data() << "." << field.name.data();
        }
    }
}

TEST(MessageSchema, reports_a_missing_non_string_and_unknown_type) {
    EXPECT_EQ(codeOf(json("{}")), QString(errc::kMissingField));
    EXPECT_EQ(codeOf(json(R"({"type": 7})")), QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "launch-missiles"})")), QString(errc::kUnknownType));
    EXPECT_EQ(codeOf(json(R"({"type": "HELLO"})")), QString(errc::kUnknownType));
}

TEST(MessageSchema, never_echoes_an_unknown_type_name_in_the_error) {
    const auto result = parseMessage(json(R"({"type": "secret words"})"));
    ASSERT_FALSE(result);
    EXPECT_FALSE(result.error().message.contains(QLatin1String("secret")));
}

TEST(MessageSchema, checks_hello_bounds) {
    const QString h = hex64();
    const QJsonObject base = validExamples().front();
    const auto hello = [&](const char* key, const QJsonValue& value) {
        return codeOf(with(base, key, value));
    };
    EXPECT_EQ(hello("version", 1.5), QString(errc::kBadField));
    EXPECT_EQ(hello("version", str("1")), QString(errc::kBadField));
    EXPECT_EQ(hello("deviceId", h.toUpper()), QString(errc::kBadField));
    EXPECT_EQ(hello("deviceId", h.left(62)), QString(errc::kBadField));
    EXPECT_EQ(hello("deviceId", h.left(63) + QLatin1Char('g')), QString(errc::kBadField));
    EXPECT_EQ(hello("name", str("")), QString(errc::kBadField));
    EXPECT_EQ(hello("name", QString(64, QLatin1Char('n'))), QStringLiteral("ok"));
    EXPECT_EQ(hello("name", QString(65, QLatin1Char('n'))), QString(errc::kBadField));
    // 64 characters outside the BMP are 128 UTF-16 units but still 64 characters.
    QString emoji;
    for (int i = 0; i < 64; ++i) {
        emoji += QStringLiteral("\U0001F600");
    }
    EXPECT_EQ(hello("name", emoji), QStringLiteral("ok"));
    // Limits count user-perceived characters: 64 families of three (8 UTF-16 units, 5 code points each).
    QString families;
    for (int i = 0; i < 64; ++i) {
        families += QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
    }
    EXPECT_EQ(hello("name", families), QStringLiteral("ok"));
    EXPECT_EQ(hello("name", families + QStringLiteral("x")), QString(errc::kBadField));
    EXPECT_EQ(hello("port", 47914), QStringLiteral("ok"));
    EXPECT_EQ(hello("port", 70000), QString(errc::kBadField));
    EXPECT_EQ(hello("port", -1), QString(errc::kBadField));
    EXPECT_EQ(hello("futureField", str("ignored")), QStringLiteral("ok"));
}

TEST(MessageSchema, checks_optional_reasons_only_when_present) {
    EXPECT_EQ(codeOf(json(R"({"type": "bye", "reason": "done"})")), QStringLiteral("ok"));
    EXPECT_EQ(codeOf(json(R"({"type": "bye", "reason": 3})")), QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "pair-decline", "reason": null})")), QString(errc::kBadField));
    EXPECT_EQ(codeOf(with(json(R"({"type": "pair-cancel"})"), "reason", QString(257, QLatin1Char('r')))),
              QString(errc::kBadField));
}

TEST(MessageSchema, checks_session_shapes) {
    EXPECT_EQ(codeOf(json(R"({"type": "session-event", "event": []})")), QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "session-intent", "id": "9f3a00c1e2d4b5a6", "intent": "x"})")),
              QString(errc::kBadField));
    // intent ids are 64 random bits as 16 lowercase hex digits: JSON numbers are exact only to 2^53
    EXPECT_EQ(codeOf(json(R"({"type": "session-intent", "id": 3, "intent": {}})")), QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "session-intent", "id": "9F3A00C1E2D4B5A6", "intent": {}})")),
              QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "session-reject", "id": "9f3a00c1e2d4b5a6", "code": "paused"})")),
              QStringLiteral("ok")); // arguments and message are optional
    EXPECT_EQ(codeOf(json(R"({"type": "session-ack", "seq": -1})")), QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "ping"})")), QStringLiteral("ok")); // timestamps are optional
    EXPECT_EQ(codeOf(json(R"({"type": "pong", "t": "soon"})")), QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "session-ack", "seq": 1e300})")), QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "session-resume", "sessionId": "", "lastSeq": 0})")),
              QString(errc::kMissingField)); // the role is needed
    EXPECT_EQ(codeOf(json(R"({"type": "session-resume", "sessionId": "", "lastSeq": 0, "role": "x"})")),
              QString(errc::kBadField));
    EXPECT_EQ(codeOf(json(R"({"type": "session-resume", "sessionId": "", "lastSeq": 0, "role": "guest"})")),
              QStringLiteral("ok")); // no session yet
    EXPECT_EQ(codeOf(json(R"({"type": "error", "code": "x", "message": "m", "fatal": "yes"})")),
              QString(errc::kBadField));
}

TEST(MessageSchema, lets_a_new_type_be_added_as_a_table_row) {
    MessageSchema schema = MessageSchema::standard();
    schema.add(MessageSpec{QLatin1String("session-signal"), {text(QLatin1String("signal"), 1, 32)}});
    EXPECT_TRUE(schema.parse(json(R"({"type": "session-signal", "signal": "care"})")));
    EXPECT_FALSE(schema.parse(json(R"({"type": "session-signal"})")));
    EXPECT_EQ(codeOf(json(R"({"type": "session-signal", "signal": "care"})")), QString(errc::kUnknownType));
}

TEST(MessageSchema, builds_messages_and_errors_that_validate) {
    EXPECT_TRUE(parseMessage(makeMessage(msg::kPing)));
    const auto error = makeError(QStringLiteral("bad-field"), QStringLiteral("why"), true);
    const auto result = parseMessage(error);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->type, QStringLiteral("error"));
    EXPECT_TRUE(error.value(QLatin1String("fatal")).toBool());
}
