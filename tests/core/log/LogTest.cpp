#include "core/log/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

namespace {

TEST(Log, module_loggers_share_the_configured_sinks_and_name_themselves) {
    std::ostringstream out;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = true, .extraSinks = {sink}});
    twofold::log::get("net.pairing")->info("pairing started id={}", 7);
    twofold::log::get("session")->warn("rejected kind={}", "not_your_turn");
    twofold::log::flush();
    const auto text = out.str();
    EXPECT_NE(text.find("[net.pairing] pairing started id=7"), std::string::npos) << text;
    EXPECT_NE(text.find("[session] rejected kind=not_your_turn"), std::string::npos) << text;
    twofold::log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
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
    twofold::log::get("session")->info("hello file");
    twofold::log::flush();
    QFile file(dir + QStringLiteral("/twofold.log"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("[session] hello file"));
    QDir(dir).removeRecursively();
}

} // namespace
