#pragma once

#include "app/controllers/TextCoach.h"

#include <QPlainTextEdit>

class QLabel;

namespace twofold::app {

// A text field of a flow action: the coach's soft underlines while typing and a gentle hint below
// (a separate label the page places, whose space is kept so nothing below it moves). Tab moves on, so
// the keyboard path stays simple; Ctrl+Enter sends the form, and so does Enter in a one-line field.
class DraftEdit final : public QPlainTextEdit {
    Q_OBJECT
public:
    DraftEdit(const TextCoach& coach, bool multiline, int maxLength, QWidget* parent = nullptr);

    // The label that shows the suggestion for the flagged words near the cursor (owned by the page).
    void setHintLabel(QLabel* hint);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateHint();
    int lines() const { return m_multiline ? 3 : 1; }

    const TextCoach& m_coach;
    bool m_multiline;
    int m_maxLength;
    QLabel* m_hint = nullptr;
};

} // namespace twofold::app
