#pragma once

#include "app/controllers/SessionViews.h"

#include <QWidget>
#include <utility>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace twofold::app {

class PauseModel;
class StepModel;
class TextCoach;

// One step of any flow, rendered from its definition: the title, the prompt (or the "waiting" text), who
// asked to start and how far the partner is, a kind line when the floor passes, what the partner wrote for
// this partner (the flow's shared fields) that this turn does not show, as "From Sam" cards kept until this
// partner shares something, what was shared in this turn (as sentences, answers included), each enabled
// action's fields and its button, a calm inline notice when something was refused, and the last few words
// written for each other, both ways, under "What you heard from each other" (folded away at first). Each
// part is redrawn when StepModel says it changed; the fields, only when the actions do, and text lives in
// the drafts, so nothing typed is lost. After a step change, or when the focused button goes with an
// action, focus goes to the step's first field or main action, or (waiting for the partner) to the
// prompt: never to the side panel.
class ConversationPage final : public QWidget {
    Q_OBJECT
public:
    ConversationPage(StepModel& model, PauseModel& pause, const TextCoach& coach, QWidget* parent = nullptr);

    void refresh();
    // Focus on the step's first field, else its main action, else (waiting) on the prompt.
    void focusFirst();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showNotes();
    void showPrompt();
    void showPauseOffer();
    void focusWhenShown(); // after a new step's fields, or once shown: focusFirst(), queued
    void rebuildForms();
    void rebuildEntries();
    void rebuildFromPartner();
    void rebuildHistory();
    QWidget* buildAction(const ActionView& action, bool primary, QWidget* parent);

    StepModel& m_model;
    PauseModel& m_pause;
    const TextCoach& m_coach;
    QScrollArea* m_scroll;
    QLabel* m_moment;
    QLabel* m_title;
    QLabel* m_prompt;
    QLabel* m_floorNote;
    QLabel* m_progress;
    QWidget* m_entries;
    QVBoxLayout* m_entriesLayout;
    QWidget* m_fromPartner;
    QVBoxLayout* m_fromPartnerLayout;
    QWidget* m_forms;
    QVBoxLayout* m_formsLayout;
    QPushButton* m_offerPause;
    QLabel* m_notice;
    QPushButton* m_historyToggle;
    QWidget* m_history;
    QVBoxLayout* m_historyLayout;
    std::pair<QString, int> m_formsTurn{QString(), -1}; // the step and round the fields were built for
    bool m_focusPending = true;
};

} // namespace twofold::app
