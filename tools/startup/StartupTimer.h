#pragma once

#include <QtGlobal>

namespace twofold::app {

// Milliseconds since this process started (from /proc where available, else since the first call).
qint64 msSinceProcessStart();

} // namespace twofold::app
