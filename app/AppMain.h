#pragma once

namespace twofold::app {

// The whole `twofold` startup: command line, profile, logging, language, style, and the window(s).
int runApp(int argc, char** argv);

} // namespace twofold::app
