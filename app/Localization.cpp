#include "app/Localization.h"

#include "app/controllers/Settings.h"
#include "app/options/Languages.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace twofold::app {
namespace {

// "en_GB.UTF-8@euro" -> "en_GB"; "", "C", "C.UTF-8", "POSIX" -> "".
QString localeName(const QString& value) {
    QString name = value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (name == QLatin1String("C") || name == QLatin1String("POSIX")) {
        return {};
    }
    return name;
}

} // namespace

LanguageChoice chooseLanguage(const QString& requested, const Settings& settings) {
    const auto supported = supportedLanguages();
    if (!requested.isEmpty()) {
        // AppOptions accepts only supported codes for --language
        return {supported.contains(requested) ? requested : QStringLiteral("en"), LanguageSource::Flag};
    }
    if (!settings.language().isEmpty() && supported.contains(settings.language())) {
        return {settings.language(), LanguageSource::Setting};
    }
    const QString system = QLocale::system().name().left(2);
    if (supported.contains(system)) {
        return {system, LanguageSource::System};
    }
    return {QStringLiteral("en"), LanguageSource::Fallback};
}

QString resolveLanguage(const QString& requested, const Settings& settings) {
    return chooseLanguage(requested, settings).code;
}

QLocale formatLocale(const QString& lcAll, const QString& lcTime, const QString& lang, const QString& windowLanguage) {
    for (const QString& value : {lcAll, lcTime, lang}) {
        if (value.isEmpty()) {
            continue; // POSIX: an empty variable is as if unset
        }
        const QString name = localeName(value);
        if (name.isEmpty()) {
            break; // the C locale was asked for: nothing of the user's own to follow
        }
        const QLocale locale(name);
        if (locale.language() != QLocale::C) {
            return locale;
        }
        break;
    }
    return QLocale(windowLanguage);
}

QLocale formatLocaleFromEnvironment(const QString& windowLanguage) {
    return formatLocale(qEnvironmentVariable("LC_ALL"), qEnvironmentVariable("LC_TIME"), qEnvironmentVariable("LANG"),
                        windowLanguage);
}

void installTranslators(QApplication& app, const QString& language) {
    QLocale::setDefault(formatLocaleFromEnvironment(language));
    if (language == QLatin1String("en")) {
        return;
    }
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/twofold_") + language)) {
        QApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

} // namespace twofold::app
