#include "core/session/PauseRules.h"

#include <algorithm>

namespace twofold::session {

std::vector<DueEvent> dueEvents(const State& state, qint64 nowMs) {
    std::vector<DueEvent> due;
    if (!state.pause || state.pause->phase != PauseState::Phase::Running || state.ended) {
        return due;
    }
    const auto& pause = *state.pause;
    const auto warningAt = pause.endsAt - pause::kWarningBeforeEndMs;
    if (pause.kind == PauseKind::Break && !pause.warned && nowMs >= warningAt && warningAt > pause.startedAt) {
        due.push_back({PauseWarning{}, warningAt});
    }
    if (nowMs >= pause.endsAt) {
        due.push_back({PauseEnded{}, pause.endsAt});
    }
    return due;
}

std::optional<qint64> nextDueAt(const State& state) {
    if (!state.pause || state.pause->phase != PauseState::Phase::Running || state.ended) {
        return std::nullopt;
    }
    const auto& pause = *state.pause;
    const auto warningAt = pause.endsAt - pause::kWarningBeforeEndMs;
    if (pause.kind == PauseKind::Break && !pause.warned && warningAt > pause.startedAt) {
        return warningAt;
    }
    return pause.endsAt;
}

qint64 remainingMs(const State& state, qint64 hostNowMs) {
    if (!state.pause || state.pause->phase != PauseState::Phase::Running || state.ended) {
        return 0;
    }
    return std::max<qint64>(0, state.pause->endsAt - hostNowMs);
}

} // namespace twofold::session
