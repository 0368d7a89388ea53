#pragma once

#include "core/link/Backoff.h"
#include "core/net/Connection.h"
#include "core/net/Node.h"
#include "core/net/TrustedPartner.h"
#include "core/timing/Clock.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace twofold::link {

// Keeps dialling a remembered partner until a pinned connection is ready (docs/PROTOCOL.md §8.6), on the
// injected clock. The first attempt goes out at once; then one every `first`, doubling up to `max` - but
// while a session is live (isLive()) never more than `liveMax` apart, so that the link is back within a
// second of the network returning, however long it was gone. Attempts may overlap: one whose SYN was lost
// during the outage would otherwise hold the next back for seconds; at most `inFlight` run at once (the
// oldest gives way).
// Where: the partner's stored (verified) address, and every other attempt one of the candidate addresses
// that announcements gave (net::Node::candidateAddresses(), round robin), so a partner that moved is found
// and a spoofed announcement can at most take every second attempt. A certificate that does not match the
// pin at the stored address stops the dialling at once (identityChanged); at a candidate address it only
// means someone else answered there: that candidate is dropped and the dialling goes on.
class Redialer : public QObject {
    Q_OBJECT
public:
    struct Schedule {
        std::chrono::milliseconds first{250};
        std::chrono::milliseconds max{4000};
        std::chrono::milliseconds liveMax{500};
        int inFlight = 3;
    };

    Redialer(net::Node& node, const timing::Clock& clock, Schedule schedule, std::function<bool()> isLive,
             QObject* parent = nullptr);
    ~Redialer() override;

    // Starts (or keeps) dialling `partner` at its last known address.
    void start(const net::TrustedPartner& partner);
    // Stops dialling; attempts under way are closed with `reason`.
    void stop(net::CloseReason reason = net::CloseReason::Local);
    bool isRunning() const { return m_running; }
    int attemptsInFlight() const { return static_cast<int>(m_attempts.size()); }

Q_SIGNALS:
    // A pinned connection to the partner is ready: the receiver owns it (deleteLater() after closed()).
    void connected(twofold::net::Connection* connection, const twofold::net::TrustedPartner& partner);
    // The partner's own stored address answered with another certificate: this computer cannot prove it is
    // the partner any more. Dialling has stopped. Never emitted for a candidate address.
    void identityChanged(const twofold::net::TrustedPartner& partner);
    // The partner answered but speaks protocol version `peerVersion`, not ours; dialling goes on.
    void versionMismatch(const twofold::net::TrustedPartner& partner, int peerVersion);
    // Someone else answered at a candidate address (pin mismatch); dialling goes on. For logs and tests.
    void impostorRefused(const twofold::net::Endpoint& endpoint);

private:
    void attempt();
    void scheduleNext();
    std::optional<net::Endpoint> nextEndpoint(const net::TrustedPartner& partner);

    net::Node& m_node;
    Schedule m_schedule;
    std::function<bool()> m_isLive;
    Backoff m_backoff;
    std::unique_ptr<timing::ClockTimer> m_timer;
    net::TrustedPartner m_partner;
    std::vector<QPointer<net::Connection>> m_attempts; // oldest first
    bool m_running = false;
    std::size_t m_dialCount = 0; // attempts since start(): even ones go to the stored address
};

} // namespace twofold::link
