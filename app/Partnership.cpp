#include "app/Partnership.h"

#include "core/log/Log.h"

#include <QSysInfo>

namespace twofold::app {

Partnership::Partnership(Options options, session::Clock& clock, Chime& chime, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock), m_chime(chime), m_drafts(m_options.profile) {
    link::PeerConfig config;
    config.node.profileDirectory = m_options.profile;
    if (m_options.name.trimmed().isEmpty()) {
        m_options.name = QSysInfo::machineHostName(); // until the first run asks for a name
    }
    config.node.displayName = m_options.name.left(64);
    config.node.scope = m_options.scope;
    config.node.tcpPort = m_options.tcpPort;
    config.node.discovery = m_options.discovery;
    config.node.discoveryOptions.udpPort = m_options.discoveryPort;
    m_peer = std::make_unique<link::Peer>(config, session::FlowLibrary::builtin().value(), m_clock, m_random, m_nonces);
    m_partners = std::make_unique<NetworkPartnersController>(*m_peer);
    connect(m_peer.get(), &link::Peer::engineCreated, this, &Partnership::onEngine);
    connect(m_peer.get(), &link::Peer::engineRemoved, this, [this] {
        Q_EMIT sessionCreated(nullptr);
        m_session.reset();
    });
    connect(m_peer.get(), &link::Peer::partnerClosedApp, this, [this] {
        if (m_session) {
            m_session->setPartnerClosedApp();
        }
    });
}

Partnership::~Partnership() {
    m_session.reset(); // before the engine it watches
}

Status Partnership::start() {
    if (auto loaded = m_drafts.load(); !loaded) {
        Q_EMIT profileProblem(loaded.error().message);
    }
    auto status = m_peer->start();
    if (!status) {
        log::get("app")->error("network start failed code={}", status.error().code.toStdString());
        m_partners->reportStartFailure();
        return status;
    }
    m_peer->resumeHostedPartner();
    return status;
}

void Partnership::closeForExit() {
    m_peer->closeForExit();
    if (auto saved = m_drafts.flush(); !saved) {
        log::get("app")->error("drafts not saved at close code={}", saved.error().code.toStdString());
    }
}

void Partnership::setName(const QString& name) {
    if (name.trimmed().isEmpty() || name == m_options.name) {
        return;
    }
    m_options.name = name.trimmed();
    m_peer->node().setDisplayName(m_options.name);
}

void Partnership::onEngine(sync::SyncEngine* engine) {
    SessionController::Options options;
    options.myName = m_options.name;
    options.partnerName = m_peer->partner() ? m_peer->partner()->name : QString();
    options.language = m_options.language;
    options.pauseMinutes = m_options.pauseMinutes;
    m_session = std::make_unique<SessionController>(*engine, m_clock, m_chime, m_drafts, options);
    Q_EMIT sessionCreated(m_session.get());
}

} // namespace twofold::app
