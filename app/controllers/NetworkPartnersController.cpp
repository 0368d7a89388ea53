#include "app/controllers/NetworkPartnersController.h"

#include "core/log/Log.h"

#include <QNetworkInterface>

namespace twofold::app {
namespace {

QString hostPort(const QString& address, quint16 port) {
    const bool v6 = address.contains(QLatin1Char(':'));
    return (v6 ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') + QString::number(port);
}

} // namespace

NetworkPartnersController::NetworkPartnersController(link::Peer& peer, QObject* parent)
    : PartnersController(parent), m_peer(peer) {
    if (auto* discovery = m_peer.node().discovery()) {
        connect(discovery, &net::Discovery::peerFound, this, &PartnersController::partnersChanged);
        connect(discovery, &net::Discovery::peerUpdated, this, &PartnersController::partnersChanged);
        connect(discovery, &net::Discovery::peerLost, this, &PartnersController::partnersChanged);
    }
    connect(&m_peer, &link::Peer::invitationReceived, this, [this](const QString& name) {
        m_partnerName = name;
        Q_EMIT invited(name);
    });
    connect(&m_peer, &link::Peer::codeShown, this,
            [this](const QString& code) { Q_EMIT codeShown(code, m_partnerName); });
    connect(&m_peer, &link::Peer::paired, this, [this](const net::TrustedPartner& partner) {
        Q_EMIT partnersChanged();
        Q_EMIT paired(partner.name);
    });
    connect(&m_peer, &link::Peer::engineCreated, this, [this] {
        if (const auto partner = m_peer.partner()) {
            Q_EMIT paired(partner->name);
        }
    });
    connect(&m_peer, &link::Peer::pairingFailed, this, [this](const QString& code, const QString&) {
        log::get("app")->info("pairing failed code={}", code.toStdString());
        Q_EMIT failed(problemFor(code), m_partnerName);
    });
}

PairingProblem NetworkPartnersController::problemFor(const QString& code) {
    if (code == QLatin1String("declined") || code == QLatin1String("cancelled")) {
        return PairingProblem::Refused;
    }
    if (code == QLatin1String("timeout")) {
        return PairingProblem::TimedOut;
    }
    if (code == QLatin1String("rejected") || code == QLatin1String("commitment-mismatch")) {
        return PairingProblem::CodesDiffer;
    }
    if (code == QLatin1String("busy")) {
        return PairingProblem::Busy;
    }
    return PairingProblem::Unreachable; // unreachable, connection-lost, protocol-error, pin-mismatch, ...
}

std::vector<PartnerEntry> NetworkPartnersController::nearby() const {
    std::vector<PartnerEntry> entries;
    if (auto* discovery = m_peer.node().discovery()) {
        for (const auto& peer : discovery->peers()) {
            entries.push_back({peer.deviceId, peer.name, hostPort(peer.address.toString(), peer.port)});
        }
    }
    return entries;
}

std::vector<PartnerEntry> NetworkPartnersController::remembered() const {
    std::vector<PartnerEntry> entries;
    for (const auto& partner : m_peer.node().trustStore().list()) {
        entries.push_back({partner.deviceId, partner.name, hostPort(partner.lastAddress, partner.lastPort)});
    }
    return entries;
}

QString NetworkPartnersController::ownAddress() const {
    auto* server = m_peer.node().server();
    if (server == nullptr || server->port() == 0) {
        return {};
    }
    QStringList addresses;
    if (m_peer.node().scope() == net::Scope::Loopback) {
        addresses.append(hostPort(QStringLiteral("127.0.0.1"), server->port()));
    } else {
        for (const auto& address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                addresses.append(hostPort(address.toString(), server->port()));
            }
        }
    }
    return addresses.join(QStringLiteral(", "));
}

void NetworkPartnersController::invite(const QString& partnerId) {
    if (const auto partner = m_peer.node().trustStore().find(partnerId)) {
        m_partnerName = partner->name;
        Q_EMIT connecting(m_partnerName);
        if (auto status = m_peer.connectToPartner(partnerId); !status) {
            Q_EMIT failed(PairingProblem::Unreachable, m_partnerName);
        }
        return;
    }
    for (const auto& entry : nearby()) {
        if (entry.id == partnerId) {
            m_partnerName = entry.name;
            Q_EMIT connecting(m_partnerName);
            for (const auto& peer : m_peer.node().discovery()->peers()) {
                if (peer.deviceId == partnerId) {
                    m_peer.invite(peer.address, peer.port);
                    return;
                }
            }
        }
    }
    Q_EMIT failed(PairingProblem::Unreachable, partnerId);
}

void NetworkPartnersController::connectTo(const QString& address) {
    const auto text = address.trimmed();
    const auto colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const quint16 port = colon > 0 ? text.mid(colon + 1).toUShort(&ok) : net::kDefaultTcpPort;
    QString host = colon > 0 && ok ? text.left(colon) : text;
    host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    const QHostAddress hostAddress(host);
    m_partnerName = text;
    if (hostAddress.isNull() || (colon > 0 && !ok)) {
        Q_EMIT failed(PairingProblem::Unreachable, text);
        return;
    }
    Q_EMIT connecting(text);
    m_peer.invite(hostAddress, colon > 0 ? port : net::kDefaultTcpPort);
}

void NetworkPartnersController::accept() {
    m_peer.acceptInvitation();
}

void NetworkPartnersController::decline() {
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
    m_peer.cancelPairing();
}

} // namespace twofold::app
