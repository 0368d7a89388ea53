#pragma once

#include "core/Result.h"

#include <QString>
#include <functional>
#include <memory>
#include <spdlog/logger.h>
#include <spdlog/sinks/sink.h>
#include <string>
#include <vector>

namespace twofold::log {

// How logging is set up once per process. Levels come from SPDLOG_LEVEL (e.g. "info,net.pairing=debug").
struct Options {
    QString directory;    // where twofold.log rotates (3 files of 1 MiB); empty = no file
    bool toStderr = true; // also write to stderr
    bool forwardQtMessages = true;
    std::vector<spdlog::sink_ptr> extraSinks; // tests add an in-memory sink here
};

// Called at most once per setup(), on whichever thread was logging, when a line cannot be written (the
// disk is full, the file became unwritable); `reason` is spdlog's, naming the file and the system error.
// Logging goes on with the other sinks and the file keeps being tried. It must not log.
using WriteFailureHandler = std::function<void(const std::string& reason)>;

// The log file's name inside Options::directory.
inline QString fileName() {
    return QStringLiteral("twofold.log");
}

// Sets up the sinks shared by every module logger. Safe to call again (replaces the sinks).
// Never throws. Errors: "log-unavailable" when the directory cannot be created or the file cannot be
// opened for appending; the message names the file and the system's reason. Logging is then set up
// without the file (stderr and extra sinks still work), so the caller decides whether to carry on.
// Later write failures go to `onWriteFailure`; without one they are silent (never spdlog's own notes on
// stderr, which twofold-cli keeps quiet for scripts).
Status setup(const Options& options, WriteFailureHandler onWriteFailure = {});

// Every module that logs, declared once here: the logger names in the log file (and for SPDLOG_LEVEL,
// e.g. "info,net.pairing=debug") come only from this list, so a typo cannot make a stray logger.
enum class Module {
    App,          // "app"
    AppSound,     // "app.sound"
    AppSettings,  // "app.settings"
    AppDrafts,    // "app.drafts"
    Session,      // "session"
    Sync,         // "sync"
    Coach,        // "coach"
    Link,         // "link"
    NetNode,      // "net.node"
    NetTrust,     // "net.trust"
    NetTransport, // "net.transport"
    NetPairing,   // "net.pairing"
    NetIdentity,  // "net.identity"
    NetDiscovery, // "net.discovery"
    Qt,           // "qt"
};

// The logger's name as it appears in the log ("net.pairing").
std::string name(Module module);

// The logger of one module, created on first use with the shared sinks. Log event kinds, ids, sizes and
// durations; never what the partners wrote.
std::shared_ptr<spdlog::logger> get(Module module);

// Flushes every logger (tests and shutdown).
void flush();

} // namespace twofold::log
