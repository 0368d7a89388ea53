#include "core/link/Redialer.h"

#include "core/log/Log.h"

#include <algorithm>

namespace twofold::link {
namespace {

std::shared_ptr<spdlog::logger> logger() {
    return log::get(log::Module::Link);
}

} // namespace

Redialer::Redialer(net::Node& node, const timing::Clock& clock, Schedule schedule, std::function<bool()> isLive,
                   QObject* parent)
    : QObject(parent), m_node(node), m_schedule(schedule), m_isLive(std::move(isLive)),
      m_backoff(schedule.first, schedule.max), m_timer(clock.createTimer()) {
    connect(m_timer.get(), &timing::ClockTimer::timeout, this, &Redialer::attempt);
}

Redialer::~Redialer() {
    stop();
}

void Redialer::start(const net::TrustedPartner& partner) {
    m_partner = partner;
    if (m_running) {
        return;
    }
    m_running = true;
    m_dialCount = 0;
    m_backoff.reset();
    attempt();
}

void Redialer::stop(net::CloseReason reason) {
    m_running = false;
    m_timer->stop();
    for (auto& connection : std::exchange(m_attempts, {})) {
        if (connection) {
            connection->disconnect(this);
            connection->close(reason);
            connection->deleteLater();
        }
    }
}

void Redialer::attempt() {
    if (!m_running) {
        return;
    }
    std::erase_if(m_attempts, [](const QPointer<net::Connection>& c) { return !c; });
    while (static_cast<int>(m_attempts.size()) >= m_schedule.inFlight) {
        auto oldest = m_attempts.front();
        m_attempts.erase(m_attempts.begin());
        oldest->disconnect(this);
        oldest->close(net::CloseReason::Superseded);
        oldest->deleteLater();
    }
    const auto partner = m_node.trustStore().find(m_partner.deviceId).value_or(m_partner);
    const auto endpoint = nextEndpoint(partner);
    if (!endpoint) {
        scheduleNext(); // no address known yet: an announcement may bring one
        return;
    }
    const bool verified = endpoint->address == QHostAddress(partner.lastAddress) && endpoint->port == partner.lastPort;
    logger()->debug("dialling the partner attempts={} at={}", m_attempts.size() + 1, verified ? "stored" : "candidate");
    auto* connection = m_node.connectToPartner(partner, endpoint->address, endpoint->port, this);
    m_attempts.emplace_back(connection);
    connect(connection, &net::Connection::ready, this, [this, connection, partner] {
        std::erase(m_attempts, QPointer<net::Connection>(connection));
        connection->disconnect(this);
        connection->setParent(nullptr);
        stop(net::CloseReason::Superseded); // the others are not needed any more
        Q_EMIT connected(connection, partner);
    });
    connect(connection, &net::Connection::closed, this,
            [this, connection, partner, endpoint = *endpoint, verified](const net::ConnectionClose& close) {
                std::erase(m_attempts, QPointer<net::Connection>(connection));
                connection->deleteLater();
                if (const auto version = connection->peerProtocolVersion(); version && m_running) {
                    // The partner (pinned: the version came in its hello or error) speaks another protocol
                    // version. Dialling goes on: it links as soon as one of the two is updated.
                    Q_EMIT versionMismatch(partner, *version);
                    return;
                }
                if (close.reason != net::CloseReason::PinMismatch || !m_running) {
                    return;
                }
                if (!verified) {
                    // An announcement said the partner was there, but whoever answered cannot prove it: a
                    // hint that did not hold, not a changed partner. Keep dialling the other addresses.
                    logger()->warn("someone else answered at a candidate address device={}",
                                   partner.deviceId.left(12).toStdString());
                    m_node.forgetCandidate(partner.deviceId, endpoint);
                    Q_EMIT impostorRefused(endpoint);
                    return;
                }
                // Someone answers at the partner's own verified address but cannot prove it is the partner: a
                // security event, not a network fault. Stop dialling until the user decides.
                logger()->warn("partner certificate changed device={}", partner.deviceId.left(12).toStdString());
                stop();
                Q_EMIT identityChanged(partner);
            });
    scheduleNext();
}

std::optional<net::Endpoint> Redialer::nextEndpoint(const net::TrustedPartner& partner) {
    const std::size_t turn = m_dialCount++;
    const auto candidates = m_node.candidateAddresses(partner.deviceId);
    const bool hasStored = !partner.lastAddress.isEmpty() && partner.lastPort != 0;
    if (hasStored && (candidates.empty() || turn % 2 == 0)) {
        return net::Endpoint{QHostAddress(partner.lastAddress), partner.lastPort};
    }
    if (candidates.empty()) {
        return std::nullopt;
    }
    return candidates[(hasStored ? turn / 2 : turn) % candidates.size()];
}

void Redialer::scheduleNext() {
    auto delay = m_backoff.next();
    if (m_isLive && m_isLive()) {
        delay = std::min(delay, m_schedule.liveMax);
    }
    m_timer->start(delay);
}

} // namespace twofold::link
