#include "core/net/Discovery.h"

#include "core/log/Log.h"
#include "core/timing/SystemClock.h"

#include <QNetworkDatagram>
#include <QVariant>
#include <algorithm>

namespace twofold::net {
namespace {

std::shared_ptr<spdlog::logger> logger() {
    return log::get(log::Module::NetDiscovery);
}

// The loopback scope's only destination (the whole of 127.0.0.0/8 hears it).
QHostAddress loopbackBroadcast() {
    return QHostAddress(QStringLiteral("127.255.255.255"));
}

bool usableLanInterface(const QNetworkInterface& interface) {
    const auto flags = interface.flags();
    return flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning) &&
           !flags.testFlag(QNetworkInterface::IsLoopBack);
}

} // namespace

Discovery::Discovery(Scope scope, Announcement self, DiscoveryOptions options, QObject* parent)
    : QObject(parent), m_scope(scope), m_self(std::move(self)), m_options(std::move(options)),
      m_udpPort(resolvePort(m_options.udpPort)),
      m_ownClock(m_options.clock ? nullptr : std::make_unique<timing::SystemClock>()),
      m_clock(m_options.clock ? *m_options.clock : *m_ownClock), m_burstTimer(m_clock.createTimer()),
      m_refreshTimer(m_clock.createTimer()), m_expiryTimer(m_clock.createTimer()),
      m_interfaceTimer(m_clock.createTimer()) {
    std::sort(m_options.burst.begin(), m_options.burst.end());
    connect(m_burstTimer.get(), &timing::ClockTimer::timeout, this, &Discovery::nextBurstStep);
    connect(m_refreshTimer.get(), &timing::ClockTimer::timeout, this, [this] {
        m_refreshTimer->start(m_options.refreshInterval);
        sendAnnouncement();
    });
    connect(m_expiryTimer.get(), &timing::ClockTimer::timeout, this, [this] {
        m_expiryTimer->start(expiryInterval());
        expirePeers();
    });
    connect(m_interfaceTimer.get(), &timing::ClockTimer::timeout, this, [this] {
        m_interfaceTimer->start(m_options.interfacePollInterval);
        pollInterfaces();
    });
    connect(&m_socket, &QUdpSocket::readyRead, this, &Discovery::readDatagrams);
}

std::chrono::milliseconds Discovery::expiryInterval() const {
    return std::max(std::chrono::milliseconds(50), m_options.peerTimeout / 5);
}

Discovery::~Discovery() {
    stop();
}

quint16 Discovery::resolvePort(const std::optional<quint16>& explicitPort) {
    if (explicitPort.has_value() && *explicitPort != 0) {
        return *explicitPort;
    }
    return kDefaultDiscoveryPort;
}

Status Discovery::start() {
    if (m_running) {
        return Ok{};
    }
    if (!m_socket.bind(QHostAddress(QHostAddress::AnyIPv4), m_udpPort,
                       QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        return Error{QStringLiteral("bind-failed"), m_socket.errorString()};
    }
    m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(1));
    m_running = true;
    m_tokens = m_options.answerBurst;
    m_tokensAtMs = m_clock.nowMs();
    if (m_scope == Scope::Lan) {
        refreshSubnets();
        m_interfaceSignature = interfaceSignature();
        joinGroups();
        m_interfaceTimer->start(m_options.interfacePollInterval);
    }
    m_expiryTimer->start(expiryInterval());
    logger()->info("discovery started scope={} udp={}", toString(m_scope).toStdString(), m_udpPort);
    if (!m_silent) {
        startBurst();
        m_refreshTimer->start(m_options.refreshInterval);
    }
    return Ok{};
}

void Discovery::stop() {
    if (!m_running) {
        return;
    }
    m_running = false;
    m_burstTimer->stop();
    m_refreshTimer->stop();
    m_expiryTimer->stop();
    m_interfaceTimer->stop();
    m_socket.close();
    m_joined.clear();
    logger()->info("discovery stopped");
}

