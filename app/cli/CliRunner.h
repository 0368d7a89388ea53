#pragma once

#include "app/cli/CliOptions.h"
#include "app/cli/LineReader.h"
#include "core/link/AutoConfirmPrompt.h"
#include "core/link/Peer.h"
#include "core/net/NonceSource.h"
#include "core/session/Clock.h"
#include "core/session/Random.h"

#include <QJsonObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace twofold::cli {

// Writes one JSON line to stdout at once (safe from any thread: one fwrite, then a flush).
void printLine(const QJsonObject& object);
// {"kind":"error","code":...,"message":...}: how twofold-cli reports every failure, fatal or not.
void printError(const Error& error);

// Runs one twofold-cli command over the event loop; finished(exitCode) when done.
class CliRunner : public QObject {
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject* parent = nullptr);
    ~CliRunner() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool createPeer(bool listen, bool discovery);
    // Fails the command (exit 1) if loading the profile kept a damaged identity or trust store aside.
    bool failOnProfileProblem(const net::Identity& identity, const std::optional<Error>& trustProblem);
    void runId();
    void runDiscover();
    void runTrusted();
    void runForget();
    void runHost();
    void runJoin();
    void watchPeer();
    void onEngine(sync::SyncEngine* engine);
    void onLine(const QByteArray& line);
    void quitWhenDone();
    void handleIntentLine(const QJsonObject& object);
    void answerPairingQuestion(const QByteArray& line);
    void joinDiscovered(const QString& deviceId);
    void print(const QJsonObject& object);
    void fail(const QString& code, const QString& message, int exitCode = 1);
    void finish(int exitCode);

    CliOptions m_options;
    session::SystemClock m_clock;
    session::SystemRandom m_random;
    net::SystemNonceSource m_nonces;
    link::AutoConfirmPrompt m_autoConfirm; // outlives m_peer, which may point at it
    std::unique_ptr<link::Peer> m_peer;
    std::unique_ptr<LineReader> m_stdin;
    enum class Question { None, Invitation, Code } m_question = Question::None;
    std::vector<QJsonObject> m_waitingLines; // intents typed before a partner was linked
    QTimer m_timeout;
    QTimer m_doneCheck; // after end of input: polls until the work asked for is done
    bool m_inputEnded = false;
    bool m_done = false;
};

} // namespace twofold::cli
