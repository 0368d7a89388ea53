#pragma once

#include "core/session/Clock.h"
#include "core/session/SessionState.h"

#include <QObject>
#include <memory>

namespace twofold::session {

// The host's pause clock (DESIGN §4): a timer on the injected Clock's monotonic time line, armed for
// exactly the moment the running pause owes its next system event (the one-minute warning, then the
// end; see nextDueAt()). It wakes nobody while no pause runs, and a wall-clock step moves nothing.
// The owner calls follow() after every change of the state and appends Session::tick() on due().
class PauseClock : public QObject {
    Q_OBJECT
public:
    explicit PauseClock(const Clock& clock, QObject* parent = nullptr);

    void follow(const State& state);
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    void due();

private:
    const Clock& m_clock;
    std::unique_ptr<timing::ClockTimer> m_timer;
};

} // namespace twofold::session