void Discovery::setSilent(bool silent) {
    if (m_silent == silent) {
        return;
    }
    m_silent = silent;
    logger()->info("discovery {}", silent ? "silent" : "announcing");
    if (silent) {
        m_burstTimer->stop();
        m_refreshTimer->stop();
    } else if (m_running) {
        startBurst();
        m_refreshTimer->start(m_options.refreshInterval);
    }
}

void Discovery::announceNow() {
    sendAnnouncement();
}

QList<DiscoveredPeer> Discovery::peers() const {
    QList<DiscoveredPeer> result;
    for (const auto& known : m_peers) {
        result.append(known.peer);
    }
    return result;
}

void Discovery::readDatagrams() {
    m_readQueued = false;
    for (int handled = 0; m_socket.hasPendingDatagrams(); ++handled) {
        if (handled == kDatagramsPerTurn) {
            // A flood: let the event loop (the window, the partner's link) have its turn, then go on.
            if (!m_readQueued) {
                m_readQueued = true;
                QMetaObject::invokeMethod(this, &Discovery::readDatagrams, Qt::QueuedConnection);
            }
            return;
        }
        if (m_socket.pendingDatagramSize() > kMaxAnnouncementSize) {
            m_socket.readDatagram(nullptr, 0); // discards it
            ++m_ignored;
            continue;
        }
        const QNetworkDatagram datagram = m_socket.receiveDatagram(kMaxAnnouncementSize + 1);
        handleDatagram(datagram.data(), datagram.senderAddress(), static_cast<quint16>(datagram.senderPort()));
    }
}

void Discovery::handleDatagram(const QByteArray& data, const QHostAddress& sender, quint16 senderPort) {
    if (m_scope == Scope::Loopback ? !sender.isLoopback() : !inOwnSubnet(sender)) {
        ++m_ignored; // never listed, never answered: no one outside our own network segment
        return;
    }
    const auto parsed = parseAnnouncement(data);
    if (!parsed) {
        ++m_ignored;
        logger()->debug("ignored datagram size={} reason={}", data.size(), parsed.error().code.toStdString());
        return;
    }
    if (parsed->deviceId == m_self.deviceId) {
        return; // our own announcement
    }
    if (!isFresh(*parsed)) {
        ++m_stale;
        return;
    }
    const DiscoveredPeer peer{parsed->deviceId, parsed->name, sender, parsed->port, parsed->version};
    const auto it = m_peers.find(peer.deviceId);
    if (it == m_peers.end()) {
        if (!makeRoomFor(peer.deviceId)) {
            return; // the list is full of partners: a stranger waits
        }
        m_peers.insert(peer.deviceId, Known{peer, m_clock.nowMs()});
        logger()->debug("peer found device={} port={} version={}", peer.deviceId.left(12).toStdString(), peer.port,
                        peer.protocolVersion);
        // Answer once so that a device that started after our burst learns about us at once; at a bounded
        // rate, so a flood of fresh ids is not multiplied (the next keep-alive reaches whoever was skipped).
        if (!m_silent && m_running && takeAnswerToken()) {
            ++m_answersSent;
            if (m_scope == Scope::Lan) {
                sendAnnouncement(std::make_pair(sender, senderPort));
            } else {
                sendAnnouncement(); // loopback ports are shared: unicast would reach an arbitrary listener
            }
        }
        Q_EMIT peerFound(peer);
        return;
    }
    it->lastHeardMs = m_clock.nowMs();
    if (!(it->peer == peer)) {
        it->peer = peer;
        Q_EMIT peerUpdated(peer);
    }
}

bool Discovery::takeAnswerToken() {
    const qint64 now = m_clock.nowMs();
    const double refill = static_cast<double>(now - m_tokensAtMs) * m_options.answersPerSecond / 1000.0;
    m_tokens = std::min<double>(m_options.answerBurst, m_tokens + std::max(0.0, refill));
    m_tokensAtMs = now;
    if (m_tokens < 1.0) {
        ++m_answersHeldBack;
        return false;
    }
    m_tokens -= 1.0;
    return true;
}

