#include "app/controllers/NetworkPartnersController.h"

#include "core/log/Log.h"
#include "core/protocol/MessageTypes.h"

#include <QNetworkInterface>

namespace twofold::app {
namespace {

// How often the interfaces are compared in lan scope, so a new Wi-Fi address shows without a restart.
constexpr int kAddressPollMs = 5000;

QString hostPort(const QString& address, quint16 port) {
    const bool v6 = address.contains(QLatin1Char(':'));
    return (v6 ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') + QString::number(port);
}

// Addresses a partner on the local network can use: up, running, not loopback; IPv6 link-local addresses
// are left out because they only work together with the partner's own interface name.
QStringList lanAddresses() {
    QStringList addresses;
    for (const auto& interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack)) {
            continue;
        }
        for (const auto& entry : interface.addressEntries()) {
            const auto ip = entry.ip();
            if (ip.isLoopback() || ip.isLinkLocal() ||
                (ip.protocol() != QAbstractSocket::IPv4Protocol && ip.protocol() != QAbstractSocket::IPv6Protocol)) {
                continue;
            }
            QHostAddress plain(ip);
            plain.setScopeId(QString());
            addresses.append(plain.toString());
        }
    }
    addresses.removeDuplicates();
    return addresses;
}

} // namespace

NetworkPartnersController::NetworkPartnersController(link::Peer& peer, QObject* parent)
    : PartnersController(parent), m_peer(peer) {
    auto& node = m_peer.node();
    connect(&node, &net::Node::nearbyChanged, this, &NetworkPartnersController::onNearbyChanged);
    connect(&node, &net::Node::started, this, [this] {
        publishNearby();
        pollAddresses();
        if (m_peer.node().scope() == net::Scope::Lan) {
            m_addressPoll.start(kAddressPollMs);
        }
    });
    connect(&m_addressPoll, &QTimer::timeout, this, &NetworkPartnersController::pollAddresses);
    m_nearbyCoalesce.setSingleShot(true);
    m_nearbyCoalesce.setInterval(kNearbyCoalesceMs);
    connect(&m_nearbyCoalesce, &QTimer::timeout, this, &NetworkPartnersController::publishNearby);
    connect(&m_peer, &link::Peer::invitationReceived, this, [this](const QString& name) {
        m_partnerName = name;
        m_declinedHere = false;
        m_stoppedHere = false;
        Q_EMIT invited(name);
    });
    connect(&m_peer, &link::Peer::codeShown, this, [this](const QString& code, const QString& name) {
        if (!name.isEmpty()) {
            m_partnerName = name; // by address we only learn the name from the partner's hello
        }
        Q_EMIT codeShown(code, m_partnerName);
    });
    connect(&m_peer, &link::Peer::paired, this, [this](const net::TrustedPartner& partner) {
        Q_EMIT partnersChanged();
        Q_EMIT paired(partner.name);
    });
    connect(&m_peer, &link::Peer::engineCreated, this, [this] {
        if (const auto partner = m_peer.partner()) {
            Q_EMIT paired(partner->name);
        }
    });
    connect(&m_peer, &link::Peer::pairingFailed, this, [this](net::PairingFailure failure, const QString&) {
        log::get(log::Module::App)->info("pairing failed code={}", QString(net::wireWord(failure)).toStdString());
        if (!m_peer.pairingPartnerName().isEmpty()) {
            m_partnerName = m_peer.pairingPartnerName(); // by address: the name from the partner's hello
        }
        const auto problem = problemFor(failure, m_declinedHere, m_stoppedHere);
        m_declinedHere = false;
        m_stoppedHere = false;
        if (problem) {
            Q_EMIT failed(*problem, m_partnerName);
        }
    });
    connect(&m_peer, &link::Peer::partnerIdentityChanged, this,
            [this](const net::TrustedPartner& partner) { Q_EMIT identityChanged(partner.deviceId, partner.name); });
    if (node.server() != nullptr) { // built after start()
        pollAddresses();
    }
}

