#include "app/cli/CliRunner.h"

#include "core/log/Log.h"
#include "core/session/EventJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>
#include <utility>

namespace twofold::cli {
namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

QJsonObject partnerJson(const net::TrustedPartner& partner) {
    return {{str("deviceId"), partner.deviceId},
            {str("name"), partner.name},
            {str("certificateDigest"), partner.certificateDigest},
            {str("lastAddress"), partner.lastAddress},
            {str("lastPort"), partner.lastPort},
            {str("pairedAt"), partner.pairedAt.toString(Qt::ISODate)}};
}

} // namespace

void printLine(const QJsonObject& object) {
    const auto line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fflush(stdout);
}

void printError(const Error& error) {
    printLine({{str("kind"), str("error")}, {str("code"), error.code}, {str("message"), error.message}});
}

CliRunner::CliRunner(CliOptions options, QObject* parent) : QObject(parent), m_options(std::move(options)) {
    m_timeout.setSingleShot(true);
}

CliRunner::~CliRunner() = default;

void CliRunner::start() {
    const auto& command = m_options.command;
    if (command == QLatin1String("id")) {
        runId();
    } else if (command == QLatin1String("discover")) {
        runDiscover();
    } else if (command == QLatin1String("trusted")) {
        runTrusted();
    } else if (command == QLatin1String("forget")) {
        runForget();
    } else if (command == QLatin1String("host")) {
        runHost();
    } else if (command == QLatin1String("join")) {
        runJoin();
    }
}

bool CliRunner::createPeer(bool listen, bool discovery) {
    auto flows = session::FlowLibrary::builtin();
    if (!flows) {
        fail(flows.error().code, flows.error().message);
        return false;
    }
    link::PeerConfig config;
    config.node.profileDirectory = m_options.profile;
    config.node.displayName = m_options.name;
    config.node.scope = m_options.scope;
    config.node.tcpPort = m_options.port.value_or(listen ? net::kDefaultTcpPort : 0);
    config.node.discovery = discovery;
    config.node.discoveryOptions.udpPort = m_options.discoveryPort;
    m_peer = std::make_unique<link::Peer>(config, std::move(flows).value(), m_clock, m_random, m_nonces);
    if (auto status = m_peer->start(); !status) {
        fail(status.error().code, status.error().message);
        return false;
    }
    if (const auto& problem = m_peer->node().discoveryProblem()) {
        // Another program holds the discovery port: everything but finding partners still works.
        print({{str("kind"), str("notice")}, {str("code"), problem->code}, {str("message"), problem->message}});
    }
    return !failOnProfileProblem(m_peer->identity(), m_peer->node().trustStore().loadProblem());
}

bool CliRunner::failOnProfileProblem(const net::Identity& identity, const std::optional<Error>& trustProblem) {
    // Something in the profile could not be read: it was kept aside (or left alone), never lost. Say so
    // and stop; the next run starts from what is there now.
    if (!identity.keptAside().isEmpty()) {
        fail(str("identity-replaced"),
             str("this device's key or certificate was damaged and kept as %1; a new identity was made, so "
                 "partners must pair again")
                 .arg(identity.keptAside().join(str(", "))));
        return true;
    }
    if (trustProblem && trustProblem->code == QLatin1String("trust-store-link")) {
        // The link was set aside, not followed: nothing was lost or redirected, so carry on with a notice.
        print(
            {{str("kind"), str("notice")}, {str("code"), trustProblem->code}, {str("message"), trustProblem->message}});
        return false;
    }
    if (trustProblem) {
        fail(trustProblem->code, trustProblem->message);
        return true;
    }
    return false;
}

void CliRunner::runId() {
    auto identity = net::Identity::loadOrCreate(m_options.profile, m_options.name);
    if (!identity) {
        fail(identity.error().code, identity.error().message);
        return;
    }
    if (failOnProfileProblem(*identity, std::nullopt)) {
        return;
    }
    print({{str("deviceId"), identity->deviceId()},
           {str("name"), m_options.name},
           {str("certificateDigest"), identity->certificateDigestHex()}});
    finish(0);
}

void CliRunner::runTrusted() {
    net::TrustStore store(m_options.profile);
    if (auto loaded = store.load(); !loaded) {
        fail(loaded.error().code, loaded.error().message);
        return;
    }
    for (const auto& partner : store.list()) {
        print(partnerJson(partner));
    }
    finish(0);
}

void CliRunner::runForget() {
    net::TrustStore store(m_options.profile);
    if (auto loaded = store.load(); !loaded) {
        fail(loaded.error().code, loaded.error().message);
        return;
    }
    if (auto status = store.remove(m_options.target); !status) {
        fail(status.error().code, status.error().message);
        return;
    }
    print({{str("kind"), str("forgotten")}, {str("deviceId"), m_options.target}});
    finish(0);
}

