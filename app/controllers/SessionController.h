#pragma once

#include "app/controllers/SessionViews.h"
#include "core/session/CheckIn.h"
#include "core/session/Clock.h"
#include "core/session/Summary.h"
#include "core/sync/SyncEngine.h"

#include <QObject>
#include <QTimer>
#include <deque>
#include <map>

namespace twofold::app {

class Chime;
class DraftStore;

// Sits between the session pages and the SyncEngine: turns the shared state into what one partner's
// screen shows (floor banner, prompt, fields, enabled actions, pause countdown, received signals) and
// turns clicks into intents. Keeps every draft in the profile's DraftStore until the action it belongs
// to was applied, so typed text survives disconnects, pauses, refusals, a restart and a crash. No
// widgets here; tested on its own.
class SessionController : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString myName;
        QString partnerName; // host: the guest's name for startSession
        QString language;    // for the flow texts: "en", "de"
        int pauseMinutes = 10;
    };

    SessionController(sync::SyncEngine& engine, session::Clock& clock, Chime& chime, DraftStore& drafts,
                      Options options, QObject* parent = nullptr);

    sync::SyncEngine& engine() { return m_engine; }
    session::Partner me() const { return m_engine.me(); }
    QString myName() const;
    QString partnerName() const;
    bool isHost() const { return m_engine.role() == sync::Role::Host; }
    bool linked() const { return m_engine.linked(); }
    // While unlinked: the partner's app closed on purpose (it said so), rather than the network dropping.
    bool partnerClosedApp() const { return m_partnerClosedApp && !linked(); }
    void setPartnerClosedApp();
    // Whether closing the window now would leave the partner mid-conversation.
    bool inConversation() const;
    void setPauseMinutes(int minutes) { m_options.pauseMinutes = minutes; }
    int pauseMinutes() const { return m_options.pauseMinutes; }

    Screen screen() const;

    // Before the session: the private check-in level (never leaves this computer) and the flow.
    session::Activation activation() const { return m_activation; }
    void setActivation(session::Activation activation);
    bool suggestsPause() const { return session::suggestsPause(m_activation); }
    struct FlowChoice {
        QString id;
        QString title;
        QString description;
    };
    std::vector<FlowChoice> flows() const;
    bool canStart() const; // host, not yet started (or the last one ended)
    void start(const QString& flowId);
    void beginAgain(); // host, after a session ended: back to the check-in

    // The current step, as this partner sees it.
    QString floorBanner() const;
    bool iSpeak() const;
    bool myTurn() const; // I may act in this step
    QString stepId() const;
    QString stepTitle() const;
    QString prompt() const; // the step's prompt if I act, else its "waiting" text
    std::vector<ActionView> actions() const;

    // The last contributions, oldest first, so the listener sees what they are reflecting.
    std::vector<EntryView> recentEntries(int count) const;

    QString draft(const QString& action, const QString& field) const;
    void setDraft(const QString& action, const QString& field, const QString& text);
    void submit(const QString& action);

    // A calm, inline explanation of the last refusal; empty when there is none.
    QString notice() const { return m_notice; }

    // Private buttons.
    void requestBreak();  // "I need 10 minutes" (the pause length setting)
    void requestBreath(); // "Ask for a pause": a one-minute breathing pause
    void sendSignal(const QString& signalId);
    void endSession();

    // The pause screen.
    PauseView pause() const;
    void acknowledgePause();
    void extendPause();
    void returnEarly();
    void reEnter(const QString& feeling);
    QString reEntryDraft() const;
    void setReEntryDraft(const QString& text);

    const std::deque<ReceivedSignalView>& receivedSignals() const { return m_received; }

    // The close summary and the export both partners must agree to.
    session::Summary summary() const;
    QString summaryTitle() const;
    bool iAgreedToExport() const;
    bool partnerAgreedToExport() const;
    bool exportAllowed() const;
    Result<QString> exportMarkdown() const;
    bool ended() const;
    // Which session of the shared log this is: the seq of its SessionStarted event (0 before any).
    quint64 sessionStartSeq() const;

    // Re-reads the clock (the countdown); called every second while paused, and by tests.
    void refresh();

Q_SIGNALS:
    void changed(); // anything on screen may have changed
    void noticeChanged(const QString& notice);
    void signalReceived(const twofold::app::ReceivedSignalView& signal);
    void signalSent(const QString& text);
    void linkChanged(bool linked);

private:
    void onEventApplied(const session::Event& event);
    void onRejected(const Error& reason);
    void onReset();
    void act(const session::Payload& payload);
    void setNotice(const QString& notice);
    QString draftKey(const QString& step, const QString& action, const QString& field) const;
    void forgetDraftsOfEarlierSessions(quint64 beforeOrAt);
    void forgetUsedDrafts(const QString& step, const session::FlowAction& action);
    const session::StepDef* step() const;
    bool canAct(const session::StepDef& step, const session::ActionDef& action) const;
    QString nameOf(session::Partner partner) const;

    sync::SyncEngine& m_engine;
    session::Clock& m_clock;
    Chime& m_chime;
    DraftStore& m_drafts;
    Options m_options;
    session::Activation m_activation = session::Activation::Settled;
    bool m_beginAgain = false;
    bool m_partnerClosedApp = false;
    QString m_notice;
    QString m_lastStep;
    QString m_extensionNote;
    std::deque<ReceivedSignalView> m_received;
    QTimer m_ticker;
};

} // namespace twofold::app
