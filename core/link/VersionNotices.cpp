#include "core/link/VersionNotices.h"

#include "core/protocol/MessageTypes.h"
#include "core/protocol/Version.h"

namespace twofold::link {
namespace {

constexpr qint64 kOncePerMs = 60'000;
constexpr std::size_t kMaxDevices = 16;

} // namespace

std::pair<net::PairingFailure, QString> VersionNotices::failureFor(int peerVersion, const QString& name) {
    const QString who = name.isEmpty() ? tr("Your partner") : name;
    if (protocol::compareWithOurs(peerVersion) == protocol::VersionGap::PeerNewer) {
        return {net::PairingFailure::NeedsUpdate,
                tr("This Twofold needs an update to connect with %1 (it speaks protocol version %2, this one %3).")
                    .arg(who)
                    .arg(peerVersion)
                    .arg(protocol::kProtocolVersion)};
    }
    return {net::PairingFailure::PartnerNeedsUpdate,
            tr("%1's Twofold needs an update (it speaks protocol version %2, this one %3).")
                .arg(who)
                .arg(peerVersion)
                .arg(protocol::kProtocolVersion)};
}

bool VersionNotices::mayTell(const QString& deviceId) {
    const qint64 now = m_clock.nowMs();
    std::erase_if(m_toldAt, [now](const auto& entry) { return now - entry.second >= kOncePerMs; });
    if (m_toldAt.size() >= kMaxDevices || m_toldAt.contains(deviceId)) {
        return false;
    }
    m_toldAt[deviceId] = now;
    return true;
}

} // namespace twofold::link
