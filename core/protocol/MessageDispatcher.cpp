#include "core/protocol/MessageDispatcher.h"

#include "core/protocol/MessageTypes.h"

#include <utility>

namespace twofold::protocol {
namespace {

struct Route {
    QLatin1String type;
    Handler handler;
};

// Who handles what: one row per message type (the shapes are in MessageSchema.cpp).
constexpr std::array<Route, 19> kRoutes{{
    {msg::kHello, Handler::Connection},
    {msg::kPing, Handler::Connection},
    {msg::kPong, Handler::Connection},
    {msg::kBye, Handler::Connection},
    // The connection closes on a fatal error itself (§5.2); every error is then passed up to the session.
    {msg::kError, Handler::Session},
    {msg::kPairInvite, Handler::Pairing},
    {msg::kPairAccept, Handler::Pairing},
    {msg::kPairDecline, Handler::Pairing},
    {msg::kPairCommit, Handler::Pairing},
    {msg::kPairNonce, Handler::Pairing},
    {msg::kPairOpen, Handler::Pairing},
    {msg::kPairConfirm, Handler::Pairing},
    {msg::kPairStored, Handler::Pairing},
    {msg::kPairCancel, Handler::Pairing},
    {msg::kSessionResume, Handler::Session},
    {msg::kSessionIntent, Handler::Session},
    {msg::kSessionEvent, Handler::Session},
    {msg::kSessionReject, Handler::Session},
    {msg::kSessionAck, Handler::Session},
}};

std::size_t slot(Handler layer) {
    return static_cast<std::size_t>(layer);
}

} // namespace

std::optional<Handler> handlerFor(QStringView type) {
    for (const auto& route : kRoutes) {
        if (type == route.type) {
            return route.handler;
        }
    }
    return std::nullopt;
}

void MessageDispatcher::setHandler(Handler layer, const QObject* context, Handle handle) {
    m_entries[slot(layer)] = Entry{context, std::move(handle)};
}

void MessageDispatcher::clearHandler(Handler layer, const QObject* context) {
    auto& entry = m_entries[slot(layer)];
    if (entry.context == context) {
        entry = Entry{};
    }
}

bool MessageDispatcher::hasHandler(Handler layer) const {
    const auto& entry = m_entries[slot(layer)];
    return entry.context && entry.handle;
}

MessageDispatcher::Outcome MessageDispatcher::dispatch(const QJsonObject& message) const {
    const auto layer = handlerFor(message.value(QLatin1String("type")).toString());
    if (!layer) {
        return Outcome::UnknownType;
    }
    if (!hasHandler(*layer)) {
        return Outcome::Unclaimed;
    }
    const Handle handle = m_entries[slot(*layer)].handle; // a copy: the handler may replace itself
    handle(message);
    return Outcome::Delivered;
}

} // namespace twofold::protocol