std::optional<PairingProblem> NetworkPartnersController::problemFor(net::PairingFailure failure, bool declinedHere,
                                                                    bool stoppedHere) {
    using F = net::PairingFailure;
    switch (failure) {
    case F::Declined:
        return declinedHere ? PairingProblem::YouDeclined : PairingProblem::PartnerDeclined;
    case F::Cancelled:
        return stoppedHere ? PairingProblem::YouStopped : PairingProblem::PartnerStopped;
    case F::Timeout:
        return PairingProblem::TimedOut;
    case F::Rejected:
    case F::CommitmentMismatch:
        return PairingProblem::CodesDiffer;
    case F::Busy:
        return PairingProblem::Busy;
    case F::PairingElsewhere:
        return PairingProblem::PartnerPairingElsewhere; // not "busy": the partner is in no session
    case F::PartnerNeedsUpdate:
        return PairingProblem::PartnerNeedsUpdate;
    case F::NeedsUpdate:
        return PairingProblem::NeedsUpdate;
    case F::PartnerClosed:
        return PairingProblem::PartnerClosed;
    case F::StoreFailed:
        return PairingProblem::StoreFailed;
    case F::PartnerStoreFailed:
        return PairingProblem::PartnerStoreFailed;
    case F::PinMismatch:
        return std::nullopt; // told as a security notice (identityChanged) instead
    case F::NoInvite:
    case F::ProtocolError:
    case F::ConnectionLost:
    case F::Unreachable:
    case F::Other:
        break;
    }
    return PairingProblem::Unreachable;
}

void NetworkPartnersController::onNearbyChanged() {
    if (!m_nearbyCoalesce.isActive()) {
        m_nearbyCoalesce.start();
    }
}

void NetworkPartnersController::publishNearby() {
    QSet<QString> present; // at most Discovery's maxPeers (50) entries
    if (auto* discovery = m_peer.node().discovery()) {
        for (const auto& peer : discovery->peers()) {
            present.insert(peer.deviceId);
            if (!m_firstHeard.contains(peer.deviceId)) {
                m_firstHeard[peer.deviceId].start();
            }
        }
    }
    m_firstHeard.removeIf([&present](const auto& entry) { return !present.contains(entry.key()); });
    Q_EMIT partnersChanged();
}

std::vector<PartnerEntry> NetworkPartnersController::nearby() const {
    std::vector<PartnerEntry> entries;
    if (auto* discovery = m_peer.node().discovery()) {
        for (const auto& peer : discovery->peers()) {
            const auto heard = m_firstHeard.constFind(peer.deviceId);
            const bool justNow = heard == m_firstHeard.constEnd() || heard->elapsed() < kFoundJustNowMs;
            entries.push_back({peer.deviceId, peer.name, hostPort(peer.address.toString(), peer.port), justNow,
                               peer.protocolVersion - protocol::kProtocolVersion});
        }
    }
    // Remembered partners first (in a crowded café the partner is at the top), then by name; the list is
    // bounded by Discovery (50), so this stays small.
    const auto& store = m_peer.node().trustStore();
    std::vector<std::pair<bool, PartnerEntry>> keyed;
    keyed.reserve(entries.size());
    for (auto& entry : entries) {
        keyed.emplace_back(!store.find(entry.id).has_value(), std::move(entry));
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) {
            return !a.first;
        }
        return a.second.name.localeAwareCompare(b.second.name) < 0;
    });
    entries.clear();
    for (auto& [stranger, entry] : keyed) {
        entries.push_back(std::move(entry));
    }
    return entries;
}

bool NetworkPartnersController::discoveryAvailable() const {
    return !m_peer.node().discoveryProblem().has_value();
}

std::vector<PartnerEntry> NetworkPartnersController::remembered() const {
    std::vector<PartnerEntry> entries;
    for (const auto& partner : m_peer.node().trustStore().list()) {
        entries.push_back({partner.deviceId, partner.name, hostPort(partner.lastAddress, partner.lastPort), false});
    }
    return entries;
}

