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
    std::optional<qint64> clockOffsetMs() const override { return m_offsetMs; }

    // Pretends the partner's clock runs `offsetMs` ahead of ours (and ours as far behind of theirs), as
    // two computers' clocks do; both ends report it through clockOffsetChanged().
    void setPartnerClockOffset(qint64 offsetMs);

    // Cuts the link on both ends (messages in flight are lost) / restores it.
    void cut();
    void restore();

private:
    LoopbackChannel() = default;
    void setOpen(bool open);

    QPointer<LoopbackChannel> m_peer;
    bool m_open = true;
    quint64 m_generation = 0; // messages sent before a cut are dropped
    std::optional<qint64> m_offsetMs;
};

} // namespace twofold::sync
