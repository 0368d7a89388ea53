#include "core/log/Log.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>
#include <atomic>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <spdlog/cfg/env.h>
#include <spdlog/details/registry.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <system_error>
#include <utility>

namespace twofold::log {

namespace {

constexpr std::chrono::seconds kFlushInterval{2};

std::mutex& sinksMutex() {
    static std::mutex mutex;
    return mutex;
}

std::vector<spdlog::sink_ptr>& sharedSinks() {
    static std::vector<spdlog::sink_ptr> sinks;
    return sinks;
}

spdlog::level::level_enum toLevel(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    auto logger = get(Module::Qt);
    const bool named = context.category != nullptr && std::strcmp(context.category, "default") != 0;
    logger->log(toLevel(type), "{}{}{}", named ? context.category : "", named ? ": " : "", message.toStdString());
    if (type == QtFatalMsg) {
        logger->flush();
        std::abort();
    }
}

// Names of symbolic links found in place of the log file and moved aside (reported once logging is up).
std::vector<std::string>& movedLinks() {
    static std::vector<std::string> moved;
    return moved;
}

// spdlog opens its files with fopen("ab"), which follows a symbolic link: a link planted as twofold.log had
// log lines appended to its target. Before every open (also after each rotation) a link in the file's
// place is renamed aside (the link itself; its target is never opened), and the file spdlog opened is made
// owner-only through its descriptor.
spdlog::file_event_handlers noFollowHandlers() {
    spdlog::file_event_handlers handlers;
    handlers.before_open = [](const spdlog::filename_t& name) {
        struct stat info {};
        if (::lstat(name.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) {
            return;
        }
        std::string aside = name + ".symlink-" + std::to_string(::time(nullptr));
        for (int attempt = 2; ::lstat(aside.c_str(), &info) == 0; ++attempt) {
            aside = name + ".symlink-" + std::to_string(::time(nullptr)) + "-" + std::to_string(attempt);
        }
        if (::rename(name.c_str(), aside.c_str()) == 0) {
            movedLinks().push_back(aside);
        } else {
            // Cannot move it: never write through it. Opening is made to fail (spdlog reports the error).
            throw spdlog::spdlog_ex("refusing to log through the symbolic link " + name);
        }
    };
    handlers.after_open = [](const spdlog::filename_t&, std::FILE* file) {
        if (file != nullptr) {
            ::fchmod(::fileno(file), S_IRUSR | S_IWUSR);
        }
    };
    return handlers;
}

// The rotating file in `directory`, or why it cannot be opened.
Result<spdlog::sink_ptr> openFile(const QString& directory) {
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(QFile::encodeName(directory).toStdString()), error);
    if (error) {
        return Error{QStringLiteral("log-unavailable"),
                     QStringLiteral("cannot create the log folder %1: %2")
                         .arg(directory, QString::fromLocal8Bit(error.message().c_str()))};
    }
    const auto path = QDir(directory).filePath(fileName());
    constexpr std::size_t maxSize = 1024 * 1024;
    constexpr std::size_t maxFiles = 3;
    try {
        return spdlog::sink_ptr(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QFile::encodeName(path).toStdString(), maxSize, maxFiles, false, noFollowHandlers()));
    } catch (const std::exception& failure) { // spdlog::spdlog_ex names the file and the system's reason
        return Error{QStringLiteral("log-unavailable"), QString::fromLocal8Bit(failure.what())};
    }
}

} // namespace

Status setup(const Options& options, WriteFailureHandler onWriteFailure) {
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
    Status status = Ok{};
    if (!options.directory.isEmpty()) {
        auto file = openFile(options.directory);
        if (file) {
            sinks.push_back(*file);
        } else {
            status = file.error();
        }
    }
    for (const auto& sink : options.extraSinks) {
        sinks.push_back(sink);
    }
    {
        std::lock_guard lock(sinksMutex());
        sharedSinks() = sinks;
    }
    spdlog::drop_all();
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e %-5l [%n] %v");
    spdlog::set_level(spdlog::level::info);
    spdlog::cfg::load_env_levels();
    // A line that cannot be written (disk full, file gone read-only) is reported once and otherwise
    // dropped: logging never throws into the program and never writes spdlog's own notes to stderr.
    auto reported = std::make_shared<std::atomic<bool>>(false);
    spdlog::details::registry::instance().set_error_handler(
        [reported, onFailure = std::move(onWriteFailure)](const std::string& reason) {
            if (!reported->exchange(true) && onFailure) {
                onFailure(reason);
            }
        });
    // A killed process must not leave an empty log: warnings reach the file at once, the rest within
    // kFlushInterval.
    spdlog::flush_on(spdlog::level::warn);
    spdlog::flush_every(kFlushInterval);
    if (options.forwardQtMessages) {
        qInstallMessageHandler(forwardQtMessage);
    }
    for (const auto& aside : std::exchange(movedLinks(), {})) {
        get(Module::App)
            ->warn("a symbolic link stood in place of the log file; moved aside to {}, not followed",
                   std::filesystem::path(aside).filename().string());
    }
    return status;
}

std::string name(Module module) {
    switch (module) {
    case Module::App:
        return "app";
    case Module::AppSound:
        return "app.sound";
    case Module::AppSettings:
        return "app.settings";
    case Module::AppDrafts:
        return "app.drafts";
    case Module::Session:
        return "session";
    case Module::Sync:
        return "sync";
    case Module::Coach:
        return "coach";
    case Module::Link:
        return "link";
    case Module::NetNode:
        return "net.node";
    case Module::NetTrust:
        return "net.trust";
    case Module::NetTransport:
        return "net.transport";
    case Module::NetPairing:
        return "net.pairing";
    case Module::NetIdentity:
        return "net.identity";
    case Module::NetDiscovery:
        return "net.discovery";
    case Module::Qt:
        return "qt";
    }
    return "unknown";
}

std::shared_ptr<spdlog::logger> get(Module which) {
    const std::string module = name(which);
    if (auto existing = spdlog::get(module)) {
        return existing;
    }
    // Two threads (the window's and the audio thread) may ask for a new module's logger at once; spdlog
    // throws when the second registers the same name, so making one is done by one thread at a time.
    static std::mutex creating;
    std::lock_guard creation(creating);
    if (auto existing = spdlog::get(module)) {
        return existing; // the other thread made it meanwhile
    }
    std::vector<spdlog::sink_ptr> sinks;
    {
        std::lock_guard lock(sinksMutex());
        sinks = sharedSinks();
    }
    auto logger = std::make_shared<spdlog::logger>(module, sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %-5l [%n] %v");
    spdlog::initialize_logger(logger); // applies SPDLOG_LEVEL levels for this name
    return spdlog::get(module) ? spdlog::get(module) : logger;
}

void flush() {
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) { logger->flush(); });
}

} // namespace twofold::log
