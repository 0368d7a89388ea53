#include "core/link/Peer.h"

#include "core/log/Log.h"

#include <tuple>

namespace twofold::link {
namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

// Every timer below the peer runs on the session's clock (see Peer).
PeerConfig onClock(PeerConfig config, const session::Clock& clock) {
    config.node.connectionOptions.clock = &clock;
    config.node.discoveryOptions.clock = &clock;
    if (config.pairing.clock == nullptr) {
        config.pairing.clock = &clock;
    }
    return config;
}

// Closes a connection we will not use and lets it go.
void refuse(net::Connection* connection, net::CloseReason reason) {
    log::get(log::Module::Link)
        ->info("refusing connection id={} reason={}", connection->id(), QString(net::wireWord(reason)).toStdString());
    QObject::connect(connection, &net::Connection::closed, connection, &QObject::deleteLater);
    connection->close(reason);
}

} // namespace

Peer::Peer(PeerConfig config, session::FlowLibrary flows, session::Clock& clock, session::Random& random,
           net::NonceSource& nonces, QObject* parent)
    : QObject(parent), m_config(onClock(std::move(config), clock)), m_flows(std::move(flows)), m_clock(clock),
      m_random(random), m_nonces(nonces), m_node(m_config.node, nonces), m_channel(this),
      m_redialer(m_node, clock, {m_config.firstRetry, m_config.maxRetry, m_config.liveRetry, 3},
                 [this] { return sessionLive(); }),
      m_invitationLimits(clock, m_config.invitationLimits), m_versionNotices(clock) {
    connect(&m_node, &net::Node::incomingConnection, this, &Peer::onIncoming);
    connect(&m_channel, &sync::Channel::closed, this, &Peer::onChannelClosed);
    connect(&m_channel, &sync::Channel::opened, this, [this] {
        updateDiscoverySilence();
        Q_EMIT linkChanged(true);
    });
    connect(&m_redialer, &Redialer::connected, this,
            [this](net::Connection* connection, const net::TrustedPartner& partner) {
                connection->setParent(this);
                linkWith(connection, partner, m_engine ? m_engine->role() : roleFor(partner));
            });
    connect(&m_redialer, &Redialer::versionMismatch, this, [this](const net::TrustedPartner& partner, int version) {
        // Redialling a remembered partner of another version: say once a minute who needs the update.
        if (m_versionNotices.mayTell(partner.deviceId)) {
            const auto [failure, reason] = VersionNotices::failureFor(version, partner.name);
            Q_EMIT pairingFailed(failure, reason);
        }
    });
    connect(&m_redialer, &Redialer::identityChanged, this, [this](const net::TrustedPartner& partner) {
        m_dialer = false;
        Q_EMIT partnerIdentityChanged(partner);
    });
}

Peer::~Peer() {
    m_channel.setConnection(nullptr);
}

Status Peer::start() {
    auto started = m_node.start(); // the node keeps trusted partners' addresses current from discovery itself
    if (started && m_node.server() != nullptr) {
        connect(m_node.server(), &net::Server::versionMismatch, this, &Peer::onVersionMismatch, Qt::UniqueConnection);
    }
    return started;
}

void Peer::onVersionMismatch(const QString& deviceId, const QString& name, int peerVersion) {
    // A device of another version dialled us: told only when this side is doing nothing else with its
    // partners screen (no pairing under way, not linked), and not once per redial.
    if (linked() || m_pairing || m_pairingConnection || !m_versionNotices.mayTell(deviceId)) {
        return;
    }
    const auto known = m_node.trustStore().find(deviceId);
    m_pairingName = known ? known->name : name;
    const auto [failure, reason] = VersionNotices::failureFor(peerVersion, m_pairingName);
    log::get(log::Module::Link)
        ->info("a device of protocol version {} was refused code={}", peerVersion,
               QString(net::wireWord(failure)).toStdString());
    Q_EMIT pairingFailed(failure, reason);
}

