#include "tests/app/cli/CliProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

namespace twofold::test {
namespace {

QProcessEnvironment loopbackEnvironment() {
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TWOFOLD_NET_SCOPE"), QStringLiteral("loopback"));
    environment.remove(QStringLiteral("TWOFOLD_DISCOVERY_PORT")); // every test passes its own
    return environment;
}

std::optional<QJsonObject> parseLine(const QByteArray& line) {
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

} // namespace

LinePredicate kindIs(const char* kind) {
    const auto wanted = QString::fromLatin1(kind);
    return [wanted](const QJsonObject& line) {
        return line.value(QLatin1String("kind")).toString() == wanted;
    };
}

LinePredicate kindIs(const char* kind, const char* key, const QJsonValue& value) {
    const auto wanted = QString::fromLatin1(kind);
    const auto field = QString::fromLatin1(key);
    return [wanted, field, value](const QJsonObject& line) {
        return line.value(QLatin1String("kind")).toString() == wanted && line.value(field) == value;
    };
}

LinePredicate eventSeq(qint64 seq) {
    return [seq](const QJsonObject& line) {
        return line.value(QLatin1String("kind")).toString() == QLatin1String("event") &&
               line.value(QLatin1String("event")).toObject().value(QLatin1String("seq")).toInteger() == seq;
    };
}

QString cliPath() {
    auto dir = qEnvironmentVariable("TWOFOLD_BIN_DIR");
    if (dir.isEmpty()) {
        dir = QCoreApplication::applicationDirPath();
    }
    return QDir(dir).filePath(QStringLiteral("twofold-cli"));
}

quint16 freeTcpPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const auto port = server.serverPort();
    server.close();
    return port;
}

quint16 freeUdpPort() {
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const auto port = socket.localPort();
    socket.close();
    return port;
}

CliProcess::CliProcess(QString profile, QString name) : m_profile(std::move(profile)), m_name(std::move(name)) {
    m_process.setProgram(cliPath());
    m_process.setProcessEnvironment(loopbackEnvironment());
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readStdout(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_stderr += m_process.readAllStandardError(); });
    QObject::connect(&m_process, &QProcess::finished, &m_process, [this] {
        readStdout();
        m_stderr += m_process.readAllStandardError();
    });
}

CliProcess::~CliProcess() {
    if (running()) {
        kill();
    }
}

bool CliProcess::start(const QStringList& arguments) {
    const QString scope = m_namespace.isEmpty() ? QStringLiteral("loopback") : QStringLiteral("lan");
    QStringList command{QStringLiteral("--profile"), m_profile, QStringLiteral("--name"), m_name,
                        QStringLiteral("--scope"),   scope};
    command += arguments;
    if (m_namespace.isEmpty()) {
        m_process.setArguments(command);
    } else {
        m_process.setProgram(QStringLiteral("ip"));
        m_process.setArguments(QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_namespace, cliPath()} +
                               command);
    }
    m_process.start();
    return m_process.waitForStarted(10000);
}

void CliProcess::readStdout() {
    m_partial += m_process.readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        const auto line = m_partial.left(newline);
        m_partial.remove(0, newline + 1);
        if (auto object = parseLine(line)) {
            m_lines.append(*object);
        } else {
            m_nonJson.append(line);
        }
    }
}

std::optional<QJsonObject> CliProcess::waitForLine(const LinePredicate& predicate, int timeoutMs, qsizetype from) {
    std::optional<QJsonObject> found;
    const bool seen = QTest::qWaitFor(
        [&] {
            for (auto i = from; i < m_lines.size(); ++i) {
                if (predicate(m_lines[i])) {
                    found = m_lines[i];
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return seen ? found : std::nullopt;
}

qsizetype CliProcess::countLines(const LinePredicate& predicate, qsizetype from) const {
    qsizetype count = 0;
    for (auto i = from; i < m_lines.size(); ++i) {
        count += predicate(m_lines[i]) ? 1 : 0;
    }
    return count;
}

bool CliProcess::waitForCount(const LinePredicate& predicate, qsizetype count, int timeoutMs, qsizetype from) {
    return QTest::qWaitFor([&] { return countLines(predicate, from) >= count; }, timeoutMs);
}

void CliProcess::send(const QJsonObject& intent) {
    sendRaw(QJsonDocument(intent).toJson(QJsonDocument::Compact));
}

void CliProcess::sendRaw(const QByteArray& line) {
    m_process.write(line + '\n');
}

bool CliProcess::waitForExit(int timeoutMs) {
    return QTest::qWaitFor([this] { return !running(); }, timeoutMs);
}

bool CliProcess::quit(int timeoutMs) {
    send({{QStringLiteral("type"), QStringLiteral("quit")}});
    return waitForExit(timeoutMs) && exitStatus() == QProcess::NormalExit && exitCode() == 0;
}

void CliProcess::kill() {
    m_process.kill();
    waitForExit(10000);
}

QList<QJsonObject> CliProcess::events() const {
    QList<QJsonObject> events;
    for (const auto& line : m_lines) {
        if (line.value(QLatin1String("kind")).toString() == QLatin1String("event")) {
            events.append(line.value(QLatin1String("event")).toObject());
        }
    }
    return events;
}

std::string CliProcess::transcript() const {
    QByteArray text = "--- " + m_name.toUtf8() + " stdout:\n";
    for (const auto& line : m_lines) {
        text += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    for (const auto& line : m_nonJson) {
        text += "(not JSON) " + line + '\n';
    }
    text += "--- stderr:\n" + m_stderr;
    return text.toStdString();
}

CliRun runCli(const QStringList& arguments, int timeoutMs) {
    return runCliUnder({}, arguments, timeoutMs);
}

CliRun runCliUnder(const QStringList& wrapper, const QStringList& arguments, int timeoutMs) {
    QProcess process;
    process.setProcessEnvironment(loopbackEnvironment());
    const QStringList cli = QStringList{cliPath(), QStringLiteral("--scope"), QStringLiteral("loopback")} + arguments;
    const QStringList command = wrapper + cli;
    process.start(command.first(), command.mid(1));
    CliRun run;
    if (!process.waitForStarted(10000)) {
        return run;
    }
    run.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const auto out = process.readAllStandardOutput();
    run.out = QString::fromUtf8(out);
    run.err = QString::fromUtf8(process.readAllStandardError());
    for (const auto& line : out.split('\n')) {
        if (auto object = parseLine(line)) {
            run.lines.append(*object);
        }
    }
    return run;
}

QList<QJsonObject> trustedIn(const QString& profile) {
    return runCli({QStringLiteral("--profile"), profile, QStringLiteral("trusted")}).lines;
}

QString deviceIdOf(const QString& profile) {
    const auto run = runCli({QStringLiteral("--profile"), profile, QStringLiteral("id")});
    return run.lines.isEmpty() ? QString() : run.lines.first().value(QLatin1String("deviceId")).toString();
}

std::optional<std::map<qint64, QJsonObject>> eventsBySeq(const QList<QJsonObject>& events) {
    std::map<qint64, QJsonObject> bySeq;
    for (const auto& event : events) {
        if (!bySeq.emplace(event.value(QLatin1String("seq")).toInteger(), event).second) {
            return std::nullopt;
        }
    }
    return bySeq;
}

} // namespace twofold::test
