#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <vector>

namespace twofold::protocol {

enum class FieldKind { String, Integer, Boolean, Object, Hex, Choice };

// One field of a message: its JSON type and bounds.
//   String:  min..max user-perceived characters (grapheme clusters, text::graphemeCount)
//   Integer: a whole JSON number in min..max
//   Hex:     lowercase hex of exactly `max` bytes (2*max characters)
//   Choice:  a string equal to one of `choices`
struct FieldSpec {
    QLatin1String name;
    FieldKind kind = FieldKind::String;
    bool required = true;
    qint64 min = 0;
    qint64 max = 0;
    std::vector<QLatin1String> choices = {};
};

inline constexpr qint64 kMaxJsonInteger = 9007199254740991LL; // 2^53 - 1: exact in a JSON double

FieldSpec text(QLatin1String name, qint64 minChars, qint64 maxChars);
FieldSpec integer(QLatin1String name, qint64 min = -kMaxJsonInteger, qint64 max = kMaxJsonInteger);
FieldSpec boolean(QLatin1String name);
FieldSpec object(QLatin1String name);
FieldSpec hex(QLatin1String name, qint64 bytes);
FieldSpec oneOf(QLatin1String name, std::vector<QLatin1String> choices);
FieldSpec optional(FieldSpec spec);

// The shape of one message type. Fields not listed are allowed and ignored (forward compatibility).
struct MessageSpec {
    QLatin1String type;
    std::vector<FieldSpec> fields;
};

// A message that passed validation: its type and the whole object (fields have the declared JSON types).
struct Message {
    QString type;
    QJsonObject object;
};

// A table of message shapes and the validator over it. standard() is the table of docs/PROTOCOL.md;
// to add a message type, add a row to the table in MessageSchema.cpp (and a constant in MessageTypes.h).
class MessageSchema {
public:
    MessageSchema() = default;
    explicit MessageSchema(std::vector<MessageSpec> specs);

    static const MessageSchema& standard();

    void add(MessageSpec spec); // replaces a row with the same type
    const MessageSpec* find(QStringView type) const;
    QStringList types() const;

    // Errors: missing-field / bad-field (for `type` too), unknown-type.
    Result<Message> parse(const QJsonObject& object) const;

private:
    std::vector<MessageSpec> m_specs;
};

// Validates against MessageSchema::standard().
Result<Message> parseMessage(const QJsonObject& object);

// Builds {"type": type, ...fields}.
QJsonObject makeMessage(QLatin1String type, QJsonObject fields = {});
// Builds an `error` message.
QJsonObject makeError(const QString& code, const QString& message, bool fatal);

} // namespace twofold::protocol
