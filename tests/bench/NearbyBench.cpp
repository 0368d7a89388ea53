// A busy café network, or a flood: 5,000 announcements with fresh ids while the partners page is open.
// Before issue 16 the window froze for 6-7 s twice (on arrival and when they expired 15 s later) and the
// app answered nearly every announcement. Measures the longest time the GUI thread did not answer (a 5 ms
// timer's largest lateness), the answers the app sent and the largest Nearby list, over the flood and the
// expiry after it.
#include "Benchmarks.h"
#include "app/Partnership.h"
#include "app/controllers/Chime.h"
#include "app/pages/PartnersPage.h"
#include "core/net/Announcement.h"
#include "core/protocol/MessageTypes.h"
#include "core/session/Clock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>
#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace twofold::bench {
namespace {

class SilentChime final : public app::Chime {
public:
    void play(app::ChimeKind) override {}
};

quint16 freeUdpPort() {
    QUdpSocket probe;
    probe.bind(QHostAddress(QHostAddress::AnyIPv4), 0);
    return probe.localPort();
}

// Sends `count` announcements with fresh ids to 127.255.255.255:port from another thread, as fast as the
// socket takes them (a flood does not wait for the window).
void flood(quint16 port, int count, std::atomic<bool>& done) {
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.255.255.255", &to.sin_addr);
    for (int i = 0; i < count; ++i) {
        const net::Announcement fake{protocol::kProtocolVersion, QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')),
                                     QStringLiteral("Guest %1").arg(i), 40003};
        const QByteArray datagram = net::encodeAnnouncement(fake);
        ::sendto(fd, datagram.constData(), static_cast<size_t>(datagram.size()), 0, reinterpret_cast<sockaddr*>(&to),
                 sizeof to);
        if (i % 200 == 199) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5)); // about as fast as a LAN delivers them
        }
    }
    ::close(fd);
    done = true;
}

int nearbyFlood(const QStringList& args) {
    bool ok = true;
    const int count = intOption(args, QStringLiteral("--announcements"), 5000, ok);
    const int seconds = intOption(args, QStringLiteral("--seconds"), 20, ok); // past the 15 s expiry
    if (!ok) {
        return 2;
    }
    QTemporaryDir profile;
    session::SystemClock clock;
    SilentChime chime;
    app::Partnership::Options options;
    options.profile = profile.path();
    options.name = QStringLiteral("Alex");
    options.language = QStringLiteral("en");
    options.scope = net::Scope::Loopback;
    options.tcpPort = 0;
    options.discoveryPort = freeUdpPort();
    app::Partnership partnership(options, clock, chime);
    if (!partnership.start().ok()) {
        return printFigure({{QStringLiteral("name"), QStringLiteral("nearby-flood")}, {QStringLiteral("met"), false}});
    }
    app::PartnersPage page(partnership.partners());
    page.resize(800, 900);
    page.show();
    auto* list = page.findChild<QListWidget*>(QStringLiteral("nearbyList"));

    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 worstLateMs = 0;
    int largestList = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &page, [&] {
        worstLateMs = std::max(worstLateMs, sinceTick.restart() - 5);
        largestList = std::max(largestList, list ? list->count() : 0);
    });
    tick.start();
    std::atomic<bool> sent{false};
    std::thread sender(flood, *options.discoveryPort, count, std::ref(sent));
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    sender.join();
    auto* discovery = partnership.peer().node().discovery();
    return printFigure({{QStringLiteral("name"), QStringLiteral("nearby-flood")},
                        {QStringLiteral("value"), static_cast<double>(worstLateMs)},
                        {QStringLiteral("goal"), 100},
                        {QStringLiteral("unit"), QStringLiteral("ms")},
                        {QStringLiteral("announcements"), count},
                        {QStringLiteral("answers"), discovery ? discovery->answersSent() : -1},
                        {QStringLiteral("largestNearbyList"), largestList}});
}

} // namespace

Bench nearbyFloodBench() {
    return {QStringLiteral("nearby-flood"),
            QStringLiteral("5,000 fresh announcements with the partners page open: longest GUI stall (goal <= 100 ms)"),
            nearbyFlood};
}

} // namespace twofold::bench
