#pragma once

#include <QStringList>

namespace twofold::coach {

// The languages with a shipped rule file (":/coach/<lang>.json"), sorted: {"de", "en", "es", "fr"}.
QStringList availableLanguages();

} // namespace twofold::coach