void Peer::invite(const QHostAddress& address, quint16 port) {
    if (linked()) {
        Q_EMIT pairingFailed(net::PairingFailure::Busy, tr("Finish the current pairing or session first."));
        return;
    }
    dropPairingAttempt();
    m_pairingName.clear();
    log::get(log::Module::Link)->info("inviting port={}", port);
    auto* connection = m_node.connectTo(address, port, this);
    m_pairingConnection = connection;
    connect(connection, &net::Connection::ready, this, [this, connection] { onOutgoingReady(connection); });
    connect(connection, &net::Connection::closed, this, [this, connection](const net::ConnectionClose& close) {
        if (m_pairingConnection == connection && !m_pairing) {
            m_pairingConnection = nullptr;
            // Busy: in a session with someone else; declined: "not now" a moment ago; pairing-elsewhere:
            // answering another invitation; any other bye or a clean close: the partner's app closed it.
            auto failure = net::pairingFailureForClose(close, net::PairingFailure::Unreachable);
            QString message = tr("Couldn't reach your partner's computer (%1).").arg(close.toString());
            if (const auto version = connection->peerProtocolVersion()) {
                if (!connection->peerName().isEmpty()) {
                    m_pairingName = connection->peerName();
                }
                std::tie(failure, message) = VersionNotices::failureFor(*version, m_pairingName);
            } else if (failure == net::PairingFailure::PinMismatch) {
                if (const auto known = m_node.trustStore().find(connection->peerDeviceId())) {
                    Q_EMIT partnerIdentityChanged(*known);
                }
            }
            Q_EMIT pairingFailed(failure, message);
        }
        connection->deleteLater();
    });
}

void Peer::dropPairingAttempt() {
    // A newer attempt replaces this one: it ends quietly, without a failure for the user.
    if (m_pairing) {
        auto* pairing = m_pairing.data();
        m_pairing = nullptr;
        pairing->disconnect(this);
        pairing->cancel(QString(net::wireWord(net::CloseReason::Superseded)));
        pairing->deleteLater();
    }
    if (m_pairingConnection) {
        auto* connection = m_pairingConnection.data();
        m_pairingConnection = nullptr;
        connection->disconnect(this);
        if (connection->state() == net::Connection::State::Closed) {
            connection->deleteLater();
        } else {
            refuse(connection, net::CloseReason::Superseded);
        }
    }
}

QString Peer::pairingPartnerName() const {
    return m_pairing && !m_pairing->peerName().isEmpty() ? m_pairing->peerName() : m_pairingName;
}

sync::Role Peer::roleFor(const net::TrustedPartner& partner) {
    return partner.invitedByUs ? sync::Role::Host : sync::Role::Guest;
}

void Peer::onOutgoingReady(net::Connection* connection) {
    if (const auto known = m_node.trustStore().find(connection->peerDeviceId()); known && connection->isPinned()) {
        m_pairingConnection = nullptr;
        linkWith(connection, *known, m_engine ? m_engine->role() : roleFor(*known));
        return;
    }
    startPairing(connection, net::Pairing::Role::Inviter);
}

void Peer::onIncoming(net::Connection* connection) {
    if (m_closedForExit) {
        refuse(connection, net::CloseReason::AppClosed); // the partner redialled while this app is quitting
        return;
    }
    const auto known = m_node.trustStore().find(connection->peerDeviceId());
    if (known && connection->isPinned()) {
        if (m_partner && m_partner->deviceId != known->deviceId && linked()) {
            refuse(connection, net::CloseReason::Busy);
            return;
        }
        linkWith(connection, *known, m_engine ? m_engine->role() : roleFor(*known));
        return;
    }
    if (linked()) {
        refuse(connection, net::CloseReason::Busy); // a third instance never joins a paired session
        return;
    }
    const bool sameDevice =
        m_pairing && m_pairingConnection && m_pairingConnection->peerDeviceId() == connection->peerDeviceId();
    // A connection that has not invited yet holds nothing: it gives way to the newcomer.
    const bool idle = m_pairing && m_pairing->role() == net::Pairing::Role::Invitee && !m_pairing->invitationArrived();
    if ((m_pairing || m_pairingConnection) && !sameDevice && !idle) {
        // Not "busy": this side is not in a session, it is answering (or making) another invitation.
        refuse(connection, net::CloseReason::PairingElsewhere);
        return;
    }
    switch (m_invitationLimits.admit(connection->peerDeviceId(), connection->peerAddress())) {
    case InvitationLimits::Verdict::Admit:
        break;
    case InvitationLimits::Verdict::Declined:
        refuse(connection, net::CloseReason::Declined); // quietly: the user said "not now" to this device a moment ago
        return;
    case InvitationLimits::Verdict::TooMany:
        refuse(connection,
               net::CloseReason::PairingElsewhere); // this minute's invitations from there (or in all) are spent
        return;
    }
    if (sameDevice || idle) {
        // The same device invites again (it gave up on the last attempt), or the last one never invited:
        // the new connection wins.
        log::get(log::Module::Link)->info("a newer connection replaces a pairing attempt same-device={}", sameDevice);
        dropPairingAttempt();
    }
    m_pairingConnection = connection;
    startPairing(connection, net::Pairing::Role::Invitee);
}

