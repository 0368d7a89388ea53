#pragma once

#include "core/Result.h"
#include "core/net/TrustedPartner.h"

#include <QHostAddress>
#include <QString>
#include <optional>
#include <vector>

namespace twofold::net {

// The pinned partners of one profile, kept in <profile>/trusted.json (0600, written atomically).
// A missing file is an empty store; a corrupt one is logged and treated as empty (never a crash).
class TrustStore {
public:
    explicit TrustStore(QString profileDirectory);

    static QString fileName() { return QStringLiteral("trusted.json"); }

    Status load();
    Status add(const TrustedPartner& partner); // replaces the entry with the same deviceId; saves
    Status remove(const QString& deviceId);    // saves; not-found if absent
    Status updateLastSeen(const QString& deviceId, const QHostAddress& address, quint16 port); // saves
    std::optional<TrustedPartner> find(const QString& deviceId) const;
    const std::vector<TrustedPartner>& list() const { return m_partners; }
    bool isEmpty() const { return m_partners.empty(); }
    QString path() const;

private:
    Status save() const;

    QString m_directory;
    std::vector<TrustedPartner> m_partners;
};

} // namespace twofold::net
