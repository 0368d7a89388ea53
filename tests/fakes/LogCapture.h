#pragma once

#include "core/log/Log.h"

#include <QString>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>

namespace twofold::test {

// Sends every module logger to memory (at trace level) for the lifetime of the object, so a test
// can read what was logged. Restores quiet logging afterwards.
class LogCapture {
public:
    LogCapture() {
        m_sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_out);
        log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = true, .extraSinks = {m_sink}});
        spdlog::set_level(spdlog::level::trace);
    }
    ~LogCapture() {
        log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
        qInstallMessageHandler(nullptr);
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QString text() {
        log::flush();
        return QString::fromStdString(m_out.str());
    }

private:
    std::ostringstream m_out;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_sink;
};

} // namespace twofold::test