void Peer::startPairing(net::Connection* connection, net::Pairing::Role role) {
    m_pairingName = connection->peerName(); // from its hello: a failure later can still name the partner
    m_pairing = m_node.createPairing(connection, role, m_config.pairing, this);
    auto* pairing = m_pairing.data();
    connect(pairing, &net::Pairing::invited, this, [this](const QString& name) {
        m_pairingName = name;
        Q_EMIT invitationReceived(name);
        if (m_prompt) {
            m_prompt->invitationReceived(*this, name);
        }
    });
    connect(pairing, &net::Pairing::codeReady, this, [this, pairing](const QString& code) {
        Q_EMIT codeShown(code, pairing->peerName());
        if (m_prompt) {
            m_prompt->codeShown(*this, code, pairing->peerName());
        }
    });
    connect(pairing, &net::Pairing::peerConfirmedCode, this, &Peer::partnerConfirmedCode);
    connect(
        pairing, &net::Pairing::paired, this, [this, pairing, connection, role](const net::TrustedPartner& partner) {
            pairing->deleteLater();
            m_pairing = nullptr;
            m_pairingConnection = nullptr;
            onPaired(connection, partner, role == net::Pairing::Role::Inviter ? sync::Role::Host : sync::Role::Guest);
        });
    connect(pairing, &net::Pairing::failed, this,
            [this, pairing, connection](net::PairingFailure failure, const QString& reason) {
                pairing->deleteLater();
                m_pairing = nullptr;
                m_pairingConnection = nullptr;
                if (connection->state() != net::Connection::State::Closed) {
                    refuse(connection, net::CloseReason::PairingFailed);
                }
                if (pairing->role() == net::Pairing::Role::Invitee && !pairing->invitationArrived()) {
                    // Nobody here was asked anything (e.g. an idle stranger timed out): nothing to tell.
                    log::get(log::Module::Link)
                        ->info("connection ended before any invitation code={}",
                               QString(net::wireWord(failure)).toStdString());
                    return;
                }
                Q_EMIT pairingFailed(failure, reason);
            });
    pairing->start();
}

void Peer::acceptInvitation() {
    if (m_pairing) {
        m_pairing->accept();
    }
}

void Peer::declineInvitation() {
    if (m_pairing && m_pairingConnection) {
        m_invitationLimits.declined(m_pairingConnection->peerDeviceId());
    }
    if (m_pairing) {
        m_pairing->decline();
    }
}

void Peer::confirmCode() {
    if (m_pairing) {
        m_pairing->confirm();
    }
}

void Peer::rejectCode() {
    if (m_pairing) {
        m_pairing->reject();
    }
}

void Peer::cancelPairing() {
    if (m_pairing) {
        m_pairing->cancel();
    } else if (m_pairingConnection) {
        m_pairingConnection->close(net::CloseReason::Cancelled);
    }
}

void Peer::onPaired(net::Connection* connection, const net::TrustedPartner& partner, sync::Role role) {
    Q_EMIT paired(partner);
    linkWith(connection, partner, role);
}

void Peer::linkWith(net::Connection* connection, const net::TrustedPartner& partner, sync::Role role) {
    log::get(log::Module::Link)
        ->info("linked with partner connection={} role={}", connection->id(),
               role == sync::Role::Host ? "host" : "guest");
    m_redialer.stop(net::CloseReason::Superseded); // this link is the one now
    m_partner = partner;
    m_dialer = role == sync::Role::Host; // only the host redials, so two dialling sides never fight
    // Remember where to reach the partner: the address we dialled, or the port it listens on.
    const auto port =
        connection->role() == net::Connection::Role::Client ? connection->peerPort() : connection->peerListenPort();
    m_node.trustStore().updateLastSeen(partner.deviceId, connection->peerAddress(), port ? port : partner.lastPort);
    if (auto refreshed = m_node.trustStore().find(partner.deviceId)) {
        m_partner = refreshed;
    }
    connect(connection, &net::Connection::closed, connection, &QObject::deleteLater, Qt::UniqueConnection);
    // Before the channel's own slot, so onChannelClosed() knows why the link ended.
    connect(connection, &net::Connection::closed, this,
            [this](const net::ConnectionClose& close) { m_linkClose = close; });
    auto* previous = m_channel.connection();
    ensureEngine(role);
    m_channel.setConnection(connection);
    if (previous && previous != connection) {
        previous->close(net::CloseReason::Replaced);
    }
}

