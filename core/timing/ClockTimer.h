#pragma once

#include <QObject>
#include <chrono>

namespace twofold::timing {

// A single-shot timer that runs on a Clock (see Clock::createTimer): timeout() is emitted once, no earlier
// than `delay` after start() as the clock measures time (the monotonic time line, never the wall clock).
// Starting a running timer restarts it. Deadlines (handshake, silence, pairing, pauses) use these so that a
// test can move time with a fake clock instead of waiting or shrinking the protocol's figures.
class ClockTimer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ClockTimer() override = default;

    // delay >= 0 ms; a negative delay counts as 0.
    virtual void start(std::chrono::milliseconds delay) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

Q_SIGNALS:
    void timeout();
};

} // namespace twofold::timing
