#pragma once

#include "app/controllers/SessionViews.h"
#include "app/controllers/session/WordsSaid.h"
#include "core/session/SessionState.h"

#include <QObject>
#include <vector>

namespace twofold::app {

class SessionContext;

// The current step of the flow as one partner sees it: who holds the floor, the prompt (or what the
// partner is doing), the actions with their fields and whether each is open now (from the same rule
// the host applies: session::allowedActions), what was shared last, and the drafts being typed, kept on
// disk until the action that used them is applied.
class StepModel final : public QObject {
    Q_OBJECT
public:
    explicit StepModel(SessionContext& context, QObject* parent = nullptr);

    QString stepId() const;
    QString stepTitle() const;
    int round() const;
    QString floorBanner() const;
    bool iSpeak() const;
    bool myTurn() const; // some action of this step is open to me (not counting "take back")
    // Nothing left here for me but to wait: not my turn, or I completed this Both step (the prompt then
    // says what the partner is doing).
    bool waitingForPartner() const;
    QString prompt() const; // the step's prompt if I act, else its "waiting" text
    std::vector<ActionView> actions() const;
    // The last `count` contributions, oldest first, so the listener sees what they are reflecting.
    std::vector<EntryView> recentEntries(int count) const;

    QString draft(const QString& action, const QString& field) const;
    void setDraft(const QString& action, const QString& field, const QString& text);
    void submit(const QString& action);

    // Both steps: how far the partner is ("Sam is ready — take your time."); empty elsewhere.
    QString partnerProgress() const;
    // Who asked to start, on both screens: during the check-in, then once more when the first turn begins
    // (with the coin's result if a coin decided). Empty when there is nothing to tell.
    QString floorNote() const;
    // A kind line when the floor has just passed ("Thank you, Sam. Now it's Alex's turn to be heard.").
    QString momentNote() const;
    // The entries of the current turn (the statement being reflected stays in view), at most `limit`.
    std::vector<EntryView> turnEntries(int limit = 6) const;
    // What the partner wrote for me (the flow's `shared` fields only) that this turn does not show already,
    // oldest first: each stays until I share something myself ("From Sam" cards). The validation that
    // passes the floor is one: it belongs to the turn that just ended.
    std::vector<EntryView> fromPartner() const;
    // The last `count` things either of us wrote for the other (shared fields only), oldest first.
    std::vector<EntryView> sharedHistory(int count = 4) const;
    // My last answer here offered a pause ("I need some time…"): offer "I need N minutes" right here.
    bool pauseOffered() const;

    QString notice() const;
    QString partnerInText() const; // as it goes into a sentence (SessionContext::nameInText)

Q_SIGNALS:
    // Each says that one part of what this model shows changed, and only then: an event that changes none
    // of them (a signal, the partner's pause being acknowledged) emits nothing.
    void floorChanged();        // floorBanner()
    void promptChanged();       // stepTitle(), prompt()
    void notesChanged();        // momentNote(), floorNote(), partnerProgress()
    void actionsChanged();      // actions() with their fields, or a new step or turn (stepId(), round())
    void entriesChanged();      // turnEntries()
    void partnerWordsChanged(); // fromPartner()
    void historyChanged();      // sharedHistory()
    void pauseOfferChanged();   // pauseOffered()
    void noticeChanged(const QString& notice);

private:
    // What the screens show, as last told: update() compares it with the state and emits what changed.
    struct Shown {
        QString floor;
        QString title;
        QString prompt;
        QString moment;
        QString floorNote;
        QString progress;
        QString stepId;
        int round = 0;
        std::vector<ActionView> actions;
        std::vector<EntryView> entries;
        std::vector<EntryView> fromPartner;
        std::vector<EntryView> history;
        bool pauseOffered = false;
    };
    Shown shownNow() const;
    void update();
    void onEventApplied(const session::Event& event);
    void forgetUsedDrafts(const QString& step, const session::FlowAction& action);

    SessionContext& m_context;
    WordsSaid m_words; // what the partners wrote, as the page shows it
    QString m_lastStep;
    int m_lastRound = 1;
    QString m_moment;
    Shown m_shown;
};

} // namespace twofold::app
