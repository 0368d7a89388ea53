// Discovery in the `lan` scope, for real: two network namespaces joined by a veth pair, one probe in
// each. Nothing leaves the namespaces; they are deleted afterwards, also when the test fails.
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>
#include <unistd.h>

namespace {

struct CommandResult {
    int exitCode = -1;
    QString output;
};

CommandResult run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAll())};
}

// Two namespaces with a veth pair between them; removed in the destructor.
class NamespacePair {
public:
    NamespacePair() {
        const auto pid = QString::number(::getpid());
        const int subnet = static_cast<int>(::getpid() % 250) + 1;
        m_names = {QStringLiteral("tf-a-") + pid, QStringLiteral("tf-b-") + pid};
        const QString vethA = QStringLiteral("tfa") + pid;
        const QString vethB = QStringLiteral("tfb") + pid;
        const QString net = QStringLiteral("10.213.%1.").arg(subnet);
        m_prefix = net;
        m_outsidePrefix = QStringLiteral("10.99.%1.").arg(subnet);
        const QList<QStringList> steps{
            {QStringLiteral("netns"), QStringLiteral("add"), m_names[0]},
            {QStringLiteral("netns"), QStringLiteral("add"), m_names[1]},
            {QStringLiteral("-n"), m_names[0], QStringLiteral("link"), QStringLiteral("add"), vethA,
             QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), vethB,
             QStringLiteral("netns"), m_names[1]},
            {QStringLiteral("-n"), m_names[0], QStringLiteral("addr"), QStringLiteral("add"),
             net + QStringLiteral("1/24"), QStringLiteral("dev"), vethA},
            {QStringLiteral("-n"), m_names[1], QStringLiteral("addr"), QStringLiteral("add"),
             net + QStringLiteral("2/24"), QStringLiteral("dev"), vethB},
            {QStringLiteral("-n"), m_names[0], QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
             QStringLiteral("up")},
            {QStringLiteral("-n"), m_names[1], QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
             QStringLiteral("up")},
            {QStringLiteral("-n"), m_names[0], QStringLiteral("link"), QStringLiteral("set"), vethA,
             QStringLiteral("up")},
            {QStringLiteral("-n"), m_names[1], QStringLiteral("link"), QStringLiteral("set"), vethB,
             QStringLiteral("up")},
            // B also holds an address of another network, and A knows the way there: a source on the wire
            // that is not in A's own subnet (as a spoofer or a routed stranger would be).
            {QStringLiteral("-n"), m_names[1], QStringLiteral("addr"), QStringLiteral("add"),
             m_outsidePrefix + QStringLiteral("2/24"), QStringLiteral("dev"), vethB},
            {QStringLiteral("-n"), m_names[0], QStringLiteral("route"), QStringLiteral("add"),
             m_outsidePrefix + QStringLiteral("0/24"), QStringLiteral("dev"), vethA},
        };
        for (const auto& step : steps) {
            const auto result = run(QStringLiteral("ip"), step);
            if (result.exitCode != 0) {
                m_error =
                    QStringLiteral("`ip %1` failed: %2").arg(step.join(QLatin1Char(' ')), result.output.trimmed());
                return;
            }
            if (step.size() == 3 && step[1] == QLatin1String("add")) {
                m_created.append(step[2]);
            }
        }
        m_ok = true;
    }

    ~NamespacePair() {
        for (const auto& name : m_created) {
            run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), name});
        }
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString name(int index) const { return m_names[index]; }
    QString prefix() const { return m_prefix; }               // "10.213.N.": A is .1, B is .2
    QString outsidePrefix() const { return m_outsidePrefix; } // "10.99.N.": B's other address is .2

private:
    QString m_prefix;
    QString m_outsidePrefix;
    QStringList m_names;
    QStringList m_created;
    QString m_error;
    bool m_ok = false;
};

QString probePath() {
    QString directory = qEnvironmentVariable("TWOFOLD_BIN_DIR");
    if (directory.isEmpty()) {
        directory = QCoreApplication::applicationDirPath();
    }
    return QDir(directory).filePath(QStringLiteral("twofold-discovery-probe"));
}

QString selfId(const QString& output) {
    for (const auto& line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("SELF "))) {
            return line.mid(5).trimmed();
        }
    }
    return {};
}

} // namespace

