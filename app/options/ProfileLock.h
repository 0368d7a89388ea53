#pragma once

#include "core/Result.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace twofold::app {

// One profile is used by one process at a time: `twofold`, `twofold-cli` and the demo's temporary
// profiles each hold <profile>/twofold.lock (a QLockFile) while they run. A lock left by a process that
// died (even by kill -9) is taken over: QLockFile checks whether its process still runs.
class ProfileLock {
public:
    static QString fileName() { return QStringLiteral("twofold.lock"); }

    // Creates the profile folder (0700) if needed and takes its lock, without waiting. Errors, each with a
    // message for the user that names the folder:
    //  "profile-unavailable": the folder cannot be created (a file in its place, a read-only parent);
    //  "profile-read-only": the folder exists but nothing can be written in it (the lock file cannot be
    //      made); the message carries the system's reason;
    //  "profile-in-use": another process holds the lock; the message names it and its process id.
    // The messages are English: both programs print them before any translation is loaded.
    static Result<std::unique_ptr<ProfileLock>> acquire(const QString& profile);

    QString profile() const { return m_profile; }

private:
    explicit ProfileLock(const QString& profile);

    QString m_profile;
    QLockFile m_lock;
};

} // namespace twofold::app
