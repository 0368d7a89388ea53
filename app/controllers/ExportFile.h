#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace twofold::app {

// Writes a copy the partners chose to keep (a session summary) to a path the user picked: atomically,
// owner-only (0600: what the partners wrote stays theirs), and never through a symbolic link (saving
// would replace the link's target, somewhere else entirely). Errors: "symlink" (the name is a link;
// nothing was written), "io" (with the system's reason).
Status saveExportFile(const QString& path, const QByteArray& bytes);

} // namespace twofold::app
