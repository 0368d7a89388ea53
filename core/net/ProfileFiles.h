#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace twofold::net {

// Writing and keeping profile files so that nothing the user had is silently lost.

// Replaces `path` atomically (QSaveFile: a temporary file, then a rename) with `bytes`, the temporary file
// given `permissions` before any byte reaches it. Also when the disk fills up: Qt 6.4's QSaveFile::commit()
// reports success after a failed flush and renames an empty file over the old one, so the flush is checked
// first. Errors: `code` with "cannot write <path>: <the system's reason>"; the old file is then untouched.
Status writeAtomically(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions,
                       const QString& code);

// Keeping a file that cannot be read aside: it is renamed (Move) or copied (Copy, when the program keeps
// using what it could read) to "<path>.damaged-<yyyyMMdd-HHmmss>", with "-2", "-3", ... when that name is
// taken, owner-only. Returns the new path; empty if that failed (then the original must not be written over
// either).
enum class AsideMode { Move, Copy };
QString keepAside(const QString& path, AsideMode mode);

} // namespace twofold::net
