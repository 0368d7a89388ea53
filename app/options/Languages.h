#pragma once

#include <QStringList>

namespace twofold::app {

// The languages the app's window speaks (a translations/twofold_<code>.ts each, English built in).
// Adding one is a data change: its .ts file, its flow and signal texts, its coach rules, and its code here.
inline QStringList supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de")};
}

} // namespace twofold::app
