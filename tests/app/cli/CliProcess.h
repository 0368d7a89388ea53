#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <optional>

namespace twofold::test {

using LinePredicate = std::function<bool(const QJsonObject&)>;

// A line with this "kind" (and, if given, this value under `key`).
LinePredicate kindIs(const char* kind);
LinePredicate kindIs(const char* kind, const char* key, const QJsonValue& value);
// An {"kind":"event"} line whose event has this sequence number.
LinePredicate eventSeq(qint64 seq);

// Where twofold-cli lives: $TWOFOLD_BIN_DIR (set by ctest), else next to the test executable.
QString cliPath();
// A TCP port on 127.0.0.1 that is free right now (listen on 0, close).
quint16 freeTcpPort();
// A UDP port on 127.0.0.1 that is free right now; one per test keeps parallel tests' discovery apart.
quint16 freeUdpPort();

// One twofold-cli process, always on the loopback scope with its own profile. Every stdout line is
// parsed as JSON and collected; tests wait for lines with waitForLine().
class CliProcess {
public:
    explicit CliProcess(QString profile, QString name = QStringLiteral("Alex"));
    ~CliProcess();
    CliProcess(const CliProcess&) = delete;
    CliProcess& operator=(const CliProcess&) = delete;

    // Starts `twofold-cli --profile P --name N --scope loopback <arguments>`; true once it runs.
    bool start(const QStringList& arguments);
    // From now on start() runs it with `ip netns exec <name>` and `--scope lan`: the only way a test uses
    // the lan scope, inside a network namespace the test created (nothing leaves it).
    void useNetworkNamespace(const QString& name) { m_namespace = name; }
    // The first collected line (from index `from` on) matching `predicate`, waiting up to timeoutMs.
    std::optional<QJsonObject> waitForLine(const LinePredicate& predicate, int timeoutMs = 10000, qsizetype from = 0);
    // The same, or an empty object if no such line came (for reading a line already waited for).
    QJsonObject lineOrEmpty(const LinePredicate& predicate, int timeoutMs = 10000) {
        return waitForLine(predicate, timeoutMs).value_or(QJsonObject());
    }
    // Waits until `count` lines (from index `from` on) match.
    bool waitForCount(const LinePredicate& predicate, qsizetype count, int timeoutMs = 10000, qsizetype from = 0);
    qsizetype countLines(const LinePredicate& predicate, qsizetype from = 0) const;

    void send(const QJsonObject& intent);
    void sendRaw(const QByteArray& line); // a newline is appended
    void closeStdin() { m_process.closeWriteChannel(); }
    bool waitForExit(int timeoutMs = 10000);
    // Sends {"type":"quit"} and waits for a clean exit; true if the exit code was 0.
    bool quit(int timeoutMs = 10000);
    void kill(); // SIGKILL, then waits until it is gone

    bool running() const { return m_process.state() != QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    qint64 processId() const { return m_process.processId(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    const QList<QJsonObject>& lines() const { return m_lines; }
    const QList<QByteArray>& nonJsonLines() const { return m_nonJson; }
    QString stderrText() const { return QString::fromUtf8(m_stderr); }
    QString profile() const { return m_profile; }
    // The "event" objects printed so far, in order of printing.
    QList<QJsonObject> events() const;
    // All lines as text, for failure messages.
    std::string transcript() const;

private:
    void readStdout();

    QString m_profile;
    QString m_name;
    QString m_namespace;
    QProcess m_process;
    QByteArray m_partial;
    QList<QJsonObject> m_lines;
    QList<QByteArray> m_nonJson;
    QByteArray m_stderr;
};

// Runs a short twofold-cli command to the end (loopback scope); stdout split into JSON lines.
struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& arguments, int timeoutMs = 10000);
// The same, started through `wrapper` (a program and its arguments, the CLI's command line appended),
// e.g. unshare for a private mount namespace.
CliRun runCliUnder(const QStringList& wrapper, const QStringList& arguments, int timeoutMs = 10000);
// `twofold-cli trusted` for a profile: the remembered partners.
QList<QJsonObject> trustedIn(const QString& profile);
// `twofold-cli id` for a profile: the device id.
QString deviceIdOf(const QString& profile);

// Events by sequence number; fails (returns nullopt) if a sequence number is printed twice.
std::optional<std::map<qint64, QJsonObject>> eventsBySeq(const QList<QJsonObject>& events);

} // namespace twofold::test
