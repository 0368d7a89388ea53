#include "app/Partnership.h"

#include "core/Limits.h"
#include "core/log/Log.h"
#include "core/text/UserText.h"

#include <QDir>
#include <QSysInfo>

namespace twofold::app {

Partnership::Partnership(Options options, session::Clock& clock, Chime& chime, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock), m_chime(chime), m_drafts(m_options.profile) {
    link::PeerConfig config;
    config.node.profileDirectory = m_options.profile;
    // Until the first run asks for a name, the host name answers a hello, but nobody nearby is shown it.
    config.node.listed = !m_options.name.trimmed().isEmpty();
    if (!config.node.listed) {
        m_options.name = QSysInfo::machineHostName();
    }
    config.node.displayName = text::cleanName(m_options.name, limits::kNameGraphemes);
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
        log::get(log::Module::App)->error("network start failed code={}", status.error().code.toStdString());
        if (const auto problem = identityProblem(status.error().code); !problem.isEmpty()) {
            Q_EMIT profileProblem(problem);
        }
        m_partners->reportStartFailure();
        return status;
    }
    // What the node could not read was kept aside (or left alone); say so rather than start over silently.
    const auto folder = QDir::toNativeSeparators(m_options.profile);
    if (const auto& kept = m_peer->identity().keptAside(); !kept.isEmpty()) {
        Q_EMIT profileProblem(tr("This computer's key in %1 was damaged, so Twofold made a new one and kept the old "
                                 "files aside. Your partner will need to pair with you again.")
                                  .arg(folder));
    }
    if (const auto& problem = m_peer->node().trustStore().loadProblem()) {
        if (problem->code == QLatin1String("trust-store-link")) {
            Q_EMIT profileProblem(tr("The list of partners you paired with in %1 was a link to another file. Twofold "
                                     "never follows such links, so it set the link aside as %2 and starts with no "
                                     "remembered partners. You may need to pair again.")
                                      .arg(folder, QDir::toNativeSeparators(m_peer->node().trustStore().keptAside())));
        } else if (problem->code == QLatin1String("trust-store-damaged")) {
            Q_EMIT profileProblem(tr("The list of partners you paired with could not be read, so Twofold kept it "
                                     "aside as %1. You may need to pair again.")
                                      .arg(QDir::toNativeSeparators(m_peer->node().trustStore().keptAside())));
        } else {
            Q_EMIT profileProblem(tr("Twofold couldn't read the list of partners you paired with in %1. It leaves "
                                     "that file as it is, so new pairings can't be saved until it can be read.")
                                      .arg(folder));
        }
    }
    m_peer->resumeHostedPartner();
    return status;
}

QString Partnership::identityProblem(const QString& code) const {
    const auto folder = QDir::toNativeSeparators(m_options.profile);
    if (code == QLatin1String("identity-unreadable")) {
        return tr("Twofold couldn't read this computer's key in %1, so it can't connect to a partner. Nothing was "
                  "changed; please check that folder.")
            .arg(folder);
    }
    if (code == QLatin1String("identity-unwritable") || code == QLatin1String("profile-unwritable")) {
        return tr("Twofold couldn't save this computer's key in %1 (the folder may be read-only or the disk full), "
                  "so it can't connect to a partner yet.")
            .arg(folder);
    }
    return {};
}

void Partnership::closeForExit() {
    m_peer->closeForExit();
    if (auto saved = m_drafts.flush(); !saved) {
        log::get(log::Module::App)->error("drafts not saved at close code={}", saved.error().code.toStdString());
    }
}

void Partnership::setName(const QString& name) {
    if (name.trimmed().isEmpty() || name == m_options.name) {
        return;
    }
    m_options.name = name.trimmed();
    m_peer->node().setDisplayName(m_options.name);
    m_peer->setListed(true);
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
