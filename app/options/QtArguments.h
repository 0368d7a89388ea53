#pragma once

#include <QStringList>

namespace twofold::app {

// Qt's own command-line options (QGuiApplication and QApplication: -platform, -style, -reverse, ...,
// also written with two dashes or "=value"), split from Twofold's, so that our parser can be strict about
// its own options while Qt still gets its, and Qt never mistakes ours (--name) for its (-name).
struct SplitArguments {
    QStringList qt;   // arguments[0] plus Qt's options, for QApplication
    QStringList ours; // arguments[0] plus everything else, for QCommandLineParser
};

SplitArguments splitQtArguments(const QStringList& arguments);

} // namespace twofold::app