void Peer::ensureEngine(sync::Role role) {
    if (m_engine) {
        return;
    }
    m_engine = std::make_unique<sync::SyncEngine>(role, m_flows, m_clock, m_random);
    m_engine->attach(&m_channel);
    Q_EMIT engineCreated(m_engine.get());
}

Status Peer::connectToPartner(const QString& deviceId) {
    const auto partner = m_node.trustStore().find(deviceId);
    if (!partner) {
        return Error{str("unknown-partner"), tr("This partner isn't remembered on this computer.")};
    }
    if ((partner->lastAddress.isEmpty() || partner->lastPort == 0) && m_node.candidateAddresses(deviceId).empty()) {
        return Error{str("no-address"), tr("There's no known address for %1 yet.").arg(partner->name)};
    }
    m_partner = partner;
    m_dialer = m_engine ? m_engine->role() == sync::Role::Host : partner->invitedByUs;
    ensureEngine(roleFor(*partner));
    if (!linked()) {
        m_redialer.start(*partner);
    }
    return Ok{};
}

QString Peer::resumeHostedPartner() {
    std::optional<net::TrustedPartner> latest;
    for (const auto& partner : m_node.trustStore().list()) {
        if (partner.invitedByUs && !partner.lastAddress.isEmpty() && partner.lastPort != 0 &&
            (!latest || partner.pairedAt > latest->pairedAt)) {
            latest = partner;
        }
    }
    if (!latest || linked() || m_pairing) {
        return {};
    }
    log::get(log::Module::Link)->info("resuming hosted partner device={}", latest->deviceId.left(12).toStdString());
    return connectToPartner(latest->deviceId) ? latest->deviceId : QString();
}

void Peer::closeForExit() {
    m_closedForExit = true;
    m_dialer = false;
    if (auto* server = m_node.server()) {
        server->close(); // a partner redialling at once finds nobody rather than a link that drops again
    }
    m_redialer.stop(net::CloseReason::AppClosed);
    if (m_pairingConnection) {
        m_pairingConnection->close(net::CloseReason::AppClosed); // the partner reads "Sam's Twofold closed"
    }
    if (auto* connection = m_channel.connection()) {
        connection->close(net::CloseReason::AppClosed);
    }
}

Status Peer::forgetPartner(const QString& deviceId) {
    if (m_partner && m_partner->deviceId == deviceId) {
        m_dialer = false;
        m_redialer.stop(net::CloseReason::Forgotten);
        if (auto* connection = m_channel.connection()) {
            connection->close(net::CloseReason::Forgotten);
        }
        m_partner.reset();
        if (m_engine) {
            Q_EMIT engineRemoved();
            m_channel.setConnection(nullptr);
            m_engine.reset();
        }
    }
    return m_node.trustStore().remove(deviceId);
}

void Peer::onChannelClosed() {
    log::get(log::Module::Link)
        ->info("partner link down dialer={} reason={}", m_dialer, m_linkClose.toString().toStdString());
    updateDiscoverySilence();
    Q_EMIT linkChanged(false);
    if (m_linkClose.peerSaid(net::CloseReason::AppClosed)) {
        Q_EMIT partnerClosedApp();
    }
    startRedialling();
}

void Peer::startRedialling() {
    if (!m_closedForExit && m_dialer && m_partner && !linked()) {
        m_redialer.start(*m_partner);
    }
}

bool Peer::sessionLive() const {
    return m_engine && m_engine->session().state().started && !m_engine->session().state().ended;
}

void Peer::setListed(bool listed) {
    m_node.setListed(listed);
    updateDiscoverySilence();
}

void Peer::updateDiscoverySilence() {
    if (auto* discovery = m_node.discovery()) {
        discovery->setSilent(linked() || !m_node.listed());
    }
}

} // namespace twofold::link
