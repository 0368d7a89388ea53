#pragma once

#include <QString>
#include <QStringList>
#include <array>

namespace twofold::app {

// One language the app speaks: its ISO 639-1 code and its name in itself, as the language setting lists it.
// The names are written here rather than taken from QLocale::nativeLanguageName(), which names a locale, not a
// language ("American English", "español de España" with Qt 6.4's CLDR data).
struct Language {
    const char* code;
    const char* nativeName; // UTF-8
};

// The languages the app speaks (a translations/twofold_<code>.ts each, English built in), in menu order.
// This is the one list: CMake reads the codes from here (TWOFOLD_LANGUAGES: the .ts files it builds and the
// languages the suite checks), so adding one is a data change: its entry here, translations/twofold_<code>.ts,
// its text in every flow (resources/flows/*.json), its coach rules (resources/coach/<code>.json) and its
// desktop translation (packaging/linux/po/<code>.po, listed in LINGUAS). The Translations.* and
// Packaging.desktop_translations_are_complete tests fail while any of these is missing or unfinished.
inline constexpr std::array kLanguages{
    Language{"en", "English"},
    Language{"de", "Deutsch"},
    Language{"fr", "Français"},
    Language{"es", "Español"},
};

// Where the window's language came from, as Settings shows it next to the language in effect.
enum class LanguageSource {
    Flag,     // --language for this run
    Setting,  // chosen in Settings
    System,   // the system's language (LANGUAGE / LC_MESSAGES / LANG, as QLocale::system() reads them)
    Fallback, // the system's language has no translation: English
};

struct LanguageChoice {
    QString code; // one of supportedLanguages()
    LanguageSource source = LanguageSource::Fallback;
};

// The codes of kLanguages, in the same order: {"en", "de", "fr", "es"}.
inline QStringList supportedLanguages() {
    QStringList codes;
    for (const Language& language : kLanguages) {
        codes.append(QString::fromLatin1(language.code));
    }
    return codes;
}

} // namespace twofold::app
