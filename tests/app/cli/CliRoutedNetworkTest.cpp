// Two subnets joined by a router, as across a VPN or a mesh network: four network namespaces this test
// creates and deletes. Subnet 1 holds `near` and `neighbour` on a bridge in the router; subnet 2 holds
// `far`; `router` forwards between them. Discovery (lan scope, inside the namespaces only) must stay
// within its subnet, and "connect by address" must pair and run a session across the router. The
// twofold-cli processes run with `ip netns exec`, so nothing they send can leave the namespaces.
#include "tests/app/cli/CliPartners.h"

#include <QProcess>
#include <QStandardPaths>
#include <unistd.h>
#include <utility>

namespace twofold::test {
namespace {

QString runIp(const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("ip"), arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("`ip %1` timed out").arg(arguments.join(QLatin1Char(' ')));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("`ip %1` failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()).trimmed());
    }
    return {};
}

class RoutedNetwork {
public:
    RoutedNetwork() {
        const auto pid = QString::number(::getpid());
        const int site = static_cast<int>(::getpid() % 200) + 20;
        m_subnet1 = QStringLiteral("10.%1.1.").arg(site);
        m_subnet2 = QStringLiteral("10.%1.2.").arg(site);
        for (const auto* role : {"near", "neighbour", "far", "router"}) {
            m_names.insert(QString::fromLatin1(role),
                           QStringLiteral("tfr-%1-%2").arg(QLatin1String(role).left(4), pid));
        }
        m_error = build();
    }

    ~RoutedNetwork() {
        for (const auto& name : m_created) {
            runIp({QStringLiteral("netns"), QStringLiteral("del"), name});
        }
    }