bool Discovery::inOwnSubnet(const QHostAddress& sender) {
    bool isV4 = false;
    const quint32 raw = sender.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (!isV4) {
        return false;
    }
    const QHostAddress v4(raw);
    const auto inside = [&] {
        return std::any_of(m_subnets.begin(), m_subnets.end(),
                           [&v4](const auto& subnet) { return v4.isInSubnet(subnet.first, subnet.second); });
    };
    if (inside()) {
        return true;
    }
    // An address may have come up since the last look (a fresh Wi-Fi or veth): look again, at most once a
    // second, so a flood from outside costs no more than that.
    if (m_clock.nowMs() - m_subnetsAtMs < 1000) {
        return false;
    }
    refreshSubnets();
    return inside();
}

void Discovery::refreshSubnets() {
    m_subnetsAtMs = m_clock.nowMs();
    m_subnets.clear();
    for (const auto& interface : lanInterfaces()) {
        for (const auto& entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && entry.prefixLength() > 0) {
                m_subnets.emplace_back(entry.ip(), entry.prefixLength());
            }
        }
    }
}

bool Discovery::makeRoomFor(const QString& deviceId) {
    if (m_peers.size() < m_options.maxPeers) {
        return true;
    }
    const auto partner = [this](const QString& id) {
        return m_isPartner && m_isPartner(id);
    };
    // The least recently heard stranger goes; a partner only makes room among partners.
    auto victim = m_peers.end();
    for (auto it = m_peers.begin(); it != m_peers.end(); ++it) {
        if (!partner(it.key()) && (victim == m_peers.end() || it->lastHeardMs < victim->lastHeardMs)) {
            victim = it;
        }
    }
    if (victim == m_peers.end() && partner(deviceId)) {
        victim = std::min_element(m_peers.begin(), m_peers.end(),
                                  [](const Known& a, const Known& b) { return a.lastHeardMs < b.lastHeardMs; });
    }
    if (victim == m_peers.end()) {
        return false;
    }
    const QString lost = victim.key();
    m_peers.remove(lost); // by key: QHash::erase wants a const_iterator (clazy strict-iterators)
    Q_EMIT peerLost(lost);
    return true;
}

bool Discovery::isFresh(const Announcement& announcement) {
    if (announcement.sentAtMs == 0) {
        return true; // an older peer without `at`: nothing to judge by
    }
    const qint64 now = m_clock.nowMs();
    const qint64 skew = now - announcement.sentAtMs;
    auto it = m_freshness.find(announcement.deviceId);
    if (it != m_freshness.end() && now - it->lastAcceptedMs > kFreshnessMemoryMs) {
        m_freshness.remove(announcement.deviceId);
        it = m_freshness.end();
    }
    if (it == m_freshness.end()) {
        if (m_freshness.size() >= kMaxFreshness) {
            const auto oldest =
                std::min_element(m_freshness.begin(), m_freshness.end(), [](const Freshness& a, const Freshness& b) {
                    return a.lastAcceptedMs < b.lastAcceptedMs;
                });
            m_freshness.remove(oldest.key());
        }
        m_freshness.insert(announcement.deviceId, Freshness{announcement.sentAtMs, skew, now});
        return true;
    }
    if (announcement.sentAtMs <= it->newestAtMs) {
        return false; // a copy (lan: broadcast and multicast) or a replay of one heard already
    }
    if (skew - it->offsetMs > m_options.refreshInterval.count()) {
        return false; // older than its interval: a replay of an announcement never heard here
    }
    it->newestAtMs = announcement.sentAtMs;
    it->offsetMs = std::min(it->offsetMs, skew);
    it->lastAcceptedMs = now;
    return true;
}

