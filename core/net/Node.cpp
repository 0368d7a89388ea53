#include "core/net/Node.h"

#include "core/log/Log.h"
#include "core/protocol/MessageTypes.h"
#include "core/text/UserText.h"

namespace twofold::net {

Node::Node(NodeConfig config, NonceSource& nonces, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_nonces(nonces), m_trustStore(m_config.profileDirectory) {
    m_config.displayName = text::cleanName(m_config.displayName);
    if (m_config.displayName.isEmpty()) {
        m_config.displayName = QStringLiteral("Twofold device");
    }
}

Node::~Node() {
    stop();
}

Status Node::start() {
    m_discoveryProblem.reset();
    auto identity = Identity::loadOrCreate(m_config.profileDirectory, m_config.displayName);
    if (!identity) {
        return identity.error();
    }
    m_identity = *identity;
    m_trustStore.load(); // a corrupt store is logged and starts empty

    ConnectionOptions serverOptions = m_config.connectionOptions;
    serverOptions.pinnedDigest.clear();
    serverOptions.trustStore = &m_trustStore;
    m_server = std::make_unique<Server>(m_identity, m_config.displayName, m_config.scope, serverOptions);
    connect(m_server.get(), &Server::connectionReady, this, [this](Connection* connection) {
        // A pinned partner that called us tells us in hello where it listens: remember it (verified by the pin).
        if (connection->isPinned() && connection->peerListenPort() != 0) {
            rememberVerifiedAddress(connection->peerDeviceId(), connection->peerAddress(),
                                    connection->peerListenPort());
        }
        Q_EMIT incomingConnection(connection);
    });
    if (auto listening = m_server->listen(m_config.tcpPort); !listening) {
        return listening;
    }
    if (m_config.discovery) {
        Announcement self{protocol::kProtocolVersion, m_identity.deviceId(), m_config.displayName, m_server->port()};
        m_discovery = std::make_unique<Discovery>(m_config.scope, self, m_config.discoveryOptions);
        m_discovery->setSilent(!m_config.listed); // before start(): not even the first burst goes out
        m_discovery->setPartnerTest(
            [this](const QString& deviceId) { return m_trustStore.find(deviceId).has_value(); });
        const auto remember = [this](const DiscoveredPeer& peer) {
            noteCandidate(peer.deviceId, peer.address, peer.port);
        };
        connect(m_discovery.get(), &Discovery::peerFound, this, remember);
        connect(m_discovery.get(), &Discovery::peerUpdated, this, remember);
        connect(m_discovery.get(), &Discovery::peerFound, this, &Node::nearbyChanged);
        connect(m_discovery.get(), &Discovery::peerUpdated, this, &Node::nearbyChanged);
        connect(m_discovery.get(), &Discovery::peerLost, this, &Node::nearbyChanged);
        if (auto started = m_discovery->start(); !started) {
            // Another program holds the port without sharing it: carry on without discovery.
            log::get(log::Module::NetNode)->warn("discovery unavailable: {}", started.error().message.toStdString());
            m_discovery.reset();
            m_discoveryProblem = Error{QStringLiteral("discovery-unavailable"), started.error().message};
            Q_EMIT discoveryUnavailable(*m_discoveryProblem);
        }
    }
    log::get(log::Module::NetNode)
        ->info("node up device={} tcp={}", m_identity.deviceId().left(12).toStdString(), m_server->port());
    Q_EMIT started();
    return Ok{};
}

void Node::stop() {
    m_discovery.reset();
    m_server.reset();
}

ConnectionOptions Node::outgoingOptions() const {
    ConnectionOptions options = m_config.connectionOptions;
    options.pinnedDigest.clear();
    options.trustStore = &m_trustStore;
    options.advertisedPort = m_server ? m_server->port() : 0;
    return options;
}

Connection* Node::connectTo(const QHostAddress& address, quint16 port, QObject* parent) {
    return Connection::connectTo(address, port, m_identity, m_config.displayName, m_config.scope, outgoingOptions(),
                                 parent);
}

Connection* Node::connectToPartner(const TrustedPartner& partner, QObject* parent) {
    return connectToPartner(partner, QHostAddress(partner.lastAddress), partner.lastPort, parent);
}

Connection* Node::connectToPartner(const TrustedPartner& partner, const QHostAddress& address, quint16 port,
                                   QObject* parent) {
    ConnectionOptions options = outgoingOptions();
    options.pinnedDigest = partner.certificateDigest;
    return Connection::connectTo(address, port, m_identity, m_config.displayName, m_config.scope, options, parent);
}

void Node::rememberVerifiedAddress(const QString& deviceId, const QHostAddress& address, quint16 port) {
    if (m_trustStore.find(deviceId).has_value()) {
        m_trustStore.updateLastSeen(deviceId, address, port); // writes only when it changed
    }
}

void Node::noteCandidate(const QString& deviceId, const QHostAddress& address, quint16 port) {
    if (!m_trustStore.find(deviceId).has_value() || port == 0) {
        return; // strangers' addresses are not remembered anywhere
    }
    auto& list = m_candidates[deviceId];
    const Endpoint endpoint{address, port};
    std::erase(list, endpoint);
    list.insert(list.begin(), endpoint);
    if (list.size() > kMaxCandidates) {
        list.resize(kMaxCandidates);
    }
}

std::vector<Endpoint> Node::candidateAddresses(const QString& deviceId) const {
    const auto partner = m_trustStore.find(deviceId);
    if (!partner) {
        return {};
    }
    const Endpoint stored{QHostAddress(partner->lastAddress), partner->lastPort};
    auto list = m_candidates.value(deviceId);
    std::erase(list, stored);
    return list;
}

void Node::forgetCandidate(const QString& deviceId, const Endpoint& endpoint) {
    const auto it = m_candidates.find(deviceId);
    if (it != m_candidates.end()) {
        std::erase(*it, endpoint);
    }
}

Pairing* Node::createPairing(Connection* connection, Pairing::Role role, PairingOptions options, QObject* parent) {
    return new Pairing(connection, role, &m_trustStore, m_nonces, std::move(options), parent);
}

} // namespace twofold::net
