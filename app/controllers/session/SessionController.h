#pragma once

#include "app/controllers/SessionViews.h"
#include "app/controllers/session/CheckInModel.h"
#include "app/controllers/session/PauseModel.h"
#include "app/controllers/session/SessionContext.h"
#include "app/controllers/session/SignalsModel.h"
#include "app/controllers/session/StepModel.h"
#include "app/controllers/session/SummaryModel.h"

#include <QObject>

namespace twofold::app {

class Chime;
class DraftStore;

// One partner's session, as the screens see it: a thin composition of one model per screen
// (check-in, current step with its drafts, pause, received signals, summary) over a shared
// SessionContext, plus which screen shows now. Pages take the one model they show; none reaches
// into core. No widgets here; tested on its own.
class SessionController final : public QObject {
    Q_OBJECT
public:
    using Options = SessionContext::Options;

    SessionController(sync::SyncEngine& engine, session::Clock& clock, Chime& chime, DraftStore& drafts,
                      Options options, QObject* parent = nullptr);

    CheckInModel& checkIn() { return m_checkIn; }
    StepModel& step() { return m_step; }
    const StepModel& step() const { return m_step; }
    PauseModel& pause() { return m_pause; }
    const PauseModel& pause() const { return m_pause; }
    SignalsModel& repairSignals() { return m_signals; }
    SummaryModel& summary() { return m_summary; }
    const SummaryModel& summary() const { return m_summary; }

    Screen screen() const;
    QString partnerInText() const { return m_context.partnerInText(); } // for a sentence
    bool linked() const { return m_context.linked(); }
    bool partnerClosedApp() const { return m_context.partnerClosedApp(); }
    void setPartnerClosedApp() { m_context.setPartnerClosedApp(); }
    void setPauseMinutes(int minutes) { m_context.setPauseMinutes(minutes); }
    int pauseMinutes() const { return m_context.pauseMinutes(); }
    // A conversation is under way: closing the window now would leave the partner in the middle of it.
    bool inConversation() const;
    // "End session": ends it for both, with no alarming signal.
    void endSession();

Q_SIGNALS:
    void screenChanged();   // the screen to show may have changed (any event, a reset, begin again)
    void presenceChanged(); // the link came or went, or the partner's app closed

private:
    // The engine stays behind the models: no page reaches it.
    SessionContext& context() { return m_context; }

    // Connects the screen to the engine's events; true once done.
    bool followEvents(sync::SyncEngine& engine);

    // In this order on purpose: each event reaches the check-in first (screen() reads it), then the screen
    // (the page to show is switched), and only then the models of what a page shows, so that a page about
    // to be hidden never redraws for the next screen.
    SessionContext m_context;
    CheckInModel m_checkIn;
    bool m_followsEvents;
    StepModel m_step;
    PauseModel m_pause;
    SignalsModel m_signals;
    SummaryModel m_summary;
};

} // namespace twofold::app
