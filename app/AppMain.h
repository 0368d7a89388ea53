#pragma once

#include <functional>

namespace twofold::app {

class MainWindow;

// What a development tool may observe of a real start (tools/startup measures the time to the first
// window with it); the product itself passes none.
struct RunHooks {
    std::function<void(MainWindow& window)> firstWindowShown;
};

// The whole `twofold` startup: command line, profile, logging, language, style, and the window(s).
// Returns the process exit status: 0, 1 (could not start), 2 (a usage error).
int runApp(int argc, char** argv, const RunHooks& hooks = {});

} // namespace twofold::app
