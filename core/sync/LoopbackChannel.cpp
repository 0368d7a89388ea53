#include "core/sync/LoopbackChannel.h"

#include <QTimer>

namespace twofold::sync {

std::pair<std::unique_ptr<LoopbackChannel>, std::unique_ptr<LoopbackChannel>> LoopbackChannel::createPair() {
    std::unique_ptr<LoopbackChannel> first(new LoopbackChannel);
    std::unique_ptr<LoopbackChannel> second(new LoopbackChannel);
    first->m_peer = second.get();
    second->m_peer = first.get();
    return {std::move(first), std::move(second)};
}

void LoopbackChannel::send(const QJsonObject& message) {
    if (!m_open || !m_peer) {
        return;
    }
    QPointer<LoopbackChannel> peer = m_peer;
    const auto generation = m_generation;
    QTimer::singleShot(0, peer, [peer, message, generation] {
        if (peer && peer->m_open && peer->m_generation == generation) {
            Q_EMIT peer->received(message);
        }
    });
}

void LoopbackChannel::setPartnerClockOffset(qint64 offsetMs) {
    m_offsetMs = offsetMs;
    Q_EMIT clockOffsetChanged(offsetMs);
    if (m_peer) {
        m_peer->m_offsetMs = -offsetMs;
        Q_EMIT m_peer->clockOffsetChanged(-offsetMs);
    }
}

void LoopbackChannel::cut() {
    setOpen(false);
    if (m_peer) {
        m_peer->setOpen(false);
    }
}

void LoopbackChannel::restore() {
    setOpen(true);
    if (m_peer) {
        m_peer->setOpen(true);
    }
}

void LoopbackChannel::setOpen(bool open) {
    if (m_open == open) {
        return;
    }
    m_open = open;
    ++m_generation;
    if (open) {
        Q_EMIT opened();
    } else {
        Q_EMIT closed();
    }
}

} // namespace twofold::sync
