#include "core/timing/SystemClock.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>
#include <ctime>

namespace twofold::timing {
namespace {

// A precise single-shot QTimer that waits in slices of at most kSliceMs and fires once the boot-time clock
// says the delay is over: it never fires early (Qt's coarse timers may be 5 % early, and QTimer's clock
// stops in a suspend), and it fires within a slice of a wake-up when the deadline passed during the sleep.
class SystemTimer final : public ClockTimer {
public:
    explicit SystemTimer(std::function<qint64()> bootTimeMs) : m_bootTimeMs(std::move(bootTimeMs)) {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &SystemTimer::onTimeout);
    }

    void start(std::chrono::milliseconds delay) override {
        m_deadlineMs = m_bootTimeMs() + std::max<qint64>(delay.count(), 0);
        arm();
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    void arm() {
        const qint64 left = m_deadlineMs - m_bootTimeMs();
        m_timer.start(std::chrono::milliseconds(std::clamp<qint64>(left, 0, SystemClock::kSliceMs)));
    }
    void onTimeout() {
        if (m_deadlineMs - m_bootTimeMs() > 0) {
            arm();
            return;
        }
        Q_EMIT timeout();
    }

    std::function<qint64()> m_bootTimeMs;
    QTimer m_timer;
    qint64 m_deadlineMs = 0;
};

} // namespace

qint64 SystemClock::bootTimeMs() {
    timespec now{};
#ifdef CLOCK_BOOTTIME
    if (clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        return static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    }
#endif
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

SystemClock::SystemClock() : SystemClock(&SystemClock::bootTimeMs) {}

SystemClock::SystemClock(std::function<qint64()> bootTimeMs)
    : m_bootTimeMs(std::move(bootTimeMs)), m_anchorWallMs(QDateTime::currentMSecsSinceEpoch()),
      m_anchorBootMs(m_bootTimeMs()) {}

qint64 SystemClock::nowMs() const {
    return m_anchorWallMs + (m_bootTimeMs() - m_anchorBootMs);
}

qint64 SystemClock::wallMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

std::unique_ptr<ClockTimer> SystemClock::createTimer() const {
    return std::make_unique<SystemTimer>(m_bootTimeMs);
}

} // namespace twofold::timing
