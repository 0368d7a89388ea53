#pragma once

#include "core/sync/Channel.h"

#include <QPointer>
#include <memory>
#include <utility>

namespace twofold::sync {

// Two in-memory channel ends joined together (KDE Connect's loopback backend idea): tests and the
// single-machine demo send real protocol messages without sockets. Delivery is queued, like a
// socket's. A link can be cut and restored to test reconnection.
class LoopbackChannel final : public Channel {
    Q_OBJECT
public:
    static std::pair<std::unique_ptr<LoopbackChannel>, std::unique_ptr<LoopbackChannel>> createPair();

    bool isOpen() const override { return m_open; }
    void send(const QJsonObject& message) override;

    // Cuts the link on both ends (messages in flight are lost) / restores it.
    void cut();
    void restore();

private:
    LoopbackChannel() = default;
    void setOpen(bool open);

    QPointer<LoopbackChannel> m_peer;
    bool m_open = true;
    quint64 m_generation = 0; // messages sent before a cut are dropped
};

} // namespace twofold::sync
