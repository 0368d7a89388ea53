#pragma once

#include <QString>
#include <memory>
#include <spdlog/logger.h>
#include <spdlog/sinks/sink.h>
#include <string>
#include <vector>

namespace twofold::log {

// How logging is set up once per process. Levels come from SPDLOG_LEVEL (e.g. "info,net.pairing=debug").
struct Options {
    QString directory;    // where twofold.log rotates; empty = no file
    bool toStderr = true; // also write to stderr
    bool forwardQtMessages = true;
    std::vector<spdlog::sink_ptr> extraSinks; // tests add an in-memory sink here
};

// Sets up the sinks shared by every module logger. Safe to call again (replaces the sinks).
void setup(const Options& options);

// The named logger of one module ("session", "net.pairing", "coach", "qt", ...), created on first use
// with the shared sinks. Log event kinds, ids, sizes and durations; never what the partners wrote.
std::shared_ptr<spdlog::logger> get(const std::string& module);

// Flushes every logger (tests and shutdown).
void flush();

} // namespace twofold::log
