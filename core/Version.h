#pragma once

#include <QString>

namespace twofold {

// The application version, from CMake's project() version.
QString applicationVersion();

// The reverse-DNS application id ("io.github.twofold_app.twofold", TWOFOLD_APP_ID in CMakeLists.txt): the
// name of the desktop file (without ".desktop"), the AppStream component id and the icon name.
QString applicationId();

} // namespace twofold
