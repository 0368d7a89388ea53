// twofold-startup-probe: the real `twofold` start (app/AppMain.cpp, the same arguments), which prints
// the time from process start to the first window shown as a JSON figure and quits. Used by
// `twofold-bench startup` (DESIGN §8: window shown within 300 ms); not part of the product.
#include "app/AppMain.h"
#include "tools/startup/StartupTimer.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv) {
    twofold::app::msSinceProcessStart();
    twofold::app::RunHooks hooks;
    hooks.firstWindowShown = [](twofold::app::MainWindow&) {
        QTimer::singleShot(0, qApp, [] {
            std::printf("{\"bench\":\"startup\",\"value\":%lld,\"unit\":\"ms\",\"goal\":300}\n",
                        static_cast<long long>(twofold::app::msSinceProcessStart()));
            std::fflush(stdout);
            QApplication::quit();
        });
    };
    return twofold::app::runApp(argc, argv, hooks);
}
