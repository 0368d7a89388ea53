#pragma once

#include <QString>
#include <optional>

namespace twofold::session {

// The two partners of a session. A is the inviter (the host of the shared log), B the invitee.
enum class Partner { A, B };

inline Partner other(Partner partner) {
    return partner == Partner::A ? Partner::B : Partner::A;
}

inline int indexOf(Partner partner) {
    return partner == Partner::A ? 0 : 1;
}

inline QString toString(Partner partner) {
    return partner == Partner::A ? QStringLiteral("A") : QStringLiteral("B");
}

inline std::optional<Partner> partnerFromString(const QString& text) {
    if (text == QLatin1String("A")) {
        return Partner::A;
    }
    if (text == QLatin1String("B")) {
        return Partner::B;
    }
    return std::nullopt;
}

} // namespace twofold::session
