// twofold-discovery-probe: runs Discovery once and reports what it finds, for the namespace test.
//
//   ip netns exec tf-a-123 twofold-discovery-probe --netns tf-a-123 --scope lan --name probe-a
//       [--port 47913] [--tcp-port 40000] [--timeout 8000]
//
// Prints "SELF <deviceId>", then "FOUND <deviceId> <address> <tcpPort> <name>" per peer; exits 0 shortly
// after the first peer (so that its answer goes out), 1 when nothing was found in time, 2 on bad usage.
// Refuses the lan scope (exit 3) unless --netns names a test namespace ("tf-*") and this process really
// runs inside it (same inode as /run/netns/<name>): it is for namespaces a test created, never for a
// real interface.
#include "core/net/Discovery.h"
#include "core/protocol/MessageTypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>
#include <cstdio>
#include <sys/stat.h>

using namespace twofold;

namespace {

bool insideTestNamespace(const QString& name) {
    if (!name.startsWith(QLatin1String("tf-")) || name.contains(QLatin1Char('/'))) {
        return false;
    }
    struct stat mine {};
    struct stat named {};
    const QByteArray namedPath = QByteArrayLiteral("/run/netns/") + name.toUtf8();
    if (::stat("/proc/self/ns/net", &mine) != 0 || ::stat(namedPath.constData(), &named) != 0) {
        return false;
    }
    return mine.st_ino == named.st_ino && mine.st_dev == named.st_dev;
}

void print(const QString& line) {
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption scopeOption(QStringLiteral("scope"), QStringLiteral("loopback or lan"),
                                         QStringLiteral("scope"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("UDP port"), QStringLiteral("port"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("display name"), QStringLiteral("name"),
                                        QStringLiteral("probe"));
    const QCommandLineOption tcpOption(QStringLiteral("tcp-port"), QStringLiteral("announced TCP port"),
                                       QStringLiteral("port"), QStringLiteral("40000"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QStringLiteral("ms"), QStringLiteral("ms"),
                                           QStringLiteral("8000"));
    const QCommandLineOption netnsOption(QStringLiteral("netns"), QStringLiteral("the test namespace it runs in"),
                                         QStringLiteral("name"));
    parser.addOptions({scopeOption, portOption, nameOption, tcpOption, timeoutOption, netnsOption});
    parser.process(app);

    const QString scopeText = parser.isSet(scopeOption) ? parser.value(scopeOption)
                              : qEnvironmentVariableIsSet("TWOFOLD_NET_SCOPE")
                                  ? qEnvironmentVariable("TWOFOLD_NET_SCOPE")
                                  : QStringLiteral("lan");
    const auto scope = net::parseScope(scopeText);
    if (!scope) {
        print(QStringLiteral("ERROR bad scope"));
        return 2;
    }
    if (*scope == net::Scope::Lan && !insideTestNamespace(parser.value(netnsOption))) {
        print(QStringLiteral("ERROR refusing the lan scope outside a test network namespace"));
        return 3;
    }

    QByteArray idBytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(idBytes.data()), 8);
    const QString deviceId = QString::fromLatin1(idBytes.toHex());
    net::DiscoveryOptions options;
    if (parser.isSet(portOption)) {
        options.udpPort = static_cast<quint16>(parser.value(portOption).toUInt());
    }
    net::Discovery discovery(*scope,
                             net::Announcement{protocol::kProtocolVersion, deviceId, parser.value(nameOption),
                                               static_cast<quint16>(parser.value(tcpOption).toUInt())},
                             options);
    print(QStringLiteral("SELF %1").arg(deviceId));
    int exitCode = 1;
    QObject::connect(&discovery, &net::Discovery::peerFound, &app, [&](const net::DiscoveredPeer& peer) {
        print(QStringLiteral("FOUND %1 %2 %3 %4")
                  .arg(peer.deviceId, peer.address.toString())
                  .arg(peer.port)
                  .arg(peer.name));
        if (exitCode != 0) {
            exitCode = 0;
            QTimer::singleShot(1500, &app, [&] { app.exit(0); }); // linger: our answers and burst go out
        }
    });
    if (const auto started = discovery.start(); !started) {
        print(QStringLiteral("ERROR %1").arg(started.error().message));
        return 2;
    }
    QTimer::singleShot(parser.value(timeoutOption).toInt(), &app, [&] { app.exit(exitCode); });
    return app.exec();
}
