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

Result<Scope> resolveScope(const std::optional<QString>& flag) {
    if (flag.has_value()) {
        if (const auto scope = parseScope(*flag)) {
            return *scope;
        }
        return Error{QStringLiteral("bad-scope"), QStringLiteral("scope must be 'loopback' or 'lan'")};
    }
    const QString fromEnvironment = qEnvironmentVariable(kScopeEnvironmentVariable);
    if (!fromEnvironment.isEmpty()) {
        if (const auto scope = parseScope(fromEnvironment)) {
            return *scope;
        }
        return Error{QStringLiteral("bad-scope"), QStringLiteral("TWOFOLD_NET_SCOPE must be 'loopback' or 'lan'")};
    }
    return Scope::Lan;
}

bool scopeAllows(Scope scope, const QHostAddress& address) {
    if (scope == Scope::Lan) {
        return !address.isNull();
    }
    return address.isLoopback();
}

} // namespace twofold::net
