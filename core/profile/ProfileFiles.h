#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace twofold::profile {

// Writing and keeping profile files so that nothing the user had is silently lost.

// No file Twofold writes is ever written through a symbolic link (docs/ARCHITECTURE.md "Profile files"):
// a planted link would otherwise redirect a write (and a chmod) to any file the user can write.

// True when `path` itself is a symbolic link (lstat; a dangling link too).
bool isSymlink(const QString& path);
// True when something (a file, a folder, a link, dangling or not) has this name.
bool pathTaken(const QString& path);
// When `path` is a symbolic link, renames the link itself (never its target) to
// "<path>.symlink-<yyyyMMdd-HHmmss>" ("-2", ... when taken) and returns that name; empty when `path` is no
// link. Errors: `code` with "<path> is a symbolic link and could not be moved aside: <reason>".
Result<QString> moveSymlinkAside(const QString& path, const QString& code);
// chmod that refuses a symbolic link (opens with O_NOFOLLOW, then fchmod). False on any failure.
bool setPermissionsNoFollow(const QString& path, QFileDevice::Permissions permissions);

// Replaces `path` atomically (QSaveFile: a temporary file, then a rename) with `bytes`, the temporary file
// given `permissions` before any byte reaches it. A symbolic link at `path` is first moved aside
// (moveSymlinkAside, logged) so the new file takes its place and the link's target is never touched. Also when the disk
// fills up: Qt 6.4's QSaveFile::commit() reports success after a failed flush and renames an empty file over the old
// one, so the flush is checked first. Errors: `code` with "cannot write <path>: <the system's reason>"; the old file is
// then untouched.
Status writeAtomically(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions,
                       const QString& code);

// Keeping a file that cannot be read aside: it is renamed (Move) or copied (Copy, when the program keeps
// using what it could read) to "<path>.damaged-<yyyyMMdd-HHmmss>", with "-2", "-3", ... when that name is
// taken, owner-only. A symbolic link is moved as the link (its target is neither read nor changed). Returns
// the new path; empty if that failed (then the original must not be written over either).
enum class AsideMode { Move, Copy };
QString keepAside(const QString& path, AsideMode mode);

} // namespace twofold::profile
