#pragma once

#include <QJsonObject>
#include <QObject>

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

Q_SIGNALS:
    void received(const QJsonObject& message);
    void opened();
    void closed();
};

} // namespace twofold::sync
