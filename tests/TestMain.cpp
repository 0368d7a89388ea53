// Shared GoogleTest main: a headless Qt application exists before any test runs.
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
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
