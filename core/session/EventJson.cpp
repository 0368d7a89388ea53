#include "core/session/EventJson.h"

#include <QJsonValue>
#include <type_traits>

namespace twofold::session {
namespace {

// A hard ceiling in UTF-16 units; flows set the real limits per field in user-perceived characters, and
// one of those can take a dozen units (a family emoji is 11), so this stays far above 1000 of them. The
// 64 KiB frame limit bounds a whole event anyway.
constexpr int kMaxTextLength = 16000;
constexpr int kMaxFields = 16;

// [[maybe_unused]]: clang 14 does not see its use in a discarded `if constexpr` branch (-Wunused-const-variable).
template <typename> [[maybe_unused]] constexpr bool kAlwaysFalse = false;

Error bad(const QString& what) {
    return Error{QStringLiteral("malformed-event"), what};
}

QString kindName(PauseKind kind) {
    return kind == PauseKind::Break ? QStringLiteral("break") : QStringLiteral("breath");
}

// Reads a required string member; an error names the member.
std::optional<QString> readString(const QJsonObject& object, const QString& key) {
    const auto value = object.value(key);
    if (!value.isString() || value.toString().size() > kMaxTextLength) {
        return std::nullopt;
    }
    return value.toString();
}

} // namespace

QString typeName(const Payload& payload) {
    return std::visit(
        [](const auto& p) -> QString {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, SessionStarted>) {
                return QStringLiteral("session-started");
            } else if constexpr (std::is_same_v<T, FlowAction>) {
                return QStringLiteral("flow-action");
            } else if constexpr (std::is_same_v<T, PauseRequested>) {
                return QStringLiteral("pause-requested");
            } else if constexpr (std::is_same_v<T, PauseAcknowledged>) {
                return QStringLiteral("pause-acknowledged");
            } else if constexpr (std::is_same_v<T, PauseExtended>) {
                return QStringLiteral("pause-extended");
            } else if constexpr (std::is_same_v<T, PauseWarning>) {
                return QStringLiteral("pause-warning");
            } else if constexpr (std::is_same_v<T, PauseEnded>) {
                return QStringLiteral("pause-ended");
            } else if constexpr (std::is_same_v<T, PauseReturned>) {
                return QStringLiteral("pause-returned");
            } else if constexpr (std::is_same_v<T, ReEntered>) {
                return QStringLiteral("re-entered");
            } else if constexpr (std::is_same_v<T, SignalSent>) {
                return QStringLiteral("signal");
            } else if constexpr (std::is_same_v<T, SessionEnded>) {
                return QStringLiteral("session-ended");
            } else if constexpr (std::is_same_v<T, MomentTaken>) {
                return QStringLiteral("moment");
            } else {
                static_assert(kAlwaysFalse<T>, "unhandled payload");
            }
        },
        payload);
}

bool isSystemEvent(const Payload& payload) {
    return std::holds_alternative<PauseWarning>(payload) || std::holds_alternative<PauseEnded>(payload);
}

QJsonObject toJson(const Payload& payload) {
    QJsonObject object{{QStringLiteral("type"), typeName(payload)}};
    if (const auto* started = std::get_if<SessionStarted>(&payload)) {
        object.insert(QStringLiteral("flow"), started->flowId);
        object.insert(QStringLiteral("nameA"), started->nameA);
        object.insert(QStringLiteral("nameB"), started->nameB);
    } else if (const auto* action = std::get_if<FlowAction>(&payload)) {
        QJsonObject fields;
        for (const auto& [name, text] : action->fields) {
            fields.insert(name, text);
        }
        object.insert(QStringLiteral("action"), action->action);
        object.insert(QStringLiteral("fields"), fields);
    } else if (const auto* pause = std::get_if<PauseRequested>(&payload)) {
        object.insert(QStringLiteral("kind"), kindName(pause->kind));
        object.insert(QStringLiteral("seconds"), pause->seconds);
    } else if (const auto* reentry = std::get_if<ReEntered>(&payload)) {
        object.insert(QStringLiteral("feeling"), reentry->feeling);
    } else if (const auto* signal = std::get_if<SignalSent>(&payload)) {
        object.insert(QStringLiteral("signal"), signal->signalId);
    } else if (const auto* moment = std::get_if<MomentTaken>(&payload)) {
        object.insert(QStringLiteral("taking"), moment->taking);
    }
    return object;
}

