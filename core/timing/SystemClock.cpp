#include "core/timing/SystemClock.h"

#include <QDateTime>
#include <QTimer>

namespace twofold::timing {
namespace {

// A precise single-shot QTimer that re-arms for the rest of the delay if the event loop woke it early.
class SystemTimer final : public ClockTimer {
public:
    SystemTimer() {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &SystemTimer::onTimeout);
    }

    void start(std::chrono::milliseconds delay) override {
        m_delay = std::max(delay, std::chrono::milliseconds(0));
        m_started.start();
        m_timer.start(m_delay);
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    void onTimeout() {
        const auto left = m_delay.count() - m_started.elapsed();
        if (left > 0) {
            m_timer.start(std::chrono::milliseconds(left));
            return;
        }
        Q_EMIT timeout();
    }

    QTimer m_timer;
    QElapsedTimer m_started;
    std::chrono::milliseconds m_delay{0};
};

} // namespace

SystemClock::SystemClock() : m_anchorWallMs(QDateTime::currentMSecsSinceEpoch()) {
    m_elapsed.start();
}

qint64 SystemClock::nowMs() const {
    return m_anchorWallMs + m_elapsed.elapsed();
}

qint64 SystemClock::wallMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

std::unique_ptr<ClockTimer> SystemClock::createTimer() const {
    return std::make_unique<SystemTimer>();
}

} // namespace twofold::timing
