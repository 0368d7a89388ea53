#pragma once

#include "core/Result.h"
#include "core/net/TrustedPartner.h"
#include "core/profile/ProfileFiles.h"

#include <QHostAddress>
#include <QString>
#include <optional>
#include <vector>

namespace twofold::net {

// The pinned partners of one profile, kept in <profile>/trusted.json (0600, written atomically).
// A missing file is an empty store. Nothing the user had is ever silently destroyed: a damaged file is
// kept aside (see ProfileFiles.h) before the store starts empty, and a file that cannot be read at all is
// never overwritten (every save fails until a load succeeds).
class TrustStore {
public:
    explicit TrustStore(QString profileDirectory);

    static QString fileName() { return QStringLiteral("trusted.json"); }

    // Errors (also kept in loadProblem(), since Node::start() carries on with an empty store):
    //  "trust-store-unreadable": the file exists but cannot be read (a folder in its place, no permission,
    //      an I/O error); the store is empty and refuses to save.
    //  "trust-store-damaged": not a partners file (bad JSON, wrong shape, over 1 MiB) or some entries are
    //      bad, or a symbolic link stands in its place (never followed: the link itself is moved aside); the
    //      file was moved aside (copied aside when the good entries are kept) to keptAside().
    //      If that failed too, the code is "trust-store-unreadable" with the same refusal to save.
    //  "trust-store-link": trusted.json was a symbolic link (planted to redirect a write): it was neither read
    //      nor followed; the link itself was renamed to keptAside() and the store starts empty.
    Status load();
    const std::optional<Error>& loadProblem() const { return m_loadProblem; }
    QString keptAside() const { return m_keptAside; } // where the last load put a damaged file; else empty

    // The mutators save at once, and only when something changed (the file is never rewritten as it was). Errors:
    // "bad-partner", "not-found", "trust-store-unwritable" (the folder or file cannot be written, e.g. a full disk or
    // read-only profile; the message has the system's reason; add and remove then leave memory as it was,
    // updateLastSeen keeps the new address in memory) and "trust-store-unreadable" (see load()).
    Status add(const TrustedPartner& partner); // replaces the entry with the same deviceId
    Status remove(const QString& deviceId);    // saves; not-found if absent
    Status updateLastSeen(const QString& deviceId, const QHostAddress& address, quint16 port); // saves
    std::optional<TrustedPartner> find(const QString& deviceId) const;
    const std::vector<TrustedPartner>& list() const { return m_partners; }
    bool isEmpty() const { return m_partners.empty(); }
    QString path() const;

private:
    Status save() const;
    Error setAside(profile::AsideMode mode, qsizetype size); // keeps a damaged file aside; the error for load()

    QString m_directory;
    std::vector<TrustedPartner> m_partners;
    std::optional<Error> m_loadProblem;
    QString m_keptAside;
    bool m_refuseWrites = false; // the file on disk could not be read: never write over it
};

} // namespace twofold::net
