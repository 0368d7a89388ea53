#pragma once

#include <QString>

namespace twofold::app {

// The profile's settings file and the keys both programs read from it (Settings writes them).
inline QString settingsFileName() {
    return QStringLiteral("twofold.ini");
}

namespace settingsKey {
inline QString scope() {
    return QStringLiteral("network/scope");
}
} // namespace settingsKey

} // namespace twofold::app
