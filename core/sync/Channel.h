#pragma once

#include <QJsonObject>
#include <QObject>
#include <optional>

namespace twofold::sync {

// A message pipe to the partner: a TLS connection in the app, an in-memory pair in tests.
// Messages are the protocol's JSON objects (docs/PROTOCOL.md, "Session sync").
class Channel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Channel() override = default;

    virtual bool isOpen() const = 0;
    virtual void send(const QJsonObject& message) = 0;
    // The partner's time line minus ours, in ms, as last estimated from the heartbeat (docs/PROTOCOL.md
    // "Clock offset"); std::nullopt before the first estimate.
    virtual std::optional<qint64> clockOffsetMs() const { return std::nullopt; }
    // Bytes sent but not yet taken by the partner (a TLS connection's write queue); 0 where nothing queues.
    // A sender of much (a replay) waits for backlogDrained() while this is high (docs/PROTOCOL.md §5.7).
    virtual qint64 backlogBytes() const { return 0; }

Q_SIGNALS:
    void received(const QJsonObject& message);
    void opened();
    void closed();
    void clockOffsetChanged(qint64 offsetMs);
    // The queue of backlogBytes() has drained to a low mark after having been high.
    void backlogDrained();
};

} // namespace twofold::sync
