// Shared GoogleTest main: a headless Qt application exists before any test runs.
#include "core/log/Log.h"

#include <QtGlobal>
#include <gmock/gmock.h>

#ifdef TWOFOLD_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("TWOFOLD_NET_SCOPE")) {
        qputenv("TWOFOLD_NET_SCOPE", "loopback");
    }
    TestApplication app(argc, argv);
    // TWOFOLD_TEST_LOG=1 shows every module's log on stderr (with SPDLOG_LEVEL for the level).
    twofold::log::setup({.directory = {},
                         .toStderr = qEnvironmentVariableIsSet("TWOFOLD_TEST_LOG"),
                         .forwardQtMessages = qEnvironmentVariableIsSet("TWOFOLD_TEST_LOG"),
                         .extraSinks = {}});
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
