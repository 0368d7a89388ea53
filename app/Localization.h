#pragma once

#include "app/options/Languages.h"

#include <QLocale>
#include <QString>

class QApplication;

namespace twofold::app {

class Settings;

// The language the window speaks: `requested` (--language) if given, else the setting, else the
// system's; anything without a translation falls back to English. The code is one of supportedLanguages().
LanguageChoice chooseLanguage(const QString& requested, const Settings& settings);
QString resolveLanguage(const QString& requested, const Settings& settings);

// The locale for times, dates and numbers: the user's own, whatever the window's language ("Back at
// 13:36" for en_GB in an English window, POSIX precedence: LC_ALL, then LC_TIME, then LANG; each value
// like "en_GB.UTF-8" or "de_DE@euro"). An unset, "C" or "POSIX" locale, or one Qt does not know, gives
// the window language's own locale (`windowLanguage`, e.g. "en" -> en_US).
QLocale formatLocale(const QString& lcAll, const QString& lcTime, const QString& lang, const QString& windowLanguage);
// The same, read from this process's environment.
QLocale formatLocaleFromEnvironment(const QString& windowLanguage);

// Sets the default locale (formatLocaleFromEnvironment) and installs Twofold's and Qt's own
// translations for `language`.
void installTranslators(QApplication& app, const QString& language);

} // namespace twofold::app