void CliRunner::runDiscover() {
    if (!createPeer(true, true)) {
        return;
    }
    if (m_peer->node().discovery() == nullptr) {
        finish(1); // nothing to discover with; the notice said why
        return;
    }
    connect(m_peer->node().discovery(), &net::Discovery::peerFound, this, [this](const net::DiscoveredPeer& peer) {
        print({{str("deviceId"), peer.deviceId},
               {str("name"), peer.name},
               {str("address"), peer.address.toString()},
               {str("port"), peer.port},
               {str("version"), peer.protocolVersion},
               {str("trusted"), m_peer->node().trustStore().find(peer.deviceId).has_value()}});
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(0); });
    m_timeout.start(static_cast<int>(m_options.timeoutSeconds * 1000));
}

void CliRunner::runHost() {
    if (!createPeer(true, true)) {
        return;
    }
    watchPeer();
    print({{str("kind"), str("listening")},
           {str("port"), m_peer->node().server()->port()},
           {str("deviceId"), m_peer->identity().deviceId()}});
}

void CliRunner::runJoin() {
    const auto& target = m_options.target;
    const bool isDeviceId = target.size() == 64 && !target.contains(QLatin1Char(':'));
    if (!createPeer(false, isDeviceId)) {
        return;
    }
    watchPeer();
    if (isDeviceId) {
        if (m_peer->node().trustStore().find(target)) {
            if (auto status = m_peer->connectToPartner(target); status) {
                return;
            }
        }
        joinDiscovered(target);
        return;
    }
    const auto colon = target.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const auto port = colon > 0 ? target.mid(colon + 1).toUShort(&ok) : 0;
    QHostAddress address(target.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon <= 0 || !ok || address.isNull()) {
        fail(str("usage"), str("join takes a device id or address:port"), 2);
        return;
    }
    m_peer->invite(address, port);
}

void CliRunner::joinDiscovered(const QString& deviceId) {
    auto* discovery = m_peer->node().discovery();
    if (discovery == nullptr) {
        fail(str("not-found"), str("discovery is unavailable; join by address:port instead"), 1);
        return;
    }
    const auto tryPeer = [this, deviceId](const net::DiscoveredPeer& peer) {
        if (peer.deviceId == deviceId && !m_peer->pairing() && !m_peer->linked()) {
            m_timeout.stop();
            m_peer->invite(peer.address, peer.port);
        }
    };
    for (const auto& peer : discovery->peers()) {
        tryPeer(peer);
    }
    connect(discovery, &net::Discovery::peerFound, this, tryPeer);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(str("not-found"), str("no partner with that device id answered"), 1); });
    m_timeout.start(static_cast<int>(m_options.timeoutSeconds * 1000));
}

void CliRunner::watchPeer() {
    if (m_options.yes) {
        m_peer->setPrompt(&m_autoConfirm); // --yes: invitations and matching codes are accepted as they come
    }
    m_stdin = std::make_unique<LineReader>(STDIN_FILENO);
    connect(m_stdin.get(), &LineReader::lineRead, this, &CliRunner::onLine);
    connect(m_stdin.get(), &LineReader::finished, this, [this] {
        // End of input: finish what was asked (pairing, then every intent typed) and then quit.
        m_inputEnded = true;
        m_doneCheck.start(100);
        quitWhenDone();
    });
    connect(&m_doneCheck, &QTimer::timeout, this, &CliRunner::quitWhenDone);
    connect(m_peer.get(), &link::Peer::invitationReceived, this, [this](const QString& from) {
        print({{str("kind"), str("invitation")}, {str("from"), from}});
        if (!m_options.yes) {
            m_question = Question::Invitation;
        }
    });
    connect(m_peer.get(), &link::Peer::codeShown, this, [this](const QString& code) {
        print({{str("kind"), str("code")}, {str("code"), code}});
        if (!m_options.yes) {
            m_question = Question::Code;
        }
    });
    connect(m_peer.get(), &link::Peer::paired, this, [this](const net::TrustedPartner& partner) {
        auto json = partnerJson(partner);
        json.insert(str("kind"), str("paired"));
        print(json);
    });
    connect(m_peer.get(), &link::Peer::pairingFailed, this, [this](net::PairingFailure failure, const QString& reason) {
        m_question = Question::None;
        print({{str("kind"), str("pairing-failed")},
               {str("code"), QString(net::wireWord(failure))},
               {str("message"), reason}});
        if (m_options.command == QLatin1String("join")) {
            finish(1);
        }
    });
    connect(m_peer.get(), &link::Peer::engineCreated, this, &CliRunner::onEngine);
    connect(m_peer.get(), &link::Peer::linkChanged, this, [this](bool up) {
        print({{str("kind"), str("link")}, {str("up"), up}});
    });
}

