// twofold-screenshots DIR [--language en|de|fr|es] [--dark]: drives the demo (two windows paired over loopback
// TLS) through every screen and saves each as a PNG, for looking at the design and for docs/screenshots.
// --dark gives the application a dark palette, as a dark desktop theme would; QT_SCALE_FACTOR=2 shows it
// at 200 % (the files then end in -200). A development tool, not part of the product.
#include "app/DemoSetup.h"
#include "app/Localization.h"
#include "app/widgets/KeyboardActivation.h"
#include "app/widgets/PlainTextLabels.h"
#include "app/widgets/Theme.h"
#include "core/log/Log.h"
#include "tools/screenshots/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
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
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    parser.addOption(dark);
    const QCommandLineOption fontSize(
        QStringLiteral("font-size"), QStringLiteral("The application font in points, as a larger desktop font (9-14)."),
        QStringLiteral("PT"));
    parser.addOption(fontSize);
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
    if (parser.isSet(dark)) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x24, 0x27, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe3));
        palette.setColor(QPalette::Base, QColor(0x1c, 0x1e, 0x21));
        palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x31));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe3));
        palette.setColor(QPalette::Button, QColor(0x2f, 0x33, 0x37));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe3));
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x96));
        palette.setColor(QPalette::Highlight, QColor(0x4f, 0x8f, 0x83));
        QApplication::setPalette(palette);
    }
    if (parser.isSet(fontSize)) {
        QFont font = QApplication::font();
        font.setPointSize(parser.value(fontSize).toInt());
        QApplication::setFont(font);
    }
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
    QString suffix = lang == QLatin1String("en") ? QString() : QLatin1Char('-') + lang;
    if (parser.isSet(dark)) {
        suffix += QStringLiteral("-dark");
    }
    if (parser.isSet(fontSize)) {
        suffix += QStringLiteral("-%1pt").arg(parser.value(fontSize));
    }
    if (qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() >= 1.5) {
        suffix += QStringLiteral("-200");
    }
    const QStringList positional = parser.positionalArguments();
    ScreenshotTour tour(demo, positional.first(), lang, suffix);
    demo.show();
    QObject::connect(&demo, &DemoSetup::ready, &tour,
                     [&tour] { QTimer::singleShot(300, &tour, &ScreenshotTour::run); });
    // exit(), not quit(): Qt 6's quit() asks every window to close first, and a window in the middle of a
    // session asks its user before it closes, so quit() would wait for an answer nobody gives.
    QObject::connect(&tour, &ScreenshotTour::finished, &app, [] { QCoreApplication::exit(0); });
    return QApplication::exec();
}