void Discovery::sendAnnouncement(const std::optional<std::pair<QHostAddress, quint16>>& unicastTo) {
    if (!m_running || m_silent) {
        return;
    }
    m_lastSentAtMs = std::max(m_clock.wallMs(), m_lastSentAtMs + 1); // strictly increasing, whatever the clock does
    m_self.sentAtMs = m_lastSentAtMs;
    const QByteArray datagram = encodeAnnouncement(m_self);
    if (m_scope == Scope::Loopback) {
        m_socket.writeDatagram(datagram, loopbackBroadcast(), m_udpPort);
        return;
    }
    if (unicastTo.has_value()) {
        m_socket.writeDatagram(datagram, unicastTo->first, unicastTo->second);
        return;
    }
    for (const auto& interface : lanInterfaces()) {
        for (const auto& entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.broadcast().isNull()) {
                m_socket.writeDatagram(datagram, entry.broadcast(), m_udpPort);
            }
        }
        if (interface.flags().testFlag(QNetworkInterface::CanMulticast)) {
            m_socket.setMulticastInterface(interface);
            m_socket.writeDatagram(datagram, m_options.multicastGroup, m_udpPort);
        }
    }
}

void Discovery::startBurst() {
    m_burstStep = 0;
    m_burstTimer->stop();
    if (m_options.burst.empty()) {
        return;
    }
    m_burstTimer->start(m_options.burst.front());
}

void Discovery::nextBurstStep() {
    sendAnnouncement();
    const auto& burst = m_options.burst;
    ++m_burstStep;
    if (m_burstStep < burst.size()) {
        m_burstTimer->start(burst[m_burstStep] - burst[m_burstStep - 1]);
    }
}

void Discovery::expirePeers() {
    const qint64 now = m_clock.nowMs();
    QStringList lost;
    for (auto it = m_peers.begin(); it != m_peers.end(); ++it) {
        if (now - it->lastHeardMs > m_options.peerTimeout.count()) {
            lost.append(it.key());
        }
    }
    for (const auto& deviceId : lost) {
        m_peers.remove(deviceId);
        logger()->info("peer lost device={}", deviceId.left(12).toStdString());
        Q_EMIT peerLost(deviceId);
    }
}

void Discovery::pollInterfaces() {
    const QString signature = interfaceSignature();
    if (signature == m_interfaceSignature) {
        return;
    }
    m_interfaceSignature = signature;
    refreshSubnets();
    logger()->info("network interfaces changed; announcing again");
    joinGroups();
    if (!m_silent) {
        startBurst();
    }
}

void Discovery::joinGroups() {
    for (const auto& interface : m_joined) {
        m_socket.leaveMulticastGroup(m_options.multicastGroup, interface);
    }
    m_joined.clear();
    for (const auto& interface : lanInterfaces()) {
        if (interface.flags().testFlag(QNetworkInterface::CanMulticast) &&
            m_socket.joinMulticastGroup(m_options.multicastGroup, interface)) {
            m_joined.append(interface);
        }
    }
    logger()->info("multicast joined on {} interfaces", m_joined.size());
}

QList<QNetworkInterface> Discovery::lanInterfaces() const {
    QList<QNetworkInterface> result;
    for (const auto& interface : QNetworkInterface::allInterfaces()) {
        if (!usableLanInterface(interface)) {
            continue;
        }
        const auto entries = interface.addressEntries();
        const bool hasIpv4 = std::any_of(entries.begin(), entries.end(), [](const QNetworkAddressEntry& entry) {
            return entry.ip().protocol() == QAbstractSocket::IPv4Protocol;
        });
        if (hasIpv4) {
            result.append(interface);
        }
    }
    return result;
}

QString Discovery::interfaceSignature() const {
    QStringList parts;
    for (const auto& interface : lanInterfaces()) {
        for (const auto& entry : interface.addressEntries()) {
            parts.append(interface.name() + QLatin1Char('|') + entry.ip().toString() + QLatin1Char('/') +
                         QString::number(entry.prefixLength()));
        }
    }
    parts.sort();
    return parts.join(QLatin1Char(';'));
}

} // namespace twofold::net
