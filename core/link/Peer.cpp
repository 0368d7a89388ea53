#include "core/link/Peer.h"

#include "core/log/Log.h"

namespace twofold::link {
namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

// Closes a connection we will not use and lets it go.
void refuse(net::Connection* connection, const char* reason) {
    log::get("link")->info("refusing connection id={} reason={}", connection->id(), reason);
    QObject::connect(connection, &net::Connection::closed, connection, &QObject::deleteLater);
    connection->close(QString::fromLatin1(reason));
}

} // namespace

Peer::Peer(PeerConfig config, session::FlowLibrary flows, session::Clock& clock, session::Random& random,
           net::NonceSource& nonces, QObject* parent)
    : QObject(parent), m_config(config), m_flows(std::move(flows)), m_clock(clock), m_random(random), m_nonces(nonces),
      m_node(config.node, nonces), m_channel(this), m_backoff(config.firstRetry, config.maxRetry) {
    m_redialTimer.setSingleShot(true);
    connect(&m_redialTimer, &QTimer::timeout, this, &Peer::redial);
    connect(&m_node, &net::Node::incomingConnection, this, &Peer::onIncoming);
    connect(&m_channel, &sync::Channel::closed, this, &Peer::onChannelClosed);
    connect(&m_channel, &sync::Channel::opened, this, [this] {
        m_backoff.reset();
        updateDiscoverySilence();
        Q_EMIT linkChanged(true);
    });
}

Peer::~Peer() {
    m_channel.setConnection(nullptr);
}

Status Peer::start() {
    auto status = m_node.start();
    if (status && m_node.discovery()) {
        connect(m_node.discovery(), &net::Discovery::peerFound, this, [this](const net::DiscoveredPeer& found) {
            if (m_node.trustStore().find(found.deviceId)) {
                m_node.trustStore().updateLastSeen(found.deviceId, found.address, found.port);
            }
        });
    }
    return status;
}

void Peer::invite(const QHostAddress& address, quint16 port) {
    if (m_pairing || linked()) {
        Q_EMIT pairingFailed(str("busy"), tr("Finish the current pairing or session first."));
        return;
    }
    log::get("link")->info("inviting port={}", port);
    auto* connection = m_node.connectTo(address, port, this);
    m_pairingConnection = connection;
    connect(connection, &net::Connection::ready, this, [this, connection] { onOutgoingReady(connection); });
    connect(connection, &net::Connection::closed, this, [this, connection](const QString& reason) {
        if (m_pairingConnection == connection && !m_pairing) {
            m_pairingConnection = nullptr;
            QString code = str("unreachable");
            if (reason == QLatin1String("pin-mismatch")) {
                code = reason;
            } else if (reason == QLatin1String("peer-bye:busy")) {
                code = str("busy"); // the partner is in a session with someone else
            }
            Q_EMIT pairingFailed(code, tr("Couldn't reach your partner's computer (%1).").arg(reason));
        }
        connection->deleteLater();
    });
}

void Peer::onOutgoingReady(net::Connection* connection) {
    if (const auto known = m_node.trustStore().find(connection->peerDeviceId()); known && connection->isPinned()) {
        m_pairingConnection = nullptr;
        m_dialer = true;
        linkWith(connection, *known, sync::Role::Host);
        return;
    }
    startPairing(connection, net::Pairing::Role::Inviter);
}

void Peer::onIncoming(net::Connection* connection) {
    const auto known = m_node.trustStore().find(connection->peerDeviceId());
    if (known && connection->isPinned()) {
        if (m_partner && m_partner->deviceId != known->deviceId && linked()) {
            refuse(connection, "busy");
            return;
        }
        linkWith(connection, *known, m_engine ? m_engine->role() : sync::Role::Guest);
        return;
    }
    if (m_pairing || linked()) {
        refuse(connection, "busy"); // a third instance never joins a paired session
        return;
    }
    m_pairingConnection = connection;
    startPairing(connection, net::Pairing::Role::Invitee);
}

