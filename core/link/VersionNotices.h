#pragma once

#include "core/net/PairingFailure.h"
#include "core/timing/Clock.h"

#include <QCoreApplication>
#include <QString>
#include <map>
#include <utility>

namespace twofold::link {

// "Needs an update" (docs/PROTOCOL.md §5.1): the failure code and sentence for a partner of another
// protocol version, and how often a device of another version that keeps dialling in is told about
// (at most once a minute per device, and about at most 16 devices a minute), on the injected clock.
class VersionNotices {
    Q_DECLARE_TR_FUNCTIONS(twofold::link::VersionNotices)

public:
    explicit VersionNotices(const timing::Clock& clock) : m_clock(clock) {}

    // {NeedsUpdate, …} when the peer's version is newer than ours (this Twofold is the older one),
    // else {PartnerNeedsUpdate, …}. `name` may be empty ("Your partner").
    static std::pair<net::PairingFailure, QString> failureFor(int peerVersion, const QString& name);

    // True when the user may be told about this device now (and counts that it was).
    bool mayTell(const QString& deviceId);

private:
    const timing::Clock& m_clock;
    std::map<QString, qint64> m_toldAt; // device id -> when it was last told, within the last minute
};

} // namespace twofold::link
