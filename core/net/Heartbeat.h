#pragma once

#include "core/net/ClockOffsetEstimator.h"
#include "core/timing/Clock.h"

#include <QJsonObject>
#include <QObject>
#include <chrono>
#include <memory>

namespace twofold::net {

// A connection's heartbeat (docs/PROTOCOL.md §5.3, §5.4), on the injected clock: a ping when nothing has
// been sent for pingInterval (and one at once when the link is ready, for a first clock sample), the
// silence limit (no frame at all received for silenceLimit: dead), and the clock offset estimated from
// the timestamps on ping and pong. The connection writes what pingDue() asks for and reports traffic.
class Heartbeat : public QObject {
    Q_OBJECT
public:
    Heartbeat(const timing::Clock& clock, std::chrono::milliseconds pingInterval,
              std::chrono::milliseconds silenceLimit, QObject* parent = nullptr);

    void watchSilence(); // from now on, silence for silenceLimit is death
    void start();        // the link is ready: pings begin, the first one at once
    void stop();
    void sent();     // a frame went out: the next idle ping waits again
    void received(); // a frame came in: the link lives

    QJsonObject ping() const;                           // {"type":"ping","t":<our time line>}
    QJsonObject pongFor(const QJsonObject& ping) const; // echoes t, adds "at": our time line now
    void onPong(const QJsonObject& pong);

    // The partner's time line minus ours (ms), once a pong with timestamps came back.
    std::optional<qint64> offsetMs() const { return m_estimator.offsetMs(); }
    std::optional<qint64> roundTripMs() const { return m_estimator.delayMs(); }

Q_SIGNALS:
    void pingDue();
    void silent();
    void offsetChanged(qint64 offsetMs);

private:
    const timing::Clock& m_clock;
    std::chrono::milliseconds m_pingInterval;
    std::chrono::milliseconds m_silenceLimit;
    std::unique_ptr<timing::ClockTimer> m_pingTimer;
    std::unique_ptr<timing::ClockTimer> m_silenceTimer;
    ClockOffsetEstimator m_estimator;
    bool m_running = false;
};

} // namespace twofold::net
