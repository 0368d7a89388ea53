#include "core/net/Heartbeat.h"

#include "core/protocol/MessageSchema.h"
#include "core/protocol/MessageTypes.h"

namespace twofold::net {
namespace {

const QLatin1String kSent("t");
const QLatin1String kAnswered("at");

} // namespace

Heartbeat::Heartbeat(const timing::Clock& clock, std::chrono::milliseconds pingInterval,
                     std::chrono::milliseconds silenceLimit, QObject* parent)
    : QObject(parent), m_clock(clock), m_pingInterval(pingInterval), m_silenceLimit(silenceLimit),
      m_pingTimer(clock.createTimer()), m_silenceTimer(clock.createTimer()) {
    connect(m_pingTimer.get(), &timing::ClockTimer::timeout, this, &Heartbeat::pingDue);
    connect(m_silenceTimer.get(), &timing::ClockTimer::timeout, this, &Heartbeat::silent);
}

void Heartbeat::watchSilence() {
    m_silenceTimer->start(m_silenceLimit);
}

void Heartbeat::start() {
    m_running = true;
    watchSilence();
    Q_EMIT pingDue(); // a first clock sample at once; the connection's write restarts the idle timer
}

void Heartbeat::stop() {
    m_running = false;
    m_pingTimer->stop();
    m_silenceTimer->stop();
}

void Heartbeat::sent() {
    if (m_running) {
        m_pingTimer->start(m_pingInterval);
    }
}

void Heartbeat::received() {
    if (m_silenceTimer->isActive()) {
        m_silenceTimer->start(m_silenceLimit);
    }
}

QJsonObject Heartbeat::ping() const {
    return protocol::makeMessage(protocol::msg::kPing, {{kSent, m_clock.nowMs()}});
}

QJsonObject Heartbeat::pongFor(const QJsonObject& ping) const {
    QJsonObject fields{{kAnswered, m_clock.nowMs()}};
    if (ping.contains(kSent)) {
        fields.insert(kSent, ping.value(kSent));
    }
    return protocol::makeMessage(protocol::msg::kPong, fields);
}

void Heartbeat::onPong(const QJsonObject& pong) {
    // The schema checked both are whole numbers >= 0 when present; a bare pong (an older peer) is life only.
    if (!pong.contains(kSent) || !pong.contains(kAnswered)) {
        return;
    }
    if (m_estimator.add(pong.value(kSent).toInteger(), pong.value(kAnswered).toInteger(), m_clock.nowMs())) {
        Q_EMIT offsetChanged(*m_estimator.offsetMs());
    }
}

} // namespace twofold::net
