#include "core/log/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <atomic>
#include <csignal>
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace {

TEST(Log, module_loggers_share_the_configured_sinks_and_name_themselves) {
    std::ostringstream out;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = true, .extraSinks = {sink}});
    twofold::log::get(twofold::log::Module::NetPairing)->info("pairing started id={}", 7);
    twofold::log::get(twofold::log::Module::Session)->warn("rejected kind={}", "not_your_turn");
    twofold::log::flush();
    const auto text = out.str();
    EXPECT_NE(text.find("[net.pairing] pairing started id=7"), std::string::npos) << text;
    EXPECT_NE(text.find("[session] rejected kind=not_your_turn"), std::string::npos) << text;
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
}

TEST(Log, threads_asking_for_a_new_module_logger_at_once_all_get_the_same_one) {
    // The audio thread and the window's thread once met here: spdlog threw "logger with name 'app.sound'
    // already exists" and the app terminated.
    const auto module = twofold::log::Module::AppSound;
    for (int round = 0; round < 200; ++round) {
        spdlog::drop(twofold::log::name(module));
        std::atomic<bool> go{false};
        std::vector<std::shared_ptr<spdlog::logger>> got(8);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < got.size(); ++i) {
            threads.emplace_back([&, i] {
                while (!go.load()) {
                }
                got[i] = twofold::log::get(module);
            });
        }
        go = true;
        for (auto& thread : threads) {
            thread.join();
        }
        for (const auto& logger : got) {
            ASSERT_EQ(logger, got.front()) << "round " << round;
        }
    }
}

TEST(Log, qt_messages_are_forwarded_to_the_qt_logger) {
    std::ostringstream out;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = true, .extraSinks = {sink}});
    qWarning("a qt warning %d", 42);
    twofold::log::flush();
    EXPECT_NE(out.str().find("[qt] a qt warning 42"), std::string::npos) << out.str();
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
    qInstallMessageHandler(nullptr);
}

TEST(Log, writes_a_rotating_file_in_the_given_directory) {
    const QString dir =
        QDir::tempPath() + QStringLiteral("/twofold-log-test-") + QString::number(QCoreApplication::applicationPid());
    twofold::log::setup({.directory = dir, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
    twofold::log::get(twofold::log::Module::Session)->info("hello file");
    twofold::log::flush();
    QFile file(dir + QStringLiteral("/twofold.log"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("[session] hello file"));
    QDir(dir).removeRecursively();
}

TEST(Log, a_folder_in_the_way_of_the_log_file_is_an_error_and_logging_goes_on_without_it) {
    QTemporaryDir profile;
    ASSERT_TRUE(QDir(profile.path()).mkdir(twofold::log::fileName())); // root cannot open a folder as a file either
    std::ostringstream out;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
    const auto status = twofold::log::setup(
        {.directory = profile.path(), .toStderr = false, .forwardQtMessages = false, .extraSinks = {sink}});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("log-unavailable"));
    EXPECT_TRUE(status.error().message.contains(twofold::log::fileName())) << status.error().message.toStdString();
    twofold::log::get(twofold::log::Module::Session)->info("still logging");
    twofold::log::flush();
    EXPECT_NE(out.str().find("still logging"), std::string::npos);
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
}

TEST(Log, a_file_in_the_way_of_the_log_folder_is_an_error_that_names_the_reason) {
    QTemporaryDir parent;
    QFile blocker(QDir(parent.path()).filePath(QStringLiteral("profile")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto status = twofold::log::setup({.directory = QDir(blocker.fileName()).filePath(QStringLiteral("logs")),
                                             .toStderr = false,
                                             .forwardQtMessages = false,
                                             .extraSinks = {}});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("log-unavailable"));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("Not a directory")))
        << status.error().message.toStdString();
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
}

TEST(Log, a_full_disk_is_reported_once_and_the_other_sinks_keep_logging) {
    QTemporaryDir profile;
    // A file size limit makes every write past 16 bytes fail (EFBIG), as a full disk does (also for root).
    // (This used a link to /dev/full; links in place of the log file are no longer followed.)
    struct rlimit previous {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto previousSignal = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = previous;
    tiny.rlim_cur = 16;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
    struct Restore {
        struct rlimit limit;
        void (*handler)(int);
        ~Restore() {
            ::setrlimit(RLIMIT_FSIZE, &limit);
            std::signal(SIGXFSZ, handler);
        }
    } restore{previous, previousSignal};
    std::ostringstream out;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
    std::atomic<int> failures{0};
    std::string reason;
    const auto status = twofold::log::setup(
        {.directory = profile.path(), .toStderr = false, .forwardQtMessages = false, .extraSinks = {sink}},
        [&](const std::string& why) {
            reason = why;
            ++failures;
        });
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    for (int i = 0; i < 5; ++i) {
        twofold::log::get(twofold::log::Module::Session)->warn("warning {}", i); // warnings are flushed at once
    }
    twofold::log::flush();
    EXPECT_EQ(failures.load(), 1);
    EXPECT_NE(reason.find("twofold.log"), std::string::npos) << reason;
    EXPECT_NE(out.str().find("warning 4"), std::string::npos) << out.str();
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
}

} // namespace
