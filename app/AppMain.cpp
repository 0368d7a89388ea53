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

// What the command line asked for: the options and Qt's own arguments, or (`exitCode`) the status to end
// with at once, for --help, --version or a mistake.
struct Request {
    std::optional<AppOptions> options;
    QStringList qtArguments;
    bool demo = false;
    int exitCode = 0;
};

// Parses the command line before any window system is touched. Qt's own options (-platform, -style,
// -reverse, ...) go to QApplication; ours to our parser, which can then be strict, and Qt never reads our
// --name as its -name.
Request parseCommandLine(int argc, char** argv) {
    CommandLine line;
    Request request;
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const auto split = splitQtArguments(arguments);
    // A core application only, to parse: no display is needed for that.
    QCoreApplication parsing(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twofold"));
    QCoreApplication::setApplicationVersion(applicationVersion());
    if (!line.parser.parse(split.ours)) {
        std::fprintf(stderr, "twofold: %s\nTry 'twofold --help'.\n", qPrintable(line.parser.errorText()));
        request.exitCode = 2;
        return request;
    }
    if (line.parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(line.parser.helpText()), stdout);
        return request;
    }
    if (line.parser.isSet(QStringLiteral("version"))) {
        std::printf("twofold %s\n", qPrintable(applicationVersion()));
        return request;
    }
    auto options = line.shared.resolve(line.parser, QProcessEnvironment::systemEnvironment());
    if (!options) {
        std::fprintf(stderr, "twofold: %s\n", qPrintable(options.error().message));
        request.exitCode = 2;
        return request;
    }
    if (!options->language.isEmpty() && !supportedLanguages().contains(options->language)) {
        std::fprintf(stderr, "twofold: --language must be one of %s\n",
                     qPrintable(supportedLanguages().join(QStringLiteral(", "))));
        request.exitCode = 2;
        return request;
    }
    request.options = *options;
    request.demo = line.parser.isSet(line.demo);
    if (request.demo) {
        request.options->scope = net::Scope::Loopback; // the demo never leaves this machine
        request.options->scopeSource = OptionSource::Flag;
    }
    request.qtArguments = split.qt;
    return request;
}

// Qt's own arguments as QApplication takes them; they must outlive it (it keeps a reference to argc).
class QtArgv {
public:
    explicit QtArgv(const QStringList& arguments) {
        for (const auto& argument : arguments) {
            m_bytes.push_back(argument.toLocal8Bit());
        }
        for (auto& bytes : m_bytes) {
            m_pointers.push_back(bytes.data());
        }
        m_pointers.push_back(nullptr);
        argc = int(m_bytes.size());
    }
    char** argv() { return m_pointers.data(); }
    int argc = 0;

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char*> m_pointers;
};

