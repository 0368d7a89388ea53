#include "core/session/PauseRules.h"

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

} // namespace twofold::session
