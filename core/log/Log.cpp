#include "core/log/Log.h"

#include <QDir>
#include <QtGlobal>
#include <cstring>
#include <mutex>
#include <spdlog/cfg/env.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace twofold::log {

namespace {
constexpr std::chrono::seconds kFlushInterval{2};
} // namespace
namespace {

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
    auto logger = get("qt");
    const bool named = context.category != nullptr && std::strcmp(context.category, "default") != 0;
    logger->log(toLevel(type), "{}{}{}", named ? context.category : "", named ? ": " : "", message.toStdString());
    if (type == QtFatalMsg) {
        logger->flush();
        std::abort();
    }
}

} // namespace

void setup(const Options& options) {
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
    if (!options.directory.isEmpty()) {
        QDir().mkpath(options.directory);
        const auto path = QDir(options.directory).filePath(QStringLiteral("twofold.log")).toStdString();
        constexpr std::size_t maxSize = 1024 * 1024;
        constexpr std::size_t maxFiles = 3;
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, maxSize, maxFiles));
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
    // A killed process must not leave an empty log: warnings reach the file at once, the rest within
    // kFlushInterval.
    spdlog::flush_on(spdlog::level::warn);
    spdlog::flush_every(kFlushInterval);
    if (options.forwardQtMessages) {
        qInstallMessageHandler(forwardQtMessage);
    }
}

std::shared_ptr<spdlog::logger> get(const std::string& module) {
    if (auto existing = spdlog::get(module)) {
        return existing;
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
