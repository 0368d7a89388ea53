#include "core/net/ProfileFiles.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace twofold::net {

Status writeAtomically(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions,
                       const QString& code) {
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
    QFile::setPermissions(path, permissions);
    return Ok{};
}

QString keepAside(const QString& path, AsideMode mode) {
    const QString stem =
        path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stem;
    for (int attempt = 2; QFile::exists(aside); ++attempt) {
        aside = stem + QLatin1Char('-') + QString::number(attempt);
    }
    const bool kept = mode == AsideMode::Move ? QFile::rename(path, aside) : QFile::copy(path, aside);
    if (!kept) {
        return {};
    }
    QFile::setPermissions(aside, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return aside;
}

} // namespace twofold::net