void nameApplication() {
    QApplication::setApplicationName(QStringLiteral("twofold"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setDesktopFileName(applicationId());
}

// One process per profile; a profile that cannot be created or written ends here, cleanly (null). The demo
// keeps everything in temporary profiles of its own (DemoSetup locks those) and only reads this one's
// language setting: it locks nothing here.
Result<std::unique_ptr<ProfileLock>> lockProfile(const AppOptions& options, bool demo) {
    if (demo) {
        return std::unique_ptr<ProfileLock>();
    }
    return ProfileLock::acquire(options.profile);
}

// The log file in the profile (none for the demo, whose profiles go when it ends); false when there is no
// log file, which the window then tells calmly.
bool startLog(const AppOptions& options, bool demo, const LogFailureRelay& relay) {
    log::Options logOptions;
    logOptions.directory = demo ? QString() : options.profile;
    const auto logged = log::setup(logOptions, relay.handler());
    if (!logged) {
        log::get(log::Module::App)->error("no log file: {}", logged.error().message.toStdString());
    }
    return logged.ok();
}

// The settings in effect (scope, name, language), the translation, the style and the input helpers;
// returns the language the windows speak.
QString applySettings(QApplication& app, Settings& settings, const AppOptions& options, bool demo,
                      ProfileNotices& notices, bool logged) {
    settings.setScopeInEffect(options.scope, options.scopeSource);
    if (!options.name.isEmpty() && !demo) {
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
    log::get(log::Module::App)
        ->info("starting {} (language {}, scope {} from {})", applicationVersion().toStdString(),
               language.toStdString(), net::toString(options.scope).toStdString(),
               toString(options.scopeSource).toStdString());
    return language;
}

// The window(s) and what each needs: the demo's two, or this partner's one with its partnership.
struct Windows {
    std::unique_ptr<DemoSetup> demo;
    std::optional<SoundChime> chime; // the demo's two windows have a chime each
    std::vector<SoundChime*> chimes;
    std::unique_ptr<Partnership> partnership;
    std::unique_ptr<MainWindow> window;
    MainWindow* first = nullptr;
};

// The demo: Alex and Sam joined on this computer. False when it could not start.
bool openDemo(Windows& windows, session::Clock& clock, const QString& language) {
    windows.demo = std::make_unique<DemoSetup>(clock, language);
    if (auto status = windows.demo->start(); !status) {
        log::get(log::Module::App)->error("demo could not start code={}", status.error().code.toStdString());
        std::fprintf(stderr, "twofold: the demo could not start (%s)\n", qPrintable(status.error().message));
        return false;
    }
    windows.first = windows.demo->alex().window.get();
    windows.chimes = {windows.demo->alex().chime.get(), windows.demo->sam().chime.get()};
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(windows.demo.get(), &DemoSetup::closed, qApp, [] { quitAfterGoodbyes(); });
    return true;
}

// This partner's window over its partnership (the network, the partners, the session).
void openWindow(Windows& windows, session::Clock& clock, Settings& settings, const TextCoach& coach,
                const AppOptions& options, const QString& language, ProfileNotices& notices) {
    windows.chime.emplace(settings);
    windows.chimes = {&*windows.chime};
    QObject::connect(&*windows.chime, &SoundChime::unavailable, &notices, &ProfileNotices::add);
    Partnership::Options partnershipOptions;
    partnershipOptions.profile = options.profile;
    partnershipOptions.name = settings.displayName();
    partnershipOptions.language = language;
    partnershipOptions.pauseMinutes = settings.pauseMinutes();
    partnershipOptions.scope = options.scope;
    partnershipOptions.tcpPort = options.port.value_or(net::kDefaultTcpPort);
    partnershipOptions.discoveryPort = options.discoveryPort;
    windows.partnership = std::make_unique<Partnership>(partnershipOptions, clock, *windows.chime);
    windows.window = std::make_unique<MainWindow>(settings, coach, windows.partnership->partners());
    auto* partnership = windows.partnership.get();
    auto* window = windows.window.get();
    QObject::connect(&settings, &Settings::changed, partnership, [&settings, partnership](SettingKey key) {
        if (key == SettingKey::DisplayName) {
            partnership->setName(settings.displayName());
        }
    });
    QObject::connect(partnership, &Partnership::sessionCreated, window,
                     [window](SessionController* session) { window->setSession(session); });
    QObject::connect(partnership, &Partnership::profileProblem, &notices, &ProfileNotices::add);
    notices.showIn(window);
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(window, &MainWindow::closedByUser, qApp, [partnership] {
        partnership->closeForExit();
        quitAfterGoodbyes();
    });
    if (auto status = partnership->start(); !status) {
        log::get(log::Module::App)->error("network unavailable code={}", status.error().code.toStdString());
    }
    windows.first = window;
}

// SIGTERM (logout, shutdown) closes as the window's close does, without the question: drafts saved, the
// partner told kindly that Twofold closed (not left on "Reconnecting…").
void closeOnTermination(TerminationSignal& termination, MainWindow* first) {
    QObject::connect(&termination, &TerminationSignal::requested, first, [first, closing = false]() mutable {
        if (!std::exchange(closing, true)) {
            first->closeConfirmed();
        }
    });
}

// The audio threads stop first. One still waiting in a hung audio server would take the process's
// teardown down with it (Qt Multimedia's globals go from under it: a 30 s wait, then a crash), so then
// the process ends here, everything saved: drafts at close, settings and the log just now.
void endWithoutTeardownIfAudioHangs(const std::vector<SoundChime*>& chimes, std::unique_ptr<ProfileLock>& profileLock,
                                    int code) {
    bool audioStopped = true;
    for (auto* each : chimes) {
        audioStopped = each->stop(SoundChime::kExitWaitMs) && audioStopped;
    }
    if (!audioStopped) {
        log::get(log::Module::App)
            ->warn("ending without teardown: the audio thread is still waiting for the audio server");
        log::flush();
        profileLock.reset();
        std::fflush(nullptr);
        std::_Exit(code);
    }
}

} // namespace

int runApp(int argc, char** argv, const RunHooks& hooks) {
    const auto request = parseCommandLine(argc, argv);
    if (!request.options) {
        return request.exitCode;
    }
    const AppOptions& options = *request.options;
    QtArgv qtArgv(request.qtArguments);
    QApplication app(qtArgv.argc, qtArgv.argv());
    nameApplication();
    auto lock = lockProfile(options, request.demo);
    if (!lock) {
        std::fprintf(stderr, "twofold: %s\n", qPrintable(lock.error().message));
        return 1;
    }
    auto profileLock = std::move(lock).value();
    // Problems with the profile are told in the window, calmly; the app carries on without what failed.
    ProfileNotices notices;
    LogFailureRelay relay(notices, options.profile);
    const bool logged = startLog(options, request.demo, relay);
    Settings settings(options.profile);
    const QString language = applySettings(app, settings, options, request.demo, notices, logged);

    session::SystemClock clock;
    RuleCoach coach(language);
    Windows windows;
    if (request.demo) {
        if (!openDemo(windows, clock, language)) {
            return 1;
        }
    } else {
        openWindow(windows, clock, settings, coach, options, language, notices);
    }
    if (hooks.firstWindowShown) {
        auto* first = windows.first;
        QObject::connect(first, &MainWindow::firstShown, &app, [first, &hooks] { hooks.firstWindowShown(*first); });
    }
    TerminationSignal termination;
    closeOnTermination(termination, windows.first);
    if (windows.demo) {
        windows.demo->show();
    } else {
        windows.window->show();
    }

    const int code = QApplication::exec();
    if (!request.demo) {
        settings.sync();
    }
    relay.stop();
    endWithoutTeardownIfAudioHangs(windows.chimes, profileLock, code);
    log::flush();
    return code;
}

} // namespace twofold::app
