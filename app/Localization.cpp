#include "app/Localization.h"

#include "app/controllers/Settings.h"
#include "app/options/Languages.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace twofold::app {

QString resolveLanguage(const QString& requested, const Settings& settings) {
    const QString language = !requested.isEmpty()             ? requested
                             : !settings.language().isEmpty() ? settings.language()
                                                              : QLocale::system().name().left(2);
    return supportedLanguages().contains(language) ? language : QStringLiteral("en");
}

void installTranslators(QApplication& app, const QString& language) {
    QLocale::setDefault(QLocale(language));
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
