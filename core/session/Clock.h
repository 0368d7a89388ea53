#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace twofold::session {

// Wall-clock time in milliseconds since the Unix epoch, behind an interface so tests can move time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace twofold::session
