#include "core/protocol/MessageSchema.h"

#include "core/protocol/ErrorCodes.h"
#include "core/protocol/MessageTypes.h"
#include "core/text/UserText.h"

#include <QJsonValue>
#include <cmath>

namespace twofold::protocol {
namespace {

constexpr qint64 kNameChars = 64;
constexpr qint64 kReasonChars = 256;
constexpr qint64 kCodeChars = 64;
constexpr qint64 kMessageChars = 1024;
constexpr qint64 kIdChars = 128;
constexpr qint64 kDigestBytes = 32;
constexpr qint64 kIntentIdBytes = 8; // a random 64-bit intent id, as 16 hex digits (JSON numbers stop at 2^53)

// The message table. One row per type; docs/PROTOCOL.md describes each row.
std::vector<MessageSpec> standardSpecs() {
    const QLatin1String reason("reason");
    return {
        {msg::kHello,
         {integer(QLatin1String("version")), hex(QLatin1String("deviceId"), kDigestBytes),
          text(QLatin1String("name"), 1, kNameChars), optional(integer(QLatin1String("port"), 0, 65535))}},
        {msg::kError,
         {text(QLatin1String("code"), 1, kCodeChars), text(QLatin1String("message"), 0, kMessageChars),
          boolean(QLatin1String("fatal")),
          // unsupported-version: the sender's own protocol version (docs/PROTOCOL.md §5.1)
          optional(integer(QLatin1String("version"), 1, 1000000))}},
        // Heartbeat timestamps (optional): the sender's time line in ms; a pong echoes the ping's `t` and
        // adds its own time line at answering, `at` (docs/PROTOCOL.md "Clock offset").
        {msg::kPing, {optional(integer(QLatin1String("t"), 0))}},
        {msg::kPong, {optional(integer(QLatin1String("t"), 0)), optional(integer(QLatin1String("at"), 0))}},
        {msg::kBye, {optional(text(reason, 0, kReasonChars))}},

        {msg::kPairInvite, {text(QLatin1String("name"), 1, kNameChars)}},
        {msg::kPairAccept, {}},
        {msg::kPairDecline, {optional(text(reason, 0, kReasonChars))}},
        {msg::kPairCommit, {hex(QLatin1String("commitment"), kDigestBytes)}},
        {msg::kPairNonce, {hex(QLatin1String("nonce"), kDigestBytes)}},
        {msg::kPairOpen, {hex(QLatin1String("nonce"), kDigestBytes)}},
        {msg::kPairConfirm, {}},
        {msg::kPairStored, {}},
        {msg::kPairCancel, {optional(text(reason, 0, kReasonChars))}},

        {msg::kSessionResume,
         {text(QLatin1String("sessionId"), 0, kIdChars), integer(QLatin1String("lastSeq"), 0),
          oneOf(QLatin1String("role"), {QLatin1String("host"), QLatin1String("guest")})}},
        {msg::kSessionIntent, {hex(QLatin1String("id"), kIntentIdBytes), object(QLatin1String("intent"))}},
        {msg::kSessionEvent, {object(QLatin1String("event")), optional(hex(QLatin1String("intent"), kIntentIdBytes))}},
        {msg::kSessionReject,
         {hex(QLatin1String("id"), kIntentIdBytes), text(QLatin1String("code"), 1, kCodeChars),
          optional(object(QLatin1String("args"))), optional(text(QLatin1String("message"), 0, kMessageChars))}},
        {msg::kSessionAck, {integer(QLatin1String("seq"), 0)}},
    };
}

bool isLowerHex(const QString& text, qint64 bytes) {
    if (text.size() != bytes * 2) {
        return false;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f'))) {
            return false;
        }
    }
    return true;
}

// Empty string when the value fits the spec, else what is wrong with it.
QString checkField(const FieldSpec& spec, const QJsonValue& value) {
    switch (spec.kind) {
    case FieldKind::String: {
        if (!value.isString()) {
            return QStringLiteral("must be a string");
        }
        const qint64 n = text::graphemeCount(value.toString());
        if (n < spec.min || n > spec.max) {
            return QStringLiteral("must be %1 to %2 characters").arg(spec.min).arg(spec.max);
        }
        return {};
    }
    case FieldKind::Integer: {
        if (!value.isDouble()) {
            return QStringLiteral("must be an integer");
        }
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d) {
            return QStringLiteral("must be an integer");
        }
        if (d < static_cast<double>(spec.min) || d > static_cast<double>(spec.max)) {
            return QStringLiteral("must be between %1 and %2").arg(spec.min).arg(spec.max);
        }
        return {};
    }
    case FieldKind::Boolean:
        return value.isBool() ? QString() : QStringLiteral("must be a boolean");
    case FieldKind::Object:
        return value.isObject() ? QString() : QStringLiteral("must be an object");
    case FieldKind::Choice: {
        QStringList names;
        for (const auto& choice : spec.choices) {
            if (value.isString() && value.toString() == choice) {
                return {};
            }
            names.append(QString(choice));
        }
        return QStringLiteral("must be one of: %1").arg(names.join(QStringLiteral(", ")));
    }
    case FieldKind::Hex:
        if (!value.isString() || !isLowerHex(value.toString(), spec.max)) {
            return QStringLiteral("must be %1 bytes of lowercase hex").arg(spec.max);
        }
        return {};
    }
    return QStringLiteral("has an unknown kind");
}

} // namespace

