#include "core/coach/Languages.h"

#include <QDir>

namespace twofold::coach {

QStringList availableLanguages() {
    const QDir dir(QStringLiteral(":/coach"));
    QStringList languages;
    for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        languages.append(file.chopped(5));
    }
    return languages;
}

} // namespace twofold::coach
