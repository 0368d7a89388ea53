#pragma once

#include <QString>

namespace twofold {

// The application version, from CMake's project() version.
QString applicationVersion();

} // namespace twofold
