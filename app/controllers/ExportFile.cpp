#include "app/controllers/ExportFile.h"

#include "core/profile/ProfileFiles.h"

namespace twofold::app {

Status saveExportFile(const QString& path, const QByteArray& bytes) {
    if (profile::isSymlink(path)) {
        return Error{QStringLiteral("symlink"), QStringLiteral("%1 is a symbolic link").arg(path)};
    }
    return profile::writeAtomically(path, bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                                    QStringLiteral("io"));
}

} // namespace twofold::app
