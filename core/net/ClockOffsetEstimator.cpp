#include "core/net/ClockOffsetEstimator.h"

namespace twofold::net {

bool ClockOffsetEstimator::add(qint64 t0, qint64 at, qint64 t3) {
    if (t3 < t0) {
        return false;
    }
    const auto before = offsetMs();
    // (t0 + t3) / 2 without overflow, rounded to the nearest millisecond.
    const qint64 midpoint = t0 + (t3 - t0 + 1) / 2;
    m_samples.push_back({at - midpoint, t3 - t0});
    while (m_samples.size() > kWindow) {
        m_samples.pop_front();
    }
    return offsetMs() != before;
}

std::optional<ClockOffsetEstimator::Sample> ClockOffsetEstimator::best() const {
    std::optional<Sample> result;
    for (const auto& sample : m_samples) {
        if (!result || sample.delay < result->delay) {
            result = sample;
        }
    }
    return result;
}

std::optional<qint64> ClockOffsetEstimator::offsetMs() const {
    const auto sample = best();
    return sample ? std::optional<qint64>(sample->offset) : std::nullopt;
}

std::optional<qint64> ClockOffsetEstimator::delayMs() const {
    const auto sample = best();
    return sample ? std::optional<qint64>(sample->delay) : std::nullopt;
}

} // namespace twofold::net
