#include "app/options/ProfileLock.h"

#include "core/profile/ProfileFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

namespace twofold::app {
namespace {

// Why nothing can be written in `folder`: the system's words for it, from an attempt to create a file.
QString writeFailureReason(const QString& folder) {
    QFile probe(QDir(folder).filePath(QStringLiteral(".twofold-write-test")));
    if (probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)) { // O_EXCL: never through a planted link
        probe.close();
        probe.remove();
        return QStringLiteral("the lock file cannot be created");
    }
    return probe.errorString();
}

} // namespace

ProfileLock::ProfileLock(const QString& profile) : m_profile(profile), m_lock(QDir(profile).filePath(fileName())) {
    m_lock.setStaleLockTime(0); // never stale by age: only when its process is gone
}

Result<std::unique_ptr<ProfileLock>> ProfileLock::acquire(const QString& profile) {
    const QFileInfo info(profile);
    if (info.exists() && !info.isDir()) {
        return Error{QStringLiteral("profile-unavailable"),
                     QStringLiteral("the profile %1 is a file, not a folder; use another --profile").arg(profile)};
    }
    if (!info.exists()) {
        std::error_code error;
        std::filesystem::create_directories(std::filesystem::path(QFile::encodeName(profile).toStdString()), error);
        if (error) {
            return Error{QStringLiteral("profile-unavailable"),
                         QStringLiteral("cannot create the profile folder %1: %2")
                             .arg(profile, QString::fromLocal8Bit(error.message().c_str()))};
        }
        QFile::setPermissions(profile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // QLockFile never makes a link: one in its place was planted. It would read as a lock held forever by
    // "process 0" (and its target would be read): moved aside, as the link.
    if (auto moved = profile::moveSymlinkAside(QDir(profile).filePath(fileName()), QStringLiteral("profile-read-only"));
        !moved) {
        return moved.error();
    }
    std::unique_ptr<ProfileLock> lock(new ProfileLock(profile));
    if (lock->m_lock.tryLock(0)) { // QLockFile creates with O_EXCL: a planted link is never followed
        profile::setPermissionsNoFollow(QDir(profile).filePath(fileName()),
                                        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return lock;
    }
    switch (lock->m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString program;
        lock->m_lock.getLockInfo(&pid, &host, &program);
        return Error{QStringLiteral("profile-in-use"),
                     QStringLiteral("the profile %1 is in use by %2 (process %3); close it first, or use another "
                                    "--profile")
                         .arg(profile, program.isEmpty() ? QStringLiteral("another program") : program)
                         .arg(pid)};
    }
    case QLockFile::PermissionError:
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        break;
    }
    return Error{QStringLiteral("profile-read-only"),
                 QStringLiteral("cannot write in the profile folder %1: %2").arg(profile, writeFailureReason(profile))};
}

} // namespace twofold::app