FieldSpec text(QLatin1String name, qint64 minChars, qint64 maxChars) {
    return FieldSpec{name, FieldKind::String, true, minChars, maxChars};
}

FieldSpec integer(QLatin1String name, qint64 min, qint64 max) {
    return FieldSpec{name, FieldKind::Integer, true, min, max};
}

FieldSpec boolean(QLatin1String name) {
    return FieldSpec{name, FieldKind::Boolean, true, 0, 0};
}

FieldSpec object(QLatin1String name) {
    return FieldSpec{name, FieldKind::Object, true, 0, 0};
}

FieldSpec hex(QLatin1String name, qint64 bytes) {
    return FieldSpec{name, FieldKind::Hex, true, bytes, bytes};
}

FieldSpec oneOf(QLatin1String name, std::vector<QLatin1String> choices) {
    return FieldSpec{name, FieldKind::Choice, true, 0, 0, std::move(choices)};
}

FieldSpec optional(FieldSpec spec) {
    spec.required = false;
    return spec;
}

MessageSchema::MessageSchema(std::vector<MessageSpec> specs) {
    for (auto& spec : specs) {
        add(std::move(spec));
    }
}

const MessageSchema& MessageSchema::standard() {
    static const MessageSchema schema(standardSpecs());
    return schema;
}

void MessageSchema::add(MessageSpec spec) {
    for (auto& existing : m_specs) {
        if (existing.type == spec.type) {
            existing = std::move(spec);
            return;
        }
    }
    m_specs.push_back(std::move(spec));
}

const MessageSpec* MessageSchema::find(QStringView type) const {
    for (const auto& spec : m_specs) {
        if (type == spec.type) {
            return &spec;
        }
    }
    return nullptr;
}

QStringList MessageSchema::types() const {
    QStringList result;
    for (const auto& spec : m_specs) {
        result.append(QString(spec.type));
    }
    return result;
}

Result<Message> MessageSchema::parse(const QJsonObject& object) const {
    const auto typeValue = object.value(QLatin1String("type"));
    if (typeValue.isUndefined()) {
        return Error{QString(errc::kMissingField), QStringLiteral("field 'type' is missing")};
    }
    if (!typeValue.isString()) {
        return Error{QString(errc::kBadField), QStringLiteral("field 'type' must be a string")};
    }
    const QString type = typeValue.toString();
    const MessageSpec* spec = find(type);
    if (spec == nullptr) {
        // The unknown type itself is peer-controlled: report only its length.
        return Error{QString(errc::kUnknownType), QStringLiteral("unknown message type (%1 chars)").arg(type.size())};
    }
    for (const auto& field : spec->fields) {
        const auto value = object.value(field.name);
        if (value.isUndefined()) {
            if (field.required) {
                return Error{QString(errc::kMissingField),
                             QStringLiteral("%1: field '%2' is missing").arg(type, QString(field.name))};
            }
            continue;
        }
        const QString problem = checkField(field, value);
        if (!problem.isEmpty()) {
            return Error{QString(errc::kBadField),
                         QStringLiteral("%1: field '%2' %3").arg(type, QString(field.name), problem)};
        }
    }
    return Message{type, object};
}

Result<Message> parseMessage(const QJsonObject& object) {
    return MessageSchema::standard().parse(object);
}

QJsonObject makeMessage(QLatin1String type, QJsonObject fields) {
    fields.insert(QLatin1String("type"), QString(type));
    return fields;
}

QJsonObject makeError(const QString& code, const QString& message, bool fatal) {
    return makeMessage(msg::kError, QJsonObject{{QLatin1String("code"), code},
                                                {QLatin1String("message"), message},
                                                {QLatin1String("fatal"), fatal}});
}

} // namespace twofold::protocol
