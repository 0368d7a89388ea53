#include "app/Partnership.h"

#include "core/log/Log.h"

#include <QSysInfo>

namespace twofold::app {

Partnership::Partnership(Options options, session::Clock& clock, Chime& chime, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock), m_chime(chime) {
    link::PeerConfig config;
    config.node.profileDirectory = m_options.profile;
    if (m_options.name.trimmed().isEmpty()) {
        m_options.name = QSysInfo::machineHostName(); // until the first run asks for a name
    }
    config.node.displayName = m_options.name.left(64);
    config.node.scope = m_options.scope;
    config.node.tcpPort = m_options.tcpPort;
    config.node.discovery = m_options.discovery;
    m_peer = std::make_unique<link::Peer>(config, session::FlowLibrary::builtin().value(), m_clock, m_random, m_nonces);
    m_partners = std::make_unique<NetworkPartnersController>(*m_peer);
    connect(m_peer.get(), &link::Peer::engineCreated, this, &Partnership::onEngine);
}

Partnership::~Partnership() {
    m_session.reset(); // before the engine it watches
}

Status Partnership::start() {
    auto status = m_peer->start();
    if (!status) {
        log::get("app")->error("network start failed code={}", status.error().code.toStdString());
    }
    return status;
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
    m_session = std::make_unique<SessionController>(*engine, m_clock, m_chime, options);
    Q_EMIT sessionCreated(m_session.get());
}

} // namespace twofold::app
