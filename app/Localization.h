#pragma once

#include <QString>

class QApplication;

namespace twofold::app {

class Settings;

// The language the window speaks: `requested` (--language) if given, else the setting, else the
// system's; anything without a translation falls back to English. Returns a code of supportedLanguages().
QString resolveLanguage(const QString& requested, const Settings& settings);

// Sets the default locale and installs Twofold's and Qt's own translations for `language`.
void installTranslators(QApplication& app, const QString& language);

} // namespace twofold::app
