#pragma once

#include <QtGlobal>
#include <deque>
#include <optional>

namespace twofold::net {

// Estimates how far the partner's time line is from ours, NTP-style, from heartbeat round trips
// (docs/PROTOCOL.md §5.4 "Clock offset"). One sample per ping/pong: our time line when the ping left (t0),
// the partner's when it answered (at), ours when the pong arrived (t3):
//   delay  = t3 - t0                      (the round trip)
//   offset = at - (t0 + t3) / 2           (partner minus ours, assuming both legs take as long)
// The error of a sample is at most delay / 2, so of the last kWindow samples the one with the lowest
// delay is kept; a window rather than all time lets the estimate follow drift and restarts.
class ClockOffsetEstimator {
public:
    static constexpr std::size_t kWindow = 16;

    // Adds a sample; one with t3 < t0 is ignored. True when the estimate (offset) changed.
    bool add(qint64 t0, qint64 at, qint64 t3);

    std::optional<qint64> offsetMs() const;
    std::optional<qint64> delayMs() const;
    std::size_t samples() const { return m_samples.size(); }

private:
    struct Sample {
        qint64 offset = 0;
        qint64 delay = 0;
    };
    std::optional<Sample> best() const;

    std::deque<Sample> m_samples;
};

} // namespace twofold::net
