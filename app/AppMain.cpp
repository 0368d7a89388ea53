#include "app/AppMain.h"

#include "app/DemoSetup.h"
#include "app/Localization.h"
#include "app/Partnership.h"
#include "app/ProfileNotices.h"
#include "app/TerminationSignal.h"
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/controllers/SoundChime.h"
#include "app/options/AppOptions.h"
#include "app/options/Languages.h"
#include "app/options/ProfileLock.h"
#include "app/options/QtArguments.h"
#include "app/pages/MainWindow.h"
#include "app/widgets/KeyboardActivation.h"
#include "app/widgets/PlainTextLabels.h"
#include "app/widgets/Theme.h"
#include "core/Version.h"
#include "core/log/Log.h"
#include "core/net/LingeringClose.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <utility>

namespace twofold::app {
namespace {

// How long a closing app waits for its goodbye to reach the partner.
constexpr int kGoodbyeLimitMs = 1000;

// Quits once every goodbye has left (or after kGoodbyeLimitMs), so the partner reads "closed" rather
// than guessing at a lost network.
void quitAfterGoodbyes() {
    auto* timer = new QTimer(qApp);
    auto* clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, clock] {
        if (net::LingeringClose::active() == 0 || clock->elapsed() > kGoodbyeLimitMs) {
            timer->stop();
            delete clock;
            QApplication::quit();
        }
    });
    timer->start(20);
}

// Hands a log write failure, which can happen on any thread, to the notices on the GUI thread, until
// stop() (before the application goes).
class LogFailureRelay {
public:
    LogFailureRelay(ProfileNotices& notices, QString folder) : m_state(std::make_shared<State>()) {
        m_state->notices = &notices;
        m_state->folder = std::move(folder);
    }

    log::WriteFailureHandler handler() const {
        return [state = m_state](const std::string&) {
            std::lock_guard lock(state->mutex);
            if (state->notices != nullptr) {
                QMetaObject::invokeMethod(
                    state->notices,
                    [notices = state->notices, folder = state->folder] {
                        notices->add(ProfileNotices::logWriteFailed(folder));
                    },
                    Qt::QueuedConnection);
            }
        };
    }

    void stop() {
        std::lock_guard lock(m_state->mutex);
        m_state->notices = nullptr;
    }

private:
    struct State {
        std::mutex mutex;
        ProfileNotices* notices = nullptr;
        QString folder;
    };
    std::shared_ptr<State> m_state;
};

// The command line, parsed before any window system is touched: --help and --version work without a
// display, and a wrong value ends with status 2 before anything starts.
struct CommandLine {
    CommandLine()
        : demo(QStringLiteral("demo"), QStringLiteral("Open two windows (Alex and Sam) joined on this computer.")) {
        parser.setApplicationDescription(
            QStringLiteral("Twofold: a calm structure for hard conversations between two partners."));
        parser.addHelpOption();
        parser.addVersionOption();
        shared.addTo(parser);
        parser.addOption(demo);
    }
    QCommandLineParser parser;
    SharedOptions shared;
    QCommandLineOption demo;
};

} // namespace

