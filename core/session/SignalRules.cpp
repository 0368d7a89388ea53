#include "core/session/SignalRules.h"

#include "core/session/Rejections.h"
#include "core/session/SignalCatalogue.h"

#include <algorithm>

namespace twofold::session {

std::optional<Error> signalDuringPauseRefusal(const State& state, Partner by, const QString& signalId) {
    const auto& pause = state.pause;
    if (pause && pause->kind == PauseKind::Break && pause->phase == PauseState::Phase::Running && pause->by != by &&
        !isReassuring(signalId)) {
        return rejection::signalWaits(state.names[static_cast<std::size_t>(indexOf(pause->by))]);
    }
    return std::nullopt;
}

std::optional<Error> signalRateRefusal(const State& state, Partner by, const QString& signalId, qint64 atMs) {
    int recent = 0;
    for (auto it = state.signals.rbegin(); it != state.signals.rend(); ++it) {
        const qint64 ago = atMs - it->at;
        if (ago >= std::max(kSameSignalMs, kBurstMs)) {
            break; // signals are in log order, so their stamps only grow
        }
        if (it->by != by) {
            continue;
        }
        if (it->signalId == signalId && ago < kSameSignalMs) {
            return rejection::signalTooSoon(state.names[static_cast<std::size_t>(indexOf(other(by)))]);
        }
        if (ago < kBurstMs && ++recent >= kBurstCount) {
            return rejection::signalTooSoon(state.names[static_cast<std::size_t>(indexOf(other(by)))]);
        }
    }
    return std::nullopt;
}

} // namespace twofold::session
