#include "app/controllers/session/SessionController.h"

namespace twofold::app {

SessionController::SessionController(sync::SyncEngine& engine, session::Clock& clock, Chime& chime, DraftStore& drafts,
                                     Options options, QObject* parent)
    : QObject(parent), m_context(engine, clock, drafts, std::move(options)), m_checkIn(m_context),
      m_followsEvents(followEvents(engine)), m_step(m_context), m_pause(m_context, chime), m_signals(m_context, chime),
      m_summary(m_context) {
    connect(&m_checkIn, &CheckInModel::stageChanged, this, &SessionController::screenChanged);
    connect(&m_context, &SessionContext::partnerPresenceChanged, this, &SessionController::presenceChanged);
}

bool SessionController::followEvents(sync::SyncEngine& engine) {
    connect(&engine, &sync::SyncEngine::eventApplied, this, &SessionController::screenChanged);
    connect(&engine, &sync::SyncEngine::sessionReset, this, &SessionController::screenChanged);
    connect(&engine, &sync::SyncEngine::caughtUp, this, &SessionController::screenChanged);
    return true;
}

Screen SessionController::screen() const {
    const auto& state = m_context.state();
    if (!state.started || (m_checkIn.wantsBeginAgain() && m_checkIn.canStart()) || m_checkIn.joinPending() ||
        m_checkIn.holding()) {
        return Screen::CheckIn;
    }
    if (state.ended) {
        return Screen::Summary;
    }
    if (state.paused()) {
        return Screen::Pause;
    }
    const auto* step = m_context.step();
    return step != nullptr && step->final ? Screen::Summary : Screen::Conversation;
}

bool SessionController::inConversation() const {
    const auto& state = m_context.state();
    return state.started && !state.ended && screen() != Screen::Summary;
}

void SessionController::endSession() {
    m_context.act(session::SessionEnded{});
}

} // namespace twofold::app