int runApp(int argc, char** argv, const RunHooks& hooks) {
    CommandLine line;
    std::optional<AppOptions> resolved;
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // Qt's own options (-platform, -style, -reverse, ...) go to QApplication; ours to our parser, which
    // can then be strict, and Qt never reads our --name as its -name.
    const auto split = splitQtArguments(arguments);
    {
        // A core application only, to parse: no display is needed for that.
        QCoreApplication parsing(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("twofold"));
        QCoreApplication::setApplicationVersion(applicationVersion());
        if (!line.parser.parse(split.ours)) {
            std::fprintf(stderr, "twofold: %s\nTry 'twofold --help'.\n", qPrintable(line.parser.errorText()));
            return 2;
        }
        if (line.parser.isSet(QStringLiteral("help"))) {
            std::fputs(qPrintable(line.parser.helpText()), stdout);
            return 0;
        }
        if (line.parser.isSet(QStringLiteral("version"))) {
            std::printf("twofold %s\n", qPrintable(applicationVersion()));
            return 0;
        }
        auto options = line.shared.resolve(line.parser, QProcessEnvironment::systemEnvironment());
        if (!options) {
            std::fprintf(stderr, "twofold: %s\n", qPrintable(options.error().message));
            return 2;
        }
        if (!options->language.isEmpty() && !supportedLanguages().contains(options->language)) {
            std::fprintf(stderr, "twofold: --language must be one of %s\n",
                         qPrintable(supportedLanguages().join(QStringLiteral(", "))));
            return 2;
        }
        resolved = *options;
    }
    AppOptions options = *resolved;
    const bool demoMode = line.parser.isSet(line.demo);
    if (demoMode) {
        options.scope = net::Scope::Loopback; // the demo never leaves this machine
        options.scopeSource = OptionSource::Flag;
    }

    std::vector<QByteArray> qtArgumentBytes;
    for (const auto& argument : split.qt) {
        qtArgumentBytes.push_back(argument.toLocal8Bit());
    }
    std::vector<char*> qtArgv;
    for (auto& bytes : qtArgumentBytes) {
        qtArgv.push_back(bytes.data());
    }
    qtArgv.push_back(nullptr);
    int qtArgc = int(qtArgumentBytes.size());
    QApplication app(qtArgc, qtArgv.data());
    QApplication::setApplicationName(QStringLiteral("twofold"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setDesktopFileName(applicationId());

    // One process per profile; a profile that cannot be created or written ends here, cleanly. The demo
    // keeps everything in temporary profiles of its own (DemoSetup locks those) and only reads this one's
    // language setting.
    std::unique_ptr<ProfileLock> profileLock;
    if (!demoMode) {
        auto lock = ProfileLock::acquire(options.profile);
        if (!lock) {
            std::fprintf(stderr, "twofold: %s\n", qPrintable(lock.error().message));
            return 1;
        }
        profileLock = std::move(lock).value();
    }

    // Problems with the profile are told in the window, calmly; the app carries on without what failed.
    ProfileNotices notices;
    LogFailureRelay relay(notices, options.profile);
    log::Options logOptions;
    logOptions.directory = demoMode ? QString() : options.profile; // the demo's profiles go when it ends
    const auto logged = log::setup(logOptions, relay.handler());
    auto logger = log::get(log::Module::App);
    if (!logged) {
        logger->error("no log file: {}", logged.error().message.toStdString());
    }

    Settings settings(options.profile);
    settings.setScopeInEffect(options.scope, options.scopeSource);
    if (!options.name.isEmpty() && !demoMode) {
        settings.setDisplayName(options.name); // pre-fills the first run, or renames
    }
    const auto languageChoice = chooseLanguage(options.language, settings);
    settings.setLanguageInEffect(languageChoice);
    const QString language = languageChoice.code;
    installTranslators(app, language);
    if (!logged) {
        notices.add(ProfileNotices::logUnavailable(options.profile));
    }
    notices.add(settings.problem());
    QObject::connect(&settings, &Settings::saveFailed, &notices, &ProfileNotices::add);
    app.setStyleSheet(Theme::styleSheet(app.palette()));
    PlainTextLabels::install(app);
    KeyboardActivation::install(app);
    logger->info("starting {} (language {}, scope {} from {})", applicationVersion().toStdString(),
                 language.toStdString(), net::toString(options.scope).toStdString(),
                 toString(options.scopeSource).toStdString());

    session::SystemClock clock;
    std::unique_ptr<DemoSetup> demo;
    RuleCoach coach(language);
    std::optional<SoundChime> chime; // the demo's two windows have a chime each
    std::vector<SoundChime*> chimes;
    std::unique_ptr<Partnership> partnership;
    std::unique_ptr<MainWindow> window;
    MainWindow* first = nullptr;
    if (demoMode) {
        demo = std::make_unique<DemoSetup>(clock, language);
        if (auto status = demo->start(); !status) {
            logger->error("demo could not start code={}", status.error().code.toStdString());
            std::fprintf(stderr, "twofold: the demo could not start (%s)\n", qPrintable(status.error().message));
            return 1;
        }
        first = demo->alex().window.get();
        chimes = {demo->alex().chime.get(), demo->sam().chime.get()};
    } else {
        chime.emplace(settings);
        chimes = {&*chime};
        QObject::connect(&*chime, &SoundChime::unavailable, &notices, &ProfileNotices::add);
        Partnership::Options partnershipOptions;
        partnershipOptions.profile = options.profile;
        partnershipOptions.name = settings.displayName();
        partnershipOptions.language = language;
        partnershipOptions.pauseMinutes = settings.pauseMinutes();
        partnershipOptions.scope = options.scope;
        partnershipOptions.tcpPort = options.port.value_or(net::kDefaultTcpPort);
        partnershipOptions.discoveryPort = options.discoveryPort;
        partnership = std::make_unique<Partnership>(partnershipOptions, clock, *chime);
        window = std::make_unique<MainWindow>(settings, coach, partnership->partners());
        QObject::connect(&settings, &Settings::changed, partnership.get(), [&settings, &partnership](SettingKey key) {
            if (key == SettingKey::DisplayName) {
                partnership->setName(settings.displayName());
            }
        });
        QObject::connect(partnership.get(), &Partnership::sessionCreated, window.get(),
                         [&window](SessionController* session) { window->setSession(session); });
        QObject::connect(partnership.get(), &Partnership::profileProblem, &notices, &ProfileNotices::add);
        notices.showIn(window.get());
        QApplication::setQuitOnLastWindowClosed(false);
        QObject::connect(window.get(), &MainWindow::closedByUser, &app, [&partnership] {
            partnership->closeForExit();
            quitAfterGoodbyes();
        });
        if (auto status = partnership->start(); !status) {
            logger->error("network unavailable code={}", status.error().code.toStdString());
        }
        first = window.get();
    }
    if (hooks.firstWindowShown) {
        QObject::connect(first, &MainWindow::firstShown, &app, [first, &hooks] { hooks.firstWindowShown(*first); });
    }
    // SIGTERM (logout, shutdown) closes as the window's close does, without the question: drafts saved, the
    // partner told kindly that Twofold closed (not left on "Reconnecting…").
    TerminationSignal termination;
    QObject::connect(&termination, &TerminationSignal::requested, first, [first, closing = false]() mutable {
        if (!std::exchange(closing, true)) {
            first->closeConfirmed();
        }
    });
    if (demo) {
        QApplication::setQuitOnLastWindowClosed(false);
        QObject::connect(demo.get(), &DemoSetup::closed, &app, [] { quitAfterGoodbyes(); });
        demo->show();
    } else {
        window->show();
    }
    const int code = QApplication::exec();
    if (!demoMode) {
        settings.sync();
    }
    relay.stop();
    // The audio threads stop first. One still waiting in a hung audio server would take the process's
    // teardown down with it (Qt Multimedia's globals go from under it: a 30 s wait, then a crash), so then
    // the process ends here, everything saved: drafts at close, settings and the log just now.
    bool audioStopped = true;
    for (auto* each : chimes) {
        audioStopped = each->stop(SoundChime::kExitWaitMs) && audioStopped;
    }
    if (!audioStopped) {
        logger->warn("ending without teardown: the audio thread is still waiting for the audio server");
        log::flush();
        profileLock.reset();
        std::fflush(nullptr);
        std::_Exit(code);
    }
    log::flush();
    return code;
}

} // namespace twofold::app
