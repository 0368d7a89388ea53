// twofold-screenshots DIR [--language en|de|fr|es]: drives the demo (two windows paired over loopback TLS)
// through every screen and saves each as a PNG, for looking at the design and for docs/screenshots.
// A development tool, not part of the product.
#include "app/DemoSetup.h"
#include "app/Localization.h"
#include "app/widgets/KeyboardActivation.h"
#include "app/widgets/PlainTextLabels.h"
#include "app/widgets/Theme.h"
#include "core/log/Log.h"
#include "tools/screenshots/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv) {
    using namespace twofold::app;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twofold-screenshots"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves a PNG of every Twofold screen, driven through the demo."));
    parser.addHelpOption();
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en, de, fr or es"),
                                      QStringLiteral("LANG"), QStringLiteral("en"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Where the PNGs go."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fputs("usage: twofold-screenshots DIR [--language en|de|fr|es]\n", stderr);
        return 2;
    }
    QTemporaryDir logs;
    twofold::log::setup({.directory = logs.path(), .toStderr = false, .forwardQtMessages = true, .extraSinks = {}});
    const QString lang = parser.value(language);
    installTranslators(app, lang);
    app.setStyleSheet(Theme::styleSheet(app.palette()));
    PlainTextLabels::install(app);
    KeyboardActivation::install(app);
    twofold::session::SystemClock clock;
    DemoSetup demo(clock, lang);
    if (auto status = demo.start(); !status) {
        std::fprintf(stderr, "twofold-screenshots: the demo could not start (%s)\n",
                     qPrintable(status.error().message));
        return 1;
    }
    ScreenshotTour tour(demo, parser.positionalArguments().first(), lang);
    demo.show();
    QObject::connect(&demo, &DemoSetup::ready, &tour,
                     [&tour] { QTimer::singleShot(300, &tour, &ScreenshotTour::run); });
    QObject::connect(&tour, &ScreenshotTour::finished, &app, &QApplication::quit);
    return QApplication::exec();
}
