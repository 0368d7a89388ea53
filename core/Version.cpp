#include "core/Version.h"

namespace twofold {

QString applicationVersion() {
    return QStringLiteral(TWOFOLD_VERSION);
}

QString applicationId() {
    return QStringLiteral(TWOFOLD_APP_ID);
}

} // namespace twofold
