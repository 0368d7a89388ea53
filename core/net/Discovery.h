#pragma once

#include "core/Result.h"
#include "core/net/Announcement.h"
#include "core/net/DiscoveredPeer.h"
#include "core/net/Scope.h"
#include "core/timing/Clock.h"

#include <QHash>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QObject>
#include <QUdpSocket>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace twofold::net {

inline constexpr quint16 kDefaultDiscoveryPort = 47913;

struct DiscoveryOptions {
    std::optional<quint16> udpPort; // else 47913 (the programs pass --discovery-port / TWOFOLD_DISCOVERY_PORT)
    std::vector<std::chrono::milliseconds> burst{std::chrono::milliseconds(0), std::chrono::milliseconds(100),
                                                 std::chrono::milliseconds(500), std::chrono::milliseconds(2000)};
    std::chrono::milliseconds refreshInterval{5000};       // a keep-alive announcement while not silent
    std::chrono::milliseconds peerTimeout{15000};          // peerLost when not heard for this long
    std::chrono::milliseconds interfacePollInterval{3000}; // Lan: how often interfaces are compared
    QHostAddress multicastGroup{QStringLiteral("239.255.77.77")};
    int maxPeers = 50;                    // the nearby list's bound: partners and the most recently heard stay
    int answerBurst = 5;                  // answers to new devices: a token bucket of this size ...
    double answersPerSecond = 2;          // ... refilled at this rate, so discovery is never an amplifier
    const timing::Clock* clock = nullptr; // runs every timer above; null = a SystemClock of its own
};

// Finds other Twofold devices with UDP announcements on one fixed port (docs/PROTOCOL.md "Discovery").
//   Loopback scope: sends only to 127.255.255.255; accepts only datagrams from 127.0.0.0/8.
//   Lan scope: multicast group + the broadcast address of every up, non-loopback IPv4 interface.
// Announces in a burst at start and whenever the interfaces change, then every refreshInterval; answers a
// new peer once so a late starter is found at once. setSilent(true) stops all sending (during a session).
// Bounds (docs/PROTOCOL.md §3.5): answers go out at most answerBurst at once and answersPerSecond on
// average, and in lan scope only to a source inside the subnet of one of our interfaces (datagrams from
// anywhere else are ignored; loopback scope accepts only 127.0.0.0/8); at most maxPeers devices are
// listed (a new one pushes out the least recently heard that is not a partner, see setPartnerTest); at
// most 64 datagrams are handled per event-loop turn.
// Freshness (docs/PROTOCOL.md §3.4): an announcement whose `at` is not newer than the newest one heard from
// that device (a copy, or a replay) or that is older than refreshInterval on the sender's clock as estimated
// from earlier ones does not count: it neither makes a device present nor keeps it so.
class Discovery : public QObject {
    Q_OBJECT

public:
    Discovery(Scope scope, Announcement self, DiscoveryOptions options = {}, QObject* parent = nullptr);
    ~Discovery() override;

    Status start();
    void stop();
    void setSilent(bool silent);
    bool isSilent() const { return m_silent; }
    // True when the name changed (the caller may announceNow()).
    bool setName(const QString& name) {
        const bool changed = m_self.name != name;
        m_self.name = name;
        return changed;
    }
    void setTcpPort(quint16 port) { m_self.port = port; }
    void announceNow(); // one announcement now (no burst), unless silent

    quint16 udpPort() const { return m_udpPort; }
    QList<DiscoveredPeer> peers() const;
    // Tells partners (kept in the list before anyone else) from strangers; none = nobody is a partner.
    void setPartnerTest(std::function<bool(const QString& deviceId)> isPartner) { m_isPartner = std::move(isPartner); }
    int answersSent() const { return m_answersSent; }
    int answersHeldBack() const { return m_answersHeldBack; } // over the rate
    int ignoredDatagrams() const { return m_ignored; }        // malformed, oversize, out of scope
    int staleDatagrams() const { return m_stale; }            // copies, replays, older than their interval

    static quint16 resolvePort(const std::optional<quint16>& explicitPort);

Q_SIGNALS:
    void peerFound(const twofold::net::DiscoveredPeer& peer);
    void peerUpdated(const twofold::net::DiscoveredPeer& peer); // name, address or port changed
    void peerLost(const QString& deviceId);

private:
    struct Known {
        DiscoveredPeer peer;
        qint64 lastHeardMs = 0;
    };
    // What was heard from one device's `at` values, kept a while after it was lost so a replay after it
    // left is recognised.
    struct Freshness {
        qint64 newestAtMs = 0;     // the newest `at` accepted
        qint64 offsetMs = 0;       // smallest (our nowMs - their at) seen: their clock against ours
        qint64 lastAcceptedMs = 0; // our nowMs then
    };
    static constexpr int kMaxFreshness = 256;
    static constexpr qint64 kFreshnessMemoryMs = 10 * 60 * 1000;

    bool isFresh(const Announcement& announcement);
    bool takeAnswerToken();
    bool inOwnSubnet(const QHostAddress& sender);
    bool makeRoomFor(const QString& deviceId); // false: the list is full of partners
    void refreshSubnets();
    static constexpr int kDatagramsPerTurn = 64;

    void readDatagrams();
    void handleDatagram(const QByteArray& data, const QHostAddress& sender, quint16 senderPort);
    void sendAnnouncement(const std::optional<std::pair<QHostAddress, quint16>>& unicastTo = std::nullopt);
    void startBurst();
    void nextBurstStep();
    void expirePeers();
    std::chrono::milliseconds expiryInterval() const;
    void pollInterfaces();
    void joinGroups();
    QList<QNetworkInterface> lanInterfaces() const;
    QString interfaceSignature() const;

    Scope m_scope;
    Announcement m_self;
    DiscoveryOptions m_options;
    quint16 m_udpPort;
    QUdpSocket m_socket;
    std::unique_ptr<timing::Clock> m_ownClock;
    const timing::Clock& m_clock;
    std::unique_ptr<timing::ClockTimer> m_burstTimer;
    std::unique_ptr<timing::ClockTimer> m_refreshTimer;   // restarted at each timeout: a repeating timer
    std::unique_ptr<timing::ClockTimer> m_expiryTimer;    // likewise
    std::unique_ptr<timing::ClockTimer> m_interfaceTimer; // likewise
    std::size_t m_burstStep = 0;
    QHash<QString, Known> m_peers;
    QHash<QString, Freshness> m_freshness;
    qint64 m_lastSentAtMs = 0;
    QList<QNetworkInterface> m_joined;
    QString m_interfaceSignature;
    bool m_silent = false;
    bool m_running = false;
    int m_ignored = 0;
    int m_stale = 0;
    int m_answersSent = 0;
    int m_answersHeldBack = 0;
    double m_tokens = 0;
    qint64 m_tokensAtMs = 0;
    bool m_readQueued = false;
    std::function<bool(const QString&)> m_isPartner;
    std::vector<std::pair<QHostAddress, int>> m_subnets; // lan: our IPv4 subnets (address, prefix length)
    qint64 m_subnetsAtMs = 0;                            // when m_subnets was last read
};

} // namespace twofold::net