    QString error() const { return m_error; }
    QString name(const char* role) const { return m_names.value(QString::fromLatin1(role)); }
    QString farAddress() const { return m_subnet2 + QStringLiteral("2"); }

private:
    QString build() {
        for (const auto& name : std::as_const(m_names)) {
            if (auto failed = runIp({QStringLiteral("netns"), QStringLiteral("add"), name}); !failed.isEmpty()) {
                return failed;
            }
            m_created.append(name);
            if (auto failed = in(
                    name, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")});
                !failed.isEmpty()) {
                return failed;
            }
        }
        const QString router = name("router");
        QList<QStringList> steps{
            {QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("br1"), QStringLiteral("type"),
             QStringLiteral("bridge")},
            {QStringLiteral("addr"), QStringLiteral("add"), m_subnet1 + QStringLiteral("1/24"), QStringLiteral("dev"),
             QStringLiteral("br1")},
            {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("br1"), QStringLiteral("up")},
        };
        for (const auto& step : steps) {
            if (auto failed = in(router, step); !failed.isEmpty()) {
                return failed;
            }
        }
        if (auto failed = attach("near", QStringLiteral("tfr1"), m_subnet1 + QStringLiteral("2"), m_subnet1, true);
            !failed.isEmpty()) {
            return failed;
        }
        if (auto failed = attach("neighbour", QStringLiteral("tfr2"), m_subnet1 + QStringLiteral("3"), m_subnet1, true);
            !failed.isEmpty()) {
            return failed;
        }
        if (auto failed = attach("far", QStringLiteral("tfr3"), farAddress(), m_subnet2, false); !failed.isEmpty()) {
            return failed;
        }
        QProcess forward;
        forward.start(QStringLiteral("ip"),
                      {QStringLiteral("netns"), QStringLiteral("exec"), router, QStringLiteral("sysctl"),
                       QStringLiteral("-qw"), QStringLiteral("net.ipv4.ip_forward=1")});
        if (!forward.waitForFinished(10000) || forward.exitCode() != 0) {
            return QStringLiteral("cannot turn on forwarding in the router namespace");
        }
        return {};
    }

    // A veth from the router to `role`'s eth0 with `address`/24 and a default route via the router; on the
    // bridge of subnet 1, or on its own router address in subnet 2.
    QString attach(const char* role, const QString& routerSide, const QString& address, const QString& subnet,
                   bool bridged) {
        const QString router = name("router");
        const QString host = name(role);
        QList<QPair<QString, QStringList>> steps{
            {router,
             {QStringLiteral("link"), QStringLiteral("add"), routerSide, QStringLiteral("type"), QStringLiteral("veth"),
              QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("eth0"), QStringLiteral("netns"), host}},
            {host,
             {QStringLiteral("addr"), QStringLiteral("add"), address + QStringLiteral("/24"), QStringLiteral("dev"),
              QStringLiteral("eth0")}},
            {host, {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("eth0"), QStringLiteral("up")}},
            {router, {QStringLiteral("link"), QStringLiteral("set"), routerSide, QStringLiteral("up")}},
        };
        if (bridged) {
            steps.append({router,
                          {QStringLiteral("link"), QStringLiteral("set"), routerSide, QStringLiteral("master"),
                           QStringLiteral("br1")}});
        } else {
            steps.append({router,
                          {QStringLiteral("addr"), QStringLiteral("add"), subnet + QStringLiteral("1/24"),
                           QStringLiteral("dev"), routerSide}});
        }
        steps.append({host,
                      {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"), QStringLiteral("via"),
                       subnet + QStringLiteral("1")}});
        for (const auto& [where, step] : steps) {
            if (auto failed = in(where, step); !failed.isEmpty()) {
                return failed;
            }
        }
        return {};
    }

    static QString in(const QString& netns, const QStringList& arguments) {
        return runIp(QStringList{QStringLiteral("-n"), netns} + arguments);
    }

    QMap<QString, QString> m_names;
    QStringList m_created;
    QString m_subnet1;
    QString m_subnet2;
    QString m_error;
};

// Why namespaces cannot be made here, or empty. The test is skipped (and says why) only then.
QString namespacesImpossible() {
    if (qEnvironmentVariable("TWOFOLD_SKIP_NETNS") == QLatin1String("1")) {
        return QStringLiteral("TWOFOLD_SKIP_NETNS=1");
    }
    if (::geteuid() != 0) {
        return QStringLiteral("not root: creating network namespaces needs root");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty()) {
        return QStringLiteral("iproute2 (`ip`) is not installed");
    }
    return {};
}

#define MAKE_ROUTED_NETWORK(network)                                                                                   \
    if (const auto impossible = namespacesImpossible(); !impossible.isEmpty()) {                                       \
        GTEST_SKIP() << "the routed-network test needs network namespaces: " << impossible.toStdString();              \
    }                                                                                                                  \
    RoutedNetwork network;                                                                                             \
    if (!network.error().isEmpty()) {                                                                                  \
        GTEST_SKIP() << "network namespaces cannot be made here: " << network.error().toStdString();                   \
    }

TEST(RoutedNetwork, discovery_stays_within_its_subnet) {
    MAKE_ROUTED_NETWORK(network);
    QTemporaryDir nearDir;
    QTemporaryDir neighbourDir;
    QTemporaryDir farDir;
    CliProcess neighbour(neighbourDir.path(), QStringLiteral("Neighbour"));
    CliProcess far(farDir.path(), QStringLiteral("Far"));
    neighbour.useNetworkNamespace(network.name("neighbour"));
    far.useNetworkNamespace(network.name("far"));
    ASSERT_TRUE(neighbour.start({QStringLiteral("host")}));
    ASSERT_TRUE(far.start({QStringLiteral("host")}));
    const auto neighbourUp = neighbour.waitForLine(kindIs("listening"));
    const auto farUp = far.waitForLine(kindIs("listening"));
    ASSERT_TRUE(neighbourUp && farUp) << neighbour.transcript() << far.transcript();

    CliProcess near(nearDir.path(), QStringLiteral("Near"));
    near.useNetworkNamespace(network.name("near"));
    ASSERT_TRUE(near.start({QStringLiteral("discover"), QStringLiteral("--timeout"), QStringLiteral("4")}));
    ASSERT_TRUE(near.waitForExit(15000)) << near.transcript();
    EXPECT_EQ(near.exitCode(), 0) << near.transcript();
    const auto found = [&](const QJsonObject& listening) {
        const auto id = listening.value(QLatin1String("deviceId"));
        return near.countLines([&](const QJsonObject& line) { return line.value(QLatin1String("deviceId")) == id; }) >
               0;
    };
    EXPECT_TRUE(found(*neighbourUp)) << "the neighbour on the same subnet was not found:\n" << near.transcript();
    EXPECT_FALSE(found(*farUp)) << "discovery crossed the router:\n" << near.transcript();
    neighbour.kill();
    far.kill();
}

TEST(RoutedNetwork, connect_by_address_pairs_and_runs_a_session_across_the_router) {
    MAKE_ROUTED_NETWORK(network);
    QTemporaryDir farDir;
    QTemporaryDir nearDir;
    CliProcess sam(farDir.path(), QStringLiteral("Sam"));
    sam.useNetworkNamespace(network.name("far"));
    ASSERT_TRUE(sam.start(
        {QStringLiteral("host"), QStringLiteral("--port"), QStringLiteral("47914"), QStringLiteral("--yes")}));
    ASSERT_TRUE(sam.waitForLine(kindIs("listening"))) << sam.transcript();

    CliProcess alex(nearDir.path(), QStringLiteral("Alex"));
    alex.useNetworkNamespace(network.name("near"));
    ASSERT_TRUE(
        alex.start({QStringLiteral("join"), network.farAddress() + QStringLiteral(":47914"), QStringLiteral("--yes")}));
    const auto transcripts = [&] {
        return alex.transcript() + "\n" + sam.transcript();
    };
    const auto paired = alex.waitForLine(kindIs("paired"), 20000);
    ASSERT_TRUE(paired) << transcripts();
    EXPECT_EQ(paired->value(QLatin1String("lastAddress")).toString(), network.farAddress());
    ASSERT_TRUE(sam.waitForLine(kindIs("paired"))) << transcripts();
    ASSERT_TRUE(CliPartners::linked(alex) && CliPartners::linked(sam)) << transcripts();

    alex.send(intent("start", "flow", "conversation"));
    alex.send(flowAction("set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    alex.send(flowAction("ready"));
    ASSERT_TRUE(sam.waitForLine(eventSeq(3))) << transcripts();
    sam.send(flowAction("ready"));
    ASSERT_TRUE(alex.waitForLine(eventSeq(4))) << transcripts();
    alex.send(intent("signal", "signal", "care"));
    ASSERT_TRUE(sam.waitForLine(eventSeq(5))) << transcripts();
    EXPECT_TRUE(sameEvents(alex, sam, 5)) << transcripts();
    EXPECT_EQ(alex.countLines(kindIs("link", "up", false)) + sam.countLines(kindIs("link", "up", false)), 0)
        << transcripts();
    ASSERT_TRUE(sam.quit()) << transcripts();
    ASSERT_TRUE(alex.quit()) << transcripts();
}

} // namespace
} // namespace twofold::test
