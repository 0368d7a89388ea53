#include "core/sync/SyncCodec.h"

#include "core/protocol/ErrorCodes.h"
#include "core/protocol/MessageDispatcher.h"
#include "core/protocol/MessageSchema.h"
#include "core/protocol/MessageTypes.h"
#include "core/session/EventJson.h"

#include <QJsonValue>
#include <type_traits>

namespace twofold::sync::codec {
namespace {

namespace errc = protocol::errc;
namespace msg = protocol::msg;

// [[maybe_unused]]: clang 14 does not see its use in a discarded `if constexpr` branch.
template <typename> [[maybe_unused]] constexpr bool kAlwaysFalse = false;

// Field names of the sync rows of the message table (core/protocol/MessageSchema.cpp).
const QLatin1String kSessionId("sessionId");
const QLatin1String kLastSeq("lastSeq");
const QLatin1String kRole("role");
const QLatin1String kId("id");
const QLatin1String kIntent("intent");
const QLatin1String kEvent("event");
const QLatin1String kCode("code");
const QLatin1String kArgs("args");
const QLatin1String kMessage("message");
const QLatin1String kFatal("fatal");
const QLatin1String kSeq("seq");
const QLatin1String kHost("host");
const QLatin1String kGuest("guest");

IntentId parseId(const QJsonValue& value) {
    return value.toString().toULongLong(nullptr, 16); // the table checked: 16 lowercase hex digits
}

quint64 parseCount(const QJsonValue& value) {
    return static_cast<quint64>(value.toInteger()); // the table checked: a whole number >= 0
}

// What each sync-level error code means, for the peer's logs; fixed text, never the peer's data.
QString explanation(const QString& code) {
    if (code == errc::kNotHost) {
        return QStringLiteral("intents go to the host and events come from it");
    }
    if (code == errc::kMalformedIntent) {
        return QStringLiteral("the intent is not a valid intent object or has no valid id");
    }
    if (code == errc::kMalformedEvent) {
        return QStringLiteral("the event is not a valid event object");
    }
    if (code == errc::kEventRefused) {
        return QStringLiteral("the event does not follow from the log here; waiting for the next link-up");
    }
    if (code == errc::kRoleConflict) {
        return QStringLiteral("both sides claim the same role");
    }
    return QStringLiteral("the session message does not have the documented shape");
}

} // namespace

QString roleName(Role role) {
    return role == Role::Host ? QString(kHost) : QString(kGuest);
}

QString intentIdText(IntentId id) {
    return QStringLiteral("%1").arg(id, 16, 16, QLatin1Char('0'));
}

QJsonObject encode(const SyncMessage& message) {
    return std::visit(
        [](const auto& m) -> QJsonObject {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, ResumeMessage>) {
                return protocol::makeMessage(
                    msg::kSessionResume,
                    {{kSessionId, m.sessionId}, {kLastSeq, static_cast<qint64>(m.lastSeq)}, {kRole, roleName(m.role)}});
            } else if constexpr (std::is_same_v<T, IntentMessage>) {
                return protocol::makeMessage(
                    msg::kSessionIntent,
                    {{kId, intentIdText(m.id)}, {kIntent, m.intent ? session::toJson(*m.intent) : QJsonObject()}});
            } else if constexpr (std::is_same_v<T, EventMessage>) {
                QJsonObject fields{{kEvent, m.event ? session::toJson(*m.event) : QJsonObject()}};
                if (m.intent) {
                    fields.insert(kIntent, intentIdText(*m.intent));
                }
                return protocol::makeMessage(msg::kSessionEvent, fields);
            } else if constexpr (std::is_same_v<T, RejectMessage>) {
                QJsonObject fields{{kId, intentIdText(m.id)}, {kCode, m.reason.code}};
                if (!m.reason.args.isEmpty()) {
                    fields.insert(kArgs, m.reason.args);
                }
                return protocol::makeMessage(msg::kSessionReject, fields);
            } else if constexpr (std::is_same_v<T, AckMessage>) {
                return protocol::makeMessage(msg::kSessionAck, {{kSeq, static_cast<qint64>(m.seq)}});
            } else if constexpr (std::is_same_v<T, ErrorMessage>) {
                return protocol::makeError(m.code, m.message, m.fatal);
            } else {
                static_assert(kAlwaysFalse<T>, "unhandled sync message");
            }
        },
        message);
}

Result<std::optional<SyncMessage>> decode(const QJsonObject& object) {
    const QString type = object.value(QLatin1String("type")).toString();
    if (protocol::handlerFor(type) != protocol::Handler::Session) { // the one table of who handles what
        return std::optional<SyncMessage>{};
    }
    const auto checked = protocol::parseMessage(object);
    if (!checked) {
        return checked.error();
    }
    if (type == msg::kSessionResume) {
        const QString role = object.value(kRole).toString();
        if (role != kHost && role != kGuest) {
            return Error{QString(errc::kBadField),
                         QStringLiteral("session-resume: field 'role' must be host or guest")};
        }
        return std::optional<SyncMessage>{ResumeMessage{object.value(kSessionId).toString(),
                                                        parseCount(object.value(kLastSeq)),
                                                        role == kHost ? Role::Host : Role::Guest}};
    }
    if (type == msg::kSessionIntent) {
        IntentMessage intent{parseId(object.value(kId)), session::intentFromJson(object.value(kIntent).toObject())};
        if (intent.id == 0) {
            return Error{QString(errc::kMalformedIntent), explanation(QString(errc::kMalformedIntent))};
        }
        if (!intent.intent && intent.intent.error().code != QLatin1String("not-allowed")) {
            // A system event asked for as an intent keeps its not-allowed (PROTOCOL.md §8.3's table).
            intent.intent = Error{QString(errc::kMalformedIntent), intent.intent.error().message};
        }
        return std::optional<SyncMessage>{std::move(intent)};
    }
    if (type == msg::kSessionEvent) {
        EventMessage event{session::eventFromJson(object.value(kEvent).toObject()), std::nullopt};
        if (!event.event) {
            event.event = Error{QString(errc::kMalformedEvent), event.event.error().message};
        }
        if (object.contains(kIntent)) {
            event.intent = parseId(object.value(kIntent));
        }
        return std::optional<SyncMessage>{std::move(event)};
    }
    if (type == msg::kSessionReject) {
        return std::optional<SyncMessage>{RejectMessage{
            parseId(object.value(kId)),
            Error{object.value(kCode).toString(), object.value(kMessage).toString(), object.value(kArgs).toObject()}}};
    }
    if (type == msg::kSessionAck) {
        return std::optional<SyncMessage>{AckMessage{parseCount(object.value(kSeq))}};
    }
    return std::optional<SyncMessage>{
        ErrorMessage{object.value(kCode).toString(), object.value(kMessage).toString(), object.value(kFatal).toBool()}};
}

QJsonObject errorReply(QLatin1String code) {
    return errorReply(QString(code));
}

QJsonObject errorReply(const QString& code) {
    return protocol::makeError(code, explanation(code), false);
}

} // namespace twofold::sync::codec
