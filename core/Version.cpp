#include "core/Version.h"

namespace twofold {

QString applicationVersion() {
    return QStringLiteral(TWOFOLD_VERSION);
}

} // namespace twofold