QJsonObject toJson(const Event& event) {
    auto object = toJson(event.payload);
    object.insert(QStringLiteral("seq"), static_cast<qint64>(event.seq));
    object.insert(QStringLiteral("by"), event.by ? QJsonValue(toString(*event.by)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("at"), event.at);
    return object;
}

QJsonObject toJson(const Intent& intent) {
    auto object = toJson(intent.payload);
    object.insert(QStringLiteral("by"), toString(intent.by));
    return object;
}

Result<Payload> payloadFromJson(const QJsonObject& object) {
    const auto type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("session-started")) {
        const auto flow = readString(object, QStringLiteral("flow"));
        const auto nameA = readString(object, QStringLiteral("nameA"));
        const auto nameB = readString(object, QStringLiteral("nameB"));
        if (!flow || !nameA || !nameB) {
            return bad(QStringLiteral("session-started needs flow, nameA and nameB strings"));
        }
        return Payload{SessionStarted{*flow, *nameA, *nameB}};
    }
    if (type == QLatin1String("flow-action")) {
        const auto action = readString(object, QStringLiteral("action"));
        const auto fieldsValue = object.value(QStringLiteral("fields"));
        if (!action || !(fieldsValue.isObject() || fieldsValue.isUndefined())) {
            return bad(QStringLiteral("flow-action needs an action string and a fields object"));
        }
        const auto fieldsObject = fieldsValue.toObject();
        if (fieldsObject.size() > kMaxFields) {
            return bad(QStringLiteral("flow-action has too many fields"));
        }
        FlowAction result{*action, {}};
        for (auto it = fieldsObject.begin(); it != fieldsObject.end(); ++it) {
            if (!it.value().isString() || it.value().toString().size() > kMaxTextLength) {
                return bad(QStringLiteral("flow-action fields must be strings"));
            }
            result.fields.emplace(it.key(), it.value().toString());
        }
        return Payload{std::move(result)};
    }
    if (type == QLatin1String("pause-requested")) {
        const auto kind = object.value(QStringLiteral("kind")).toString();
        const auto seconds = object.value(QStringLiteral("seconds"));
        if ((kind != QLatin1String("break") && kind != QLatin1String("breath")) || !seconds.isDouble() ||
            seconds.toDouble() != static_cast<double>(seconds.toInt())) {
            return bad(QStringLiteral("pause-requested needs kind break|breath and whole seconds"));
        }
        return Payload{
            PauseRequested{kind == QLatin1String("break") ? PauseKind::Break : PauseKind::Breath, seconds.toInt()}};
    }
    if (type == QLatin1String("pause-acknowledged")) {
        return Payload{PauseAcknowledged{}};
    }
    if (type == QLatin1String("pause-extended")) {
        return Payload{PauseExtended{}};
    }
    if (type == QLatin1String("pause-warning")) {
        return Payload{PauseWarning{}};
    }
    if (type == QLatin1String("pause-ended")) {
        return Payload{PauseEnded{}};
    }
    if (type == QLatin1String("pause-returned")) {
        return Payload{PauseReturned{}};
    }
    if (type == QLatin1String("re-entered")) {
        const auto feeling = readString(object, QStringLiteral("feeling"));
        if (!feeling) {
            return bad(QStringLiteral("re-entered needs a feeling string"));
        }
        return Payload{ReEntered{*feeling}};
    }
    if (type == QLatin1String("signal")) {
        const auto signal = readString(object, QStringLiteral("signal"));
        if (!signal) {
            return bad(QStringLiteral("signal needs a signal id"));
        }
        return Payload{SignalSent{*signal}};
    }
    if (type == QLatin1String("session-ended")) {
        return Payload{SessionEnded{}};
    }
    if (type == QLatin1String("moment")) {
        const auto taking = object.value(QStringLiteral("taking"));
        if (!taking.isBool()) {
            return bad(QStringLiteral("moment needs a taking bool"));
        }
        return Payload{MomentTaken{taking.toBool()}};
    }
    return Error{QStringLiteral("unknown-event-type"), QStringLiteral("unknown event type")};
}

Result<Event> eventFromJson(const QJsonObject& object) {
    auto payload = payloadFromJson(object);
    if (!payload) {
        return payload.error();
    }
    const auto seq = object.value(QStringLiteral("seq"));
    const auto at = object.value(QStringLiteral("at"));
    const auto byValue = object.value(QStringLiteral("by"));
    if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() != static_cast<double>(seq.toInteger()) ||
        !at.isDouble()) {
        return bad(QStringLiteral("an event needs a positive whole seq and a time"));
    }
    Event event{static_cast<quint64>(seq.toInteger()), std::nullopt, at.toInteger(), std::move(payload).value()};
    if (!byValue.isNull()) {
        event.by = partnerFromString(byValue.toString());
        if (!event.by) {
            return bad(QStringLiteral("an event's by is A, B or null"));
        }
    }
    if (event.by.has_value() == isSystemEvent(event.payload)) {
        return bad(QStringLiteral("system events have no partner; partner events need one"));
    }
    return event;
}

Result<Intent> intentFromJson(const QJsonObject& object) {
    auto payload = payloadFromJson(object);
    if (!payload) {
        return payload.error();
    }
    const auto by = partnerFromString(object.value(QStringLiteral("by")).toString());
    if (!by) {
        return bad(QStringLiteral("an intent's by is A or B"));
    }
    if (isSystemEvent(payload.value())) {
        return Error{QStringLiteral("not-allowed"), QStringLiteral("system events cannot be asked for")};
    }
    return Intent{*by, std::move(payload).value()};
}

} // namespace twofold::session