QStringList NetworkPartnersController::ownAddresses() const {
    auto* server = m_peer.node().server();
    if (server == nullptr || server->port() == 0) {
        return {};
    }
    const QStringList hosts =
        m_peer.node().scope() == net::Scope::Loopback ? QStringList{QStringLiteral("127.0.0.1")} : lanAddresses();
    QStringList addresses;
    for (const auto& host : hosts) {
        addresses.append(hostPort(host, server->port()));
    }
    return addresses;
}

void NetworkPartnersController::pollAddresses() {
    const auto addresses = ownAddresses();
    if (addresses != m_lastAddresses) {
        m_lastAddresses = addresses;
        log::get(log::Module::App)->info("own addresses changed count={}", addresses.size());
        Q_EMIT addressesChanged();
    }
}

void NetworkPartnersController::reportStartFailure() {
    Q_EMIT failed(PairingProblem::NotAvailable, QString());
}

void NetworkPartnersController::invite(const QString& partnerId) {
    m_declinedHere = false;
    m_stoppedHere = false;
    if (const auto partner = m_peer.node().trustStore().find(partnerId)) {
        m_partnerName = partner->name;
        Q_EMIT connecting(m_partnerName);
        if (auto status = m_peer.connectToPartner(partnerId); !status) {
            Q_EMIT failed(PairingProblem::Unreachable, m_partnerName);
        }
        return;
    }
    if (auto* discovery = m_peer.node().discovery()) {
        for (const auto& peer : discovery->peers()) {
            if (peer.deviceId == partnerId) {
                m_partnerName = peer.name;
                Q_EMIT connecting(m_partnerName);
                m_peer.invite(peer.address, peer.port);
                return;
            }
        }
    }
    // Gone from the list between the click and now.
    Q_EMIT failed(PairingProblem::Unreachable, m_partnerName);
}

void NetworkPartnersController::connectTo(const QString& address) {
    m_declinedHere = false;
    m_stoppedHere = false;
    const auto text = address.trimmed();
    const auto colon = text.lastIndexOf(QLatin1Char(':'));
    const bool bracketed = text.startsWith(QLatin1Char('['));
    // "host:port", "[v6]:port", a bare IPv4 or a bare IPv6 (several colons, no brackets) with the default port.
    const bool hasPort =
        colon > 0 && (bracketed ? text.at(colon - 1) == QLatin1Char(']') : text.count(QLatin1Char(':')) == 1);
    bool ok = true;
    const quint16 port = hasPort ? text.mid(colon + 1).toUShort(&ok) : net::kDefaultTcpPort;
    QString host = hasPort ? text.left(colon) : text;
    host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    const QHostAddress hostAddress(host);
    m_partnerName = text;
    if (hostAddress.isNull() || !ok || port == 0) {
        Q_EMIT failed(PairingProblem::Unreachable, text);
        return;
    }
    Q_EMIT connecting(text);
    m_peer.invite(hostAddress, port);
}

void NetworkPartnersController::accept() {
    m_peer.acceptInvitation();
}

void NetworkPartnersController::decline() {
    m_declinedHere = true;
    m_peer.declineInvitation();
}

void NetworkPartnersController::confirmCode(bool matches) {
    if (matches) {
        m_peer.confirmCode();
        Q_EMIT waitingForPartnerConfirmation(m_partnerName);
    } else {
        m_peer.rejectCode();
    }
}

void NetworkPartnersController::cancel() {
    m_stoppedHere = true;
    m_peer.cancelPairing();
}

void NetworkPartnersController::forget(const QString& partnerId) {
    if (auto status = m_peer.forgetPartner(partnerId); !status) {
        log::get(log::Module::App)->warn("forgetting a partner failed code={}", status.error().code.toStdString());
    }
    Q_EMIT partnersChanged();
}

} // namespace twofold::app
