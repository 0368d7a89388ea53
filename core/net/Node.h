#pragma once

#include "core/Result.h"
#include "core/net/Connection.h"
#include "core/net/ConnectionOptions.h"
#include "core/net/Discovery.h"
#include "core/net/Identity.h"
#include "core/net/NonceSource.h"
#include "core/net/Pairing.h"
#include "core/net/Scope.h"
#include "core/net/Server.h"
#include "core/net/TrustStore.h"
#include "core/text/UserText.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

namespace twofold::net {

// Where a device may listen: an address and its TLS port.
struct Endpoint {
    QHostAddress address;
    quint16 port = 0;

    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

struct NodeConfig {
    QString profileDirectory;          // identity (key.pem, cert.pem) and trusted.json live here
    QString displayName;               // shown to the partner; cleaned and cut to 64 characters (text::cleanName)
    Scope scope = Scope::Lan;          // resolve with resolveScope() first
    quint16 tcpPort = kDefaultTcpPort; // preferred; an ephemeral port if taken
    bool discovery = true;             // announce and listen for announcements
    // Announce this device. False until the person gave a name (first run): listening goes on, but nobody
    // nearby sees a computer's host name ("vm") that no one chose. setListed(true) announces at once.
    bool listed = true;
    DiscoveryOptions discoveryOptions;
    ConnectionOptions connectionOptions; // timers and limits (the pin fields are filled in per connection)
};

// Thin facade: one device on the network. Owns the identity, the trust store, the TLS server and
// discovery; hands out connections and pairings. Everything stays reachable for the layers above.
// Discovery is a hint, never an authority (docs/PROTOCOL.md §3.4): an announcement carrying a trusted
// partner's device id only adds a candidate address in memory (candidateAddresses()); the partner's stored
// address in trusted.json changes only after a pinned TLS connection there succeeded (the hello port of a
// pinned incoming connection here, link::Peer::linkWith for a dialled one).
class Node : public QObject {
    Q_OBJECT

public:
    Node(NodeConfig config, NonceSource& nonces, QObject* parent = nullptr);
    ~Node() override;

    // Loads or creates the identity, listens for TCP and starts discovery. Errors: the identity cannot be
    // made, or no TCP port could be listened on. A discovery port taken by another program is not an
    // error: everything else works without discovery (connect by address) and discoveryProblem() says so.
    Status start();
    void stop();
    // Why discovery is not running although it was asked for (code "discovery-unavailable", the message
    // from the socket), or empty. Set by start(); discovery() is null then.
    const std::optional<Error>& discoveryProblem() const { return m_discoveryProblem; }

    const Identity& identity() const { return m_identity; }
    TrustStore& trustStore() { return m_trustStore; }
    Server* server() const { return m_server.get(); }
    Discovery* discovery() const { return m_discovery.get(); }
    Scope scope() const { return m_config.scope; }
    QString displayName() const { return m_config.displayName; }
    // The name shown from now on (hello, discovery), e.g. after the user changed it in Settings.
    void setDisplayName(const QString& name) {
        m_config.displayName = text::cleanName(name);
        if (m_server) {
            m_server->setLocalName(m_config.displayName);
        }
        if (m_discovery && m_discovery->setName(m_config.displayName)) {
            m_discovery->announceNow(); // the new name is on every Nearby list at once, not at the next refresh
        }
    }
    bool listed() const { return m_config.listed; }
    // Only records the wish: link::Peer decides silence (listed, and not in a session).
    void setListed(bool listed) { m_config.listed = listed; }

    // A connection to any address (e.g. a discovered peer or "connect by address"). If the device there
    // turns out to be a trusted partner, its pinned certificate is enforced all the same.
    Connection* connectTo(const QHostAddress& address, quint16 port, QObject* parent = nullptr);
    // A connection to a trusted partner at its last known address, pinned to its certificate.
    Connection* connectToPartner(const TrustedPartner& partner, QObject* parent = nullptr);
    // The same at an address learnt from discovery.
    Connection* connectToPartner(const TrustedPartner& partner, const QHostAddress& address, quint16 port,
                                 QObject* parent = nullptr);

    // Addresses that announcements carrying a trusted partner's device id came from, freshest first, at most
    // kMaxCandidates, the partner's stored address left out. Unverified: anyone can send such an
    // announcement, so a pin mismatch at one of them means "someone else answered there".
    std::vector<Endpoint> candidateAddresses(const QString& deviceId) const;
    // Drops one candidate (e.g. after a pin mismatch there); a later announcement may add it again.
    void forgetCandidate(const QString& deviceId, const Endpoint& endpoint);
    static constexpr std::size_t kMaxCandidates = 4;

    // A pairing over a ready connection, storing into this node's trust store.
    Pairing* createPairing(Connection* connection, Pairing::Role role, PairingOptions options = {},
                           QObject* parent = nullptr);

Q_SIGNALS:
    // An incoming connection finished its hello. Its parent is the server; see Server::connectionReady.
    void incomingConnection(twofold::net::Connection* connection);
    // start() succeeded: the server listens (server()->port()) and discovery, if enabled, runs. Layers
    // built before start() connect to this node's signals, never to discovery() directly.
    void started();
    // Discovery could not start (its UDP port is taken): see discoveryProblem(). Emitted by start(), before
    // started().
    void discoveryUnavailable(const twofold::Error& reason);
    // The devices heard on the network changed: one was found, changed name/address/port, or was lost.
    // discovery()->peers() has the new list.
    void nearbyChanged();

private:
    ConnectionOptions outgoingOptions() const;
    void rememberVerifiedAddress(const QString& deviceId, const QHostAddress& address, quint16 port);
    void noteCandidate(const QString& deviceId, const QHostAddress& address, quint16 port);

    NodeConfig m_config;
    NonceSource& m_nonces;
    Identity m_identity;
    TrustStore m_trustStore;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<Discovery> m_discovery;
    std::optional<Error> m_discoveryProblem;
    QHash<QString, std::vector<Endpoint>> m_candidates; // trusted device id -> freshest first
};

} // namespace twofold::net
