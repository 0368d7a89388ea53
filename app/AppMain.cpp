#include "app/AppMain.h"

#include "app/DemoSetup.h"
#include "app/Partnership.h"
#include "app/ScreenshotTour.h"
#include "app/StartupTimer.h"
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/controllers/SoundChime.h"
#include "app/pages/MainWindow.h"
#include "app/widgets/Theme.h"
#include "core/Version.h"
#include "core/log/Log.h"
#include "core/net/Scope.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace twofold::app {
namespace {

QString resolveLanguage(const QString& setting) {
    const QString language = setting.isEmpty() ? QLocale::system().name().left(2) : setting;
    return language == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en");
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

QString resolveScope(const QString& option, const Settings& settings) {
    for (const auto& candidate : {option, qEnvironmentVariable("TWOFOLD_NET_SCOPE")}) {
        if (candidate == QLatin1String("loopback") || candidate == QLatin1String("lan")) {
            return candidate;
        }
    }
    return settings.scope();
}

bool validScopeOption(const QString& option) {
    return option.isEmpty() || net::parseScope(option).has_value();
}

} // namespace

int runApp(int argc, char** argv) {
    msSinceProcessStart();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twofold"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("twofold"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Twofold: a calm structure for hard conversations between two partners."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Keep settings and identity in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"), QStringLiteral("Where to find partners: loopback or lan."), QStringLiteral("SCOPE"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Your display name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-shown"),
        QStringLiteral("Quit once the window is shown and print the startup time as JSON."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open two windows (Alex and Sam) joined on this computer."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Drive the demo through every screen and save PNGs to DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en or de (else the setting)."),
                                            QStringLiteral("LANG"));
    parser.addOptions(
        {profileOption, scopeOption, nameOption, quitOption, demoOption, screenshotOption, languageOption});
    parser.process(app);
    if (!validScopeOption(parser.value(scopeOption))) {
        std::fprintf(stderr, "twofold: --scope takes loopback or lan\n");
        return 2;
    }
    const bool demoMode = parser.isSet(demoOption) || parser.isSet(screenshotOption);
    if (demoMode) {
        qputenv("TWOFOLD_NET_SCOPE", "loopback"); // the demo never leaves this machine
    }

    const QString profile = parser.isSet(profileOption)
                                ? QDir(parser.value(profileOption)).absolutePath()
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(profile);
    log::Options logOptions;
    logOptions.directory = profile;
    log::setup(logOptions);
    auto logger = log::get("app");

    Settings settings(profile);
    if (parser.isSet(nameOption)) {
        settings.setDisplayName(parser.value(nameOption));
    }
    const QString language =
        resolveLanguage(parser.isSet(languageOption) ? parser.value(languageOption) : settings.language());
    installTranslators(app, language);
    app.setStyleSheet(Theme::styleSheet(app.palette()));
    const QString scope = resolveScope(parser.value(scopeOption), settings);
    logger->info("starting {} (language {}, scope {})", applicationVersion().toStdString(), language.toStdString(),
                 scope.toStdString());

    session::SystemClock clock;
    std::unique_ptr<DemoSetup> demo;
    std::unique_ptr<ScreenshotTour> tour;
    RuleCoach coach(language);
    SoundChime chime(settings);
    std::unique_ptr<Partnership> partnership;
    std::unique_ptr<MainWindow> window;
    MainWindow* first = nullptr;
    if (demoMode) {
        demo = std::make_unique<DemoSetup>(clock, language);
        if (auto status = demo->start(); !status) {
            logger->error("demo could not start code={}", status.error().code.toStdString());
            std::fprintf(stderr, "twofold: the demo could not start its loopback link (%s)\n",
                         qPrintable(status.error().message));
            return 1;
        }
        first = demo->alex().window.get();
    } else {
        Partnership::Options options;
        options.profile = profile;
        options.name = settings.displayName();
        options.language = language;
        options.pauseMinutes = settings.pauseMinutes();
        options.scope = scope == QLatin1String("loopback") ? net::Scope::Loopback : net::Scope::Lan;
        partnership = std::make_unique<Partnership>(options, clock, chime);
        window = std::make_unique<MainWindow>(settings, coach, partnership->partners());
        QObject::connect(&settings, &Settings::changed, partnership.get(),
                         [&settings, &partnership] { partnership->setName(settings.displayName()); });
        QObject::connect(partnership.get(), &Partnership::sessionCreated, window.get(),
                         [&window](SessionController* session) { window->setSession(session); });
        if (auto status = partnership->start(); !status) {
            logger->error("network unavailable code={}", status.error().code.toStdString());
        }
        first = window.get();
    }
    if (parser.isSet(quitOption)) {
        QObject::connect(first, &MainWindow::firstShown, &app, [&app] {
            QTimer::singleShot(0, &app, [&app] {
                std::printf("{\"bench\":\"startup\",\"value\":%lld,\"unit\":\"ms\",\"goal\":300}\n",
                            static_cast<long long>(msSinceProcessStart()));
                std::fflush(stdout);
                app.quit();
            });
        });
    }
    if (parser.isSet(screenshotOption)) {
        tour = std::make_unique<ScreenshotTour>(*demo, parser.value(screenshotOption), language);
        demo->show();
        QObject::connect(demo.get(), &DemoSetup::ready, tour.get(),
                         [&tour] { QTimer::singleShot(300, tour.get(), &ScreenshotTour::run); });
        QObject::connect(tour.get(), &ScreenshotTour::finished, &app, &QApplication::quit);
    } else if (demo) {
        demo->show();
    } else {
        window->show();
    }
    const int code = QApplication::exec();
    settings.sync();
    log::flush();
    return code;
}

} // namespace twofold::app