void Peer::startPairing(net::Connection* connection, net::Pairing::Role role) {
    m_pairing = m_node.createPairing(connection, role, m_config.pairing, this);
    auto* pairing = m_pairing.data();
    connect(pairing, &net::Pairing::invited, this, [this](const QString& name) {
        Q_EMIT invitationReceived(name);
        if (m_autoConfirm) {
            acceptInvitation();
        }
    });
    connect(pairing, &net::Pairing::codeReady, this, [this](const QString& code) {
        Q_EMIT codeShown(code);
        if (m_autoConfirm) {
            confirmCode();
        }
    });
    connect(pairing, &net::Pairing::peerConfirmedCode, this, &Peer::partnerConfirmedCode);
    connect(pairing, &net::Pairing::paired, this,
            [this, pairing, connection, role](const net::TrustedPartner& partner) {
                pairing->deleteLater();
                m_pairing = nullptr;
                m_pairingConnection = nullptr;
                m_dialer = role == net::Pairing::Role::Inviter;
                onPaired(connection, partner, m_dialer ? sync::Role::Host : sync::Role::Guest);
            });
    connect(pairing, &net::Pairing::failed, this,
            [this, pairing, connection](const QString& code, const QString& reason) {
                pairing->deleteLater();
                m_pairing = nullptr;
                m_pairingConnection = nullptr;
                if (connection->state() != net::Connection::State::Closed) {
                    refuse(connection, "pairing-failed");
                }
                Q_EMIT pairingFailed(code, reason);
            });
    pairing->start();
}

void Peer::acceptInvitation() {
    if (m_pairing) {
        m_pairing->accept();
    }
}

void Peer::declineInvitation() {
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
        m_pairingConnection->close(str("cancelled"));
    }
}

void Peer::onPaired(net::Connection* connection, const net::TrustedPartner& partner, sync::Role role) {
    Q_EMIT paired(partner);
    linkWith(connection, partner, role);
}

void Peer::linkWith(net::Connection* connection, const net::TrustedPartner& partner, sync::Role role) {
    log::get("link")->info("linked with partner connection={} role={}", connection->id(),
                           role == sync::Role::Host ? "host" : "guest");
    m_partner = partner;
    // Remember where to reach the partner: the address we dialled, or the port it listens on.
    const auto port =
        connection->role() == net::Connection::Role::Client ? connection->peerPort() : connection->peerListenPort();
    m_node.trustStore().updateLastSeen(partner.deviceId, connection->peerAddress(), port ? port : partner.lastPort);
    if (auto refreshed = m_node.trustStore().find(partner.deviceId)) {
        m_partner = refreshed;
    }
    connect(connection, &net::Connection::closed, connection, &QObject::deleteLater, Qt::UniqueConnection);
    auto* previous = m_channel.connection();
    ensureEngine(role);
    m_channel.setConnection(connection);
    if (previous && previous != connection) {
        previous->close(str("replaced"));
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
    if (partner->lastAddress.isEmpty() || partner->lastPort == 0) {
        return Error{str("no-address"), tr("There's no known address for %1 yet.").arg(partner->name)};
    }
    m_partner = partner;
    m_dialer = true;
    ensureEngine(sync::Role::Host);
    redial();
    return Ok{};
}

Status Peer::forgetPartner(const QString& deviceId) {
    if (m_partner && m_partner->deviceId == deviceId) {
        m_dialer = false;
        m_redialTimer.stop();
        if (auto* connection = m_channel.connection()) {
            connection->close(str("forgotten"));
        }
        m_partner.reset();
    }
    return m_node.trustStore().remove(deviceId);
}

void Peer::onChannelClosed() {
    log::get("link")->info("partner link down dialer={}", m_dialer);
    updateDiscoverySilence();
    Q_EMIT linkChanged(false);
    if (m_dialer && !m_redialTimer.isActive()) {
        m_redialTimer.start(m_backoff.next());
    }
}

void Peer::redial() {
    if (!m_partner || linked() || m_dialing) {
        return;
    }
    const auto partner = m_node.trustStore().find(m_partner->deviceId).value_or(*m_partner);
    auto* connection = m_node.connectToPartner(partner, this);
    m_dialing = connection;
    connect(connection, &net::Connection::ready, this, [this, connection, partner] {
        m_dialing = nullptr;
        linkWith(connection, partner, m_engine ? m_engine->role() : sync::Role::Host);
    });
    connect(connection, &net::Connection::closed, this, [this, connection] {
        if (m_dialing == connection) {
            m_dialing = nullptr;
            if (!linked() && m_dialer) {
                m_redialTimer.start(m_backoff.next());
            }
        }
        connection->deleteLater();
    });
}

void Peer::updateDiscoverySilence() {
    if (auto* discovery = m_node.discovery()) {
        discovery->setSilent(linked());
    }
}

} // namespace twofold::link
