#pragma once

#include "core/timing/Clock.h"

#include <QHostAddress>
#include <QString>
#include <chrono>
#include <vector>

namespace twofold::link {

// Who may put an invitation in front of this side's user (docs/PROTOCOL.md §7.1 "Invitation limits"), on
// the injected clock. A device the user declined (by its identity, the device id: never by the address it
// came from, which other devices may share) is turned away quietly for `quietAfterDecline`; at most
// `perAddressPerMinute` pairing attempts from one address and `perMinute` in all are let in per rolling
// minute. Remembered partners never come here (they link).
// Memory is bounded: only admitted attempts of the last minute and the user's own declines are kept.
class InvitationLimits {
public:
    struct Limits {
        std::chrono::milliseconds quietAfterDecline{120000};
        int perAddressPerMinute = 5;
        int perMinute = 20;
    };
    enum class Verdict {
        Admit,    // counted; the attempt may go on
        Declined, // the user declined this device a moment ago
        TooMany,  // the per-address or overall budget of this minute is spent
    };

    explicit InvitationLimits(const timing::Clock& clock);
    InvitationLimits(const timing::Clock& clock, Limits limits);

    // A new pairing attempt from a stranger; an admitted one counts against this minute's budgets.
    Verdict admit(const QString& deviceId, const QHostAddress& address);
    // The user declined an invitation from this device.
    void declined(const QString& deviceId);

private:
    struct Seen {
        QString deviceId;
        QHostAddress address;
        qint64 atMs = 0;
    };
    struct Declined {
        QString deviceId;
        qint64 atMs = 0;
    };
    void forgetOld(qint64 now);

    const timing::Clock& m_clock;
    Limits m_limits;
    std::vector<Seen> m_admitted;     // within the last minute, oldest first
    std::vector<Declined> m_declined; // within quietAfterDecline
};

} // namespace twofold::link
