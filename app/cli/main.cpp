// twofold-cli: a headless Twofold peer over the same core as the desktop app.
#include "app/cli/CliOptions.h"
#include "app/cli/CliRunner.h"
#include "app/cli/CoachCommand.h"
#include "app/options/ProfileLock.h"
#include "core/Version.h"
#include "core/log/Log.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twofold-cli"));
    QCoreApplication::setApplicationVersion(twofold::applicationVersion());

    if (twofold::cli::isCoachCommand(QCoreApplication::arguments())) { // stdin drafts -> JSON findings
        return twofold::cli::runCoachCommand(QCoreApplication::arguments());
    }
    auto options =
        twofold::cli::parseCliOptions(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    if (!options) {
        std::fprintf(stderr, "twofold-cli: %s\n\n%s", qPrintable(options.error().message),
                     qPrintable(twofold::cli::usage()));
        return 2;
    }
    if (options->command == QLatin1String("help")) {
        std::fputs(qPrintable(twofold::cli::usage()), stdout);
        return 0;
    }
    if (options->command == QLatin1String("version")) {
        std::printf("twofold-cli %s\n", qPrintable(twofold::applicationVersion()));
        return 0;
    }
    // One process per profile; a profile that cannot be created or written ends here, cleanly.
    auto lock = twofold::app::ProfileLock::acquire(options->profile);
    if (!lock) {
        twofold::cli::printError(lock.error());
        return 1;
    }
    // Logs go to the profile's file only: stdout is for JSON lines, stderr stays quiet for scripts. A line
    // that cannot be written later (a full disk) is reported once as an error line; the command goes on.
    const auto logged = twofold::log::setup(
        {.directory = options->profile, .toStderr = false, .forwardQtMessages = true, .extraSinks = {}},
        [](const std::string& reason) {
            twofold::cli::printError({QStringLiteral("log-unwritable"), QString::fromStdString(reason)});
        });
    if (!logged) {
        twofold::cli::printError(logged.error());
        return 1;
    }

    twofold::cli::CliRunner runner(*options);
    QObject::connect(&runner, &twofold::cli::CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &runner, &twofold::cli::CliRunner::start);
    return QCoreApplication::exec();
}
