#include "tools/startup/StartupTimer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <ctime>
#include <unistd.h>

namespace twofold::app {

qint64 msSinceProcessStart() {
    static QElapsedTimer fallback;
    if (!fallback.isValid()) {
        fallback.start();
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return fallback.elapsed();
    }
    const QByteArray line = stat.readAll();
    const auto afterName = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(afterName + 2).split(' ');
    // Field 22 of the whole line (starttime, in clock ticks since boot) is index 19 after the name.
    if (fields.size() < 20) {
        return fallback.elapsed();
    }
    const double startSeconds = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qint64((nowSeconds - startSeconds) * 1000.0);
}

} // namespace twofold::app
