#pragma once

#include "app/controllers/SessionViews.h"
#include "core/session/Event.h"

#include <QObject>
#include <QTimer>

namespace twofold::app {

class Chime;
class SessionContext;

// Pauses, from both sides (DESIGN §4): asking for one ("I need N minutes", a one-minute breath), the
// pause screen's countdown and calm texts, acknowledging, extending, coming back early, and the
// one-line re-entry (its draft kept like any other). Chimes: one minute left (to the one who paused)
// and the end (to both).
class PauseModel final : public QObject {
    Q_OBJECT
public:
    // "Ask for a pause": a short shared breath, in seconds.
    static constexpr int kBreathSeconds = 60;

    PauseModel(SessionContext& context, Chime& chime, QObject* parent = nullptr);

    void requestBreak(); // "I need N minutes" (the pause length setting)
    void requestBreath();
    // Whether the host would accept a pause now (session::pauseRefusal): a session runs and no pause does.
    bool canRequest() const;
    int pauseMinutes() const;
    QString partnerInText() const; // as it goes into a sentence (SessionContext::nameInText)

    PauseView view() const;
    void acknowledge();
    void extend();
    void returnEarly();
    void reEnter(const QString& feeling);
    QString reEntryDraft() const;
    void setReEntryDraft(const QString& text);

    // Re-reads the clock (the countdown); called every second while paused, and by tests.
    void refresh();

Q_SIGNALS:
    // Each only when what it names changed: the countdown's text once a second while a pause runs, the
    // rest of view() when a pause starts, ends, is acknowledged, extended or comes to re-entry.
    void countdownChanged(); // view().countdown, view().remainingSeconds
    void stateChanged();     // anything else in view()
    void minutesChanged();   // pauseMinutes(), the length of "I need N minutes"

private:
    void update();
    void onEventApplied(const session::Event& event);
    void forgetUsedReEntryDraft(const session::Event& event); // my re-entry line was shared: its draft goes
    QString reEntryKey() const;

    SessionContext& m_context;
    Chime& m_chime;
    QString m_extensionNote;
    QTimer m_ticker;
    PauseView m_shown; // view() as last told
};

} // namespace twofold::app
