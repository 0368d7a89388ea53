#pragma once

#include "app/controllers/SessionViews.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace twofold::app {

class StepModel;
class TextCoach;

// One step of any flow, rendered from its definition: the title, the prompt (or the "waiting" text),
// what was just shared, each enabled action's fields and its button, and a calm inline notice when
// something was refused. The fields are rebuilt only when the step changes; text lives in the
// controller's drafts, so nothing typed is lost.
class ConversationPage final : public QWidget {
    Q_OBJECT
public:
    ConversationPage(StepModel& model, const TextCoach& coach, QWidget* parent = nullptr);

    void refresh();

private:
    void rebuildForms();
    void rebuildEntries();
    QWidget* buildAction(const ActionView& action, QWidget* parent);

    StepModel& m_model;
    const TextCoach& m_coach;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_prompt;
    QWidget* m_entries;
    QVBoxLayout* m_entriesLayout;
    QWidget* m_forms;
    QVBoxLayout* m_formsLayout;
    QLabel* m_notice;
    QString m_formsKey;
    QString m_entriesKey;
};

} // namespace twofold::app
