#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringView>
#include <array>
#include <functional>
#include <optional>

namespace twofold::protocol {

// The layers that handle messages on a connection (docs/ARCHITECTURE.md "Who handles which message").
enum class Handler {
    Connection, // hello, ping, pong, bye: net::Connection itself
    Pairing,    // pair-*: net::Pairing
    Session,    // session-* and error: the sync layer (link::ConnectionChannel -> sync::SyncEngine)
};

// The one table from message type to the layer that handles it; one row per type of
// MessageSchema::standard(). std::nullopt for a type no layer handles (docs/PROTOCOL.md §5.2: it is
// answered with the non-fatal, counted error `unknown-type`).
std::optional<Handler> handlerFor(QStringView type);

// Hands each message to the one handler its type's layer registered on this connection, instead of
// every layer receiving every message and filtering by name. A layer registers while it handles
// messages (with a context object: a handler whose context is gone counts as none) and may hand its
// place to another (a pairing answers session messages with not-paired until the link's channel takes
// them over). The caller validates the shape first and answers what dispatch() could not deliver.
class MessageDispatcher {
public:
    using Handle = std::function<void(const QJsonObject&)>;

    enum class Outcome {
        Delivered,   // the type's layer had a handler, which was called
        Unclaimed,   // the type's layer has no handler here right now
        UnknownType, // no layer handles this type
    };

    // Registers (or replaces) the handler of `layer`.
    void setHandler(Handler layer, const QObject* context, Handle handle);
    // Removes the handler of `layer` when `context` still holds it (a later holder keeps its place).
    void clearHandler(Handler layer, const QObject* context);
    bool hasHandler(Handler layer) const;

    Outcome dispatch(const QJsonObject& message) const;

private:
    struct Entry {
        QPointer<const QObject> context;
        Handle handle;
    };
    std::array<Entry, 3> m_entries;
};

} // namespace twofold::protocol