void CliRunner::onEngine(sync::SyncEngine* engine) {
    print({{str("kind"), str("session-ready")},
           {str("role"), engine->role() == sync::Role::Host ? str("host") : str("guest")},
           {str("partner"), m_peer->partner() ? m_peer->partner()->name : QString()}});
    connect(engine, &sync::SyncEngine::eventApplied, this, [this](const session::Event& event) {
        print({{str("kind"), str("event")}, {str("event"), session::toJson(event)}});
    });
    // Caught up after a restart: the same line, marked as what happened before this side was back.
    connect(engine, &sync::SyncEngine::eventReplayed, this, [this](const session::Event& event) {
        print({{str("kind"), str("event")}, {str("event"), session::toJson(event)}, {str("replayed"), true}});
    });
    connect(engine, &sync::SyncEngine::rejected, this, [this](const Error& reason) {
        print({{str("kind"), str("rejected")}, {str("code"), reason.code}, {str("message"), reason.message}});
    });
    const auto drain = [this] {
        const auto waiting = std::exchange(m_waitingLines, {});
        for (const auto& object : waiting) {
            handleIntentLine(object);
        }
    };
    connect(engine, &sync::SyncEngine::caughtUp, this, drain);
    if (engine->inStep()) {
        drain();
    }
    connect(engine, &sync::SyncEngine::sessionReset, this, [this, engine] {
        print({{str("kind"), str("session-reset")},
               {str("sessionId"), engine->sessionId()},
               {str("role"), engine->role() == sync::Role::Host ? str("host") : str("guest")}});
    });
}

void CliRunner::quitWhenDone() {
    auto* engine = m_peer ? m_peer->engine() : nullptr;
    if (!m_inputEnded || !m_waitingLines.empty() || m_question != Question::None || !engine || !engine->inStep() ||
        engine->pendingIntents() > 0) {
        return;
    }
    // The host waits until the partner has every event (its acks), so nothing is cut off by quitting.
    if (engine->role() == sync::Role::Host && engine->linked() &&
        engine->partnerAckedSeq() < engine->session().lastSeq()) {
        return;
    }
    finish(0);
}

void CliRunner::onLine(const QByteArray& line) {
    if (m_question != Question::None) {
        answerPairingQuestion(line);
        return;
    }
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        print({{str("kind"), str("error")},
               {str("code"), str("malformed-json")},
               {str("message"), str("each line must be one JSON object")}});
        return;
    }
    handleIntentLine(document.object());
}

void CliRunner::answerPairingQuestion(const QByteArray& line) {
    const auto answer = QString::fromUtf8(line).trimmed().toLower();
    const bool yes = answer == QLatin1String("yes") || answer == QLatin1String("y");
    const auto question = m_question;
    m_question = Question::None;
    if (question == Question::Invitation) {
        yes ? m_peer->acceptInvitation() : m_peer->declineInvitation();
    } else {
        yes ? m_peer->confirmCode() : m_peer->rejectCode();
    }
}

void CliRunner::handleIntentLine(const QJsonObject& object) {
    const auto type = object.value(str("type")).toString();
    if (type == QLatin1String("quit")) {
        finish(0);
        return;
    }
    auto* engine = m_peer ? m_peer->engine() : nullptr;
    if (!engine || !engine->inStep()) {
        m_waitingLines.push_back(object); // handled once linked and in step with the partner
        return;
    }
    if (type == QLatin1String("start")) {
        const auto partnerName = m_peer->partner() ? m_peer->partner()->name : str("Partner");
        const auto flow = object.value(str("flow")).toString(str("conversation"));
        if (auto status = engine->startSession(flow, m_options.name, partnerName); !status) {
            print({{str("kind"), str("rejected")},
                   {str("code"), status.error().code},
                   {str("message"), status.error().message}});
        }
        return;
    }
    auto withBy = object;
    withBy.insert(str("by"), session::toString(engine->me()));
    auto intent = session::intentFromJson(withBy);
    if (!intent) {
        print({{str("kind"), str("error")},
               {str("code"), intent.error().code},
               {str("message"), intent.error().message}});
        return;
    }
    engine->submit(intent->payload); // refusals arrive through SyncEngine::rejected
}

void CliRunner::print(const QJsonObject& object) {
    printLine(object);
}

void CliRunner::fail(const QString& code, const QString& message, int exitCode) {
    print({{str("kind"), str("error")}, {str("code"), code}, {str("message"), message}});
    finish(exitCode);
}

void CliRunner::finish(int exitCode) {
    if (m_done) {
        return;
    }
    m_done = true;
    log::flush();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace twofold::cli
