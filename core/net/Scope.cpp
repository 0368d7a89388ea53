#include "core/net/Scope.h"

#include <QtGlobal>

namespace twofold::net {

std::optional<Scope> parseScope(QStringView text) {
    const auto trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("loopback"), Qt::CaseInsensitive) == 0) {
        return Scope::Loopback;
    }
    if (trimmed.compare(QLatin1String("lan"), Qt::CaseInsensitive) == 0) {
        return Scope::Lan;
    }
    return std::nullopt;
}

QString toString(Scope scope) {
    return scope == Scope::Loopback ? QStringLiteral("loopback") : QStringLiteral("lan");
}

bool scopeAllows(Scope scope, const QHostAddress& address) {
    if (scope == Scope::Lan) {
        return !address.isNull();
    }
    return address.isLoopback();
}

} // namespace twofold::net
