#include "core/profile/ProfileFiles.h"

#include "core/log/Log.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twofold::profile {
namespace {

QString asideName(const QString& path, const QString& what) {
    const QString stem = path + what + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stem;
    for (int attempt = 2; pathTaken(aside); ++attempt) {
        aside = stem + QLatin1Char('-') + QString::number(attempt);
    }
    return aside;
}

mode_t toMode(QFileDevice::Permissions permissions) {
    mode_t mode = 0;
    const std::pair<QFileDevice::Permission, mode_t> bits[] = {
        {QFileDevice::ReadOwner, S_IRUSR}, {QFileDevice::WriteOwner, S_IWUSR}, {QFileDevice::ExeOwner, S_IXUSR},
        {QFileDevice::ReadGroup, S_IRGRP}, {QFileDevice::WriteGroup, S_IWGRP}, {QFileDevice::ExeGroup, S_IXGRP},
        {QFileDevice::ReadOther, S_IROTH}, {QFileDevice::WriteOther, S_IWOTH}, {QFileDevice::ExeOther, S_IXOTH}};
    for (const auto& [flag, bit] : bits) {
        if (permissions.testFlag(flag)) {
            mode |= bit;
        }
    }
    return mode;
}

} // namespace

bool isSymlink(const QString& path) {
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISLNK(info.st_mode);
}

bool pathTaken(const QString& path) {
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

Result<QString> moveSymlinkAside(const QString& path, const QString& code) {
    if (!isSymlink(path)) {
        return QString();
    }
    const QString aside = asideName(path, QStringLiteral(".symlink-"));
    if (::rename(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return Error{code, QStringLiteral("%1 is a symbolic link and could not be moved aside: %2").arg(path, reason)};
    }
    log::get(log::Module::NetTrust)
        ->warn("a symbolic link stood in place of a profile file; moved aside, not followed");
    return aside;
}

bool setPermissionsNoFollow(const QString& path, QFileDevice::Permissions permissions) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool changed = ::fchmod(fd, toMode(permissions)) == 0;
    ::close(fd);
    return changed;
}

Status writeAtomically(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions,
                       const QString& code) {
    // QSaveFile resolves a symbolic link and writes to its target: the link goes aside first.
    if (auto moved = moveSymlinkAside(path, code); !moved) {
        return moved.error();
    }
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        file.setPermissions(permissions); // the temporary file, before the bytes reach it
        written = file.write(bytes) == bytes.size() && file.flush() && file.commit();
    }
    if (!written) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{code, QStringLiteral("cannot write %1: %2").arg(path, reason)};
    }
    setPermissionsNoFollow(path, permissions);
    return Ok{};
}

QString keepAside(const QString& path, AsideMode mode) {
    const QString aside = asideName(path, QStringLiteral(".damaged-"));
    // A link is always moved as the link: copying would read its target, chmod would change it.
    const bool kept = mode == AsideMode::Move || isSymlink(path)
                          ? ::rename(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) == 0
                          : QFile::copy(path, aside);
    if (!kept) {
        return {};
    }
    setPermissionsNoFollow(aside, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return aside;
}

} // namespace twofold::profile