TEST(DiscoveryNamespaces, two_devices_on_a_virtual_lan_find_each_other) {
    if (qEnvironmentVariable("TWOFOLD_SKIP_NETNS") == QLatin1String("1")) {
        GTEST_SKIP() << "TWOFOLD_SKIP_NETNS=1: the lan-scope discovery test needs root and iproute2 to create "
                        "network namespaces";
    }
    ASSERT_EQ(::geteuid(), 0U) << "\n\n*** The lan-scope discovery test must run as root: it creates two network "
                                  "namespaces. Run as root, or set TWOFOLD_SKIP_NETNS=1 to skip it. ***\n";
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        << "\n\n*** iproute2 (`ip`) is missing: install it, or set TWOFOLD_SKIP_NETNS=1 to skip this test. ***\n";
    ASSERT_TRUE(QFile::exists(probePath())) << probePath().toStdString() << " is not built";

    NamespacePair namespaces;
    ASSERT_TRUE(namespaces.ok()) << "\n\n*** Cannot create network namespaces: " << namespaces.error().toStdString()
                                 << "\nSet TWOFOLD_SKIP_NETNS=1 to skip this test. ***\n";

    std::array<QProcess, 2> probes;
    for (int i = 0; i < 2; ++i) {
        probes[i].setProcessChannelMode(QProcess::MergedChannels);
        probes[i].start(QStringLiteral("ip"),
                        {QStringLiteral("netns"), QStringLiteral("exec"), namespaces.name(i), probePath(),
                         QStringLiteral("--netns"), namespaces.name(i), QStringLiteral("--scope"),
                         QStringLiteral("lan"), QStringLiteral("--name"), QStringLiteral("probe-%1").arg(i),
                         QStringLiteral("--tcp-port"), QString::number(40000 + i), QStringLiteral("--timeout"),
                         QStringLiteral("8000")});
    }
    const bool finished = QTest::qWaitFor(
        [&] { return probes[0].state() == QProcess::NotRunning && probes[1].state() == QProcess::NotRunning; }, 15000);
    for (auto& probe : probes) {
        if (probe.state() != QProcess::NotRunning) {
            probe.kill();
            probe.waitForFinished();
        }
    }
    ASSERT_TRUE(finished) << "the probes did not finish";
    const QString outA = QString::fromUtf8(probes[0].readAll());
    const QString outB = QString::fromUtf8(probes[1].readAll());
    EXPECT_EQ(probes[0].exitCode(), 0) << outA.toStdString();
    EXPECT_EQ(probes[1].exitCode(), 0) << outB.toStdString();
    const QString idA = selfId(outA);
    const QString idB = selfId(outB);
    ASSERT_EQ(idA.size(), 64) << outA.toStdString();
    ASSERT_EQ(idB.size(), 64) << outB.toStdString();
    EXPECT_TRUE(outA.contains(QStringLiteral("FOUND ") + idB + QStringLiteral(" 10.213."))) << "A did not find B:\n"
                                                                                            << outA.toStdString();
    EXPECT_TRUE(outA.contains(QStringLiteral(" 40001 probe-1"))) << outA.toStdString();
    EXPECT_TRUE(outB.contains(QStringLiteral("FOUND ") + idA + QStringLiteral(" 10.213."))) << "B did not find A:\n"
                                                                                            << outB.toStdString();
}

// Discovery is not an amplifier: in lan scope a datagram from a source outside the subnet of the receiving
// side's own addresses is neither listed nor answered (an answer would go wherever a spoofer points it).
TEST(DiscoveryNamespaces, ignores_announcements_from_outside_its_own_subnet) {
    if (qEnvironmentVariable("TWOFOLD_SKIP_NETNS") == QLatin1String("1")) {
        GTEST_SKIP() << "TWOFOLD_SKIP_NETNS=1";
    }
    ASSERT_EQ(::geteuid(), 0U) << "needs root for network namespaces (or TWOFOLD_SKIP_NETNS=1)";
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    ASSERT_FALSE(python.isEmpty()) << "python3 sends the test datagrams";
    NamespacePair namespaces;
    ASSERT_TRUE(namespaces.ok()) << namespaces.error().toStdString();

    QProcess probe;
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), namespaces.name(0), probePath(),
                                       QStringLiteral("--netns"), namespaces.name(0), QStringLiteral("--scope"),
                                       QStringLiteral("lan"), QStringLiteral("--timeout"), QStringLiteral("8000")});
    QString output;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            output += QString::fromUtf8(probe.readAll());
            return output.contains(QStringLiteral("SELF "));
        },
        5000));
    const QString outsideId(64, QLatin1Char('e'));
    const QString insideId(64, QLatin1Char('d'));
    // From B: first from its outside address, then (the positive control) from its address in A's subnet.
    const QString script =
        QStringLiteral(
            "import json, socket, time, sys\n"
            "def send(src, dev):\n"
            "    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            "    s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)\n"
            "    s.bind((src, 0))\n"
            "    for i in range(5):\n"
            "        msg = {'version': 1, 'deviceId': dev, 'name': 'x', 'port': 40000, 'at': int(time.time()*1000)+i}\n"
            "        s.sendto(json.dumps(msg).encode(), (sys.argv[3] + '255', 47913))\n"
            "        time.sleep(0.05)\n"
            "send(sys.argv[1], '%1')\n"
            "send(sys.argv[2], '%2')\n")
            .arg(outsideId, insideId);
    const auto sent =
        run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), namespaces.name(1), python,
                                   QStringLiteral("-c"), script, namespaces.outsidePrefix() + QStringLiteral("2"),
                                   namespaces.prefix() + QStringLiteral("2"), namespaces.prefix()});
    ASSERT_EQ(sent.exitCode, 0) << sent.output.toStdString();
    ASSERT_TRUE(probe.waitForFinished(10000));
    output += QString::fromUtf8(probe.readAll());
    EXPECT_TRUE(output.contains(QStringLiteral("FOUND ") + insideId)) << "the control was not heard:\n"
                                                                      << output.toStdString();
    EXPECT_FALSE(output.contains(QStringLiteral("FOUND ") + outsideId)) << "listed a source outside the subnet:\n"
                                                                        << output.toStdString();
}

TEST(DiscoveryNamespaces, probe_refuses_the_lan_scope_outside_a_test_namespace) {
    ASSERT_TRUE(QFile::exists(probePath())) << probePath().toStdString() << " is not built";
    // Never reaches the network: the guard runs before any socket exists.
    const auto bare = run(probePath(), {QStringLiteral("--scope"), QStringLiteral("lan"), QStringLiteral("--timeout"),
                                        QStringLiteral("100")});
    EXPECT_EQ(bare.exitCode, 3) << bare.output.toStdString();
    const auto claimed =
        run(probePath(), {QStringLiteral("--netns"), QStringLiteral("tf-not-here"), QStringLiteral("--scope"),
                          QStringLiteral("lan"), QStringLiteral("--timeout"), QStringLiteral("100")});
    EXPECT_EQ(claimed.exitCode, 3) << claimed.output.toStdString();
}
