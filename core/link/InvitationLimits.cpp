#include "core/link/InvitationLimits.h"

#include <algorithm>

namespace twofold::link {
namespace {

constexpr qint64 kMinuteMs = 60'000;

} // namespace

InvitationLimits::InvitationLimits(const timing::Clock& clock) : InvitationLimits(clock, Limits{}) {}

InvitationLimits::InvitationLimits(const timing::Clock& clock, Limits limits) : m_clock(clock), m_limits(limits) {}

InvitationLimits::Verdict InvitationLimits::admit(const QString& deviceId, const QHostAddress& address) {
    const qint64 now = m_clock.nowMs();
    forgetOld(now);
    // By the device's identity alone, never by its address: devices share one (every one on loopback, a
    // household behind one router's NAT), and "Not now" to one of them is not "not now" to the others. A
    // stranger who makes a new key for each attempt is still held by the per-address budget below.
    const bool declined = std::any_of(m_declined.begin(), m_declined.end(),
                                      [&](const Declined& seen) { return seen.deviceId == deviceId; });
    if (declined) {
        return Verdict::Declined;
    }
    const auto fromAddress = std::count_if(m_admitted.begin(), m_admitted.end(), [&](const Seen& seen) {
        return seen.address.isEqual(address, QHostAddress::TolerantConversion);
    });
    if (fromAddress >= m_limits.perAddressPerMinute || std::ssize(m_admitted) >= m_limits.perMinute) {
        return Verdict::TooMany;
    }
    m_admitted.push_back({deviceId, address, now});
    return Verdict::Admit;
}

void InvitationLimits::declined(const QString& deviceId) {
    const qint64 now = m_clock.nowMs();
    forgetOld(now);
    m_declined.push_back({deviceId, now});
}

void InvitationLimits::forgetOld(qint64 now) {
    std::erase_if(m_admitted, [&](const Seen& seen) { return now - seen.atMs >= kMinuteMs; });
    std::erase_if(m_declined,
                  [&](const Declined& seen) { return now - seen.atMs >= m_limits.quietAfterDecline.count(); });
}

} // namespace twofold::link
