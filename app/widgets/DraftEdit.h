#pragma once

#include "app/controllers/TextCoach.h"

#include <QPlainTextEdit>

class QLabel;

namespace twofold::app {

class CoachHighlighter;

// A text field of a flow action: the coach's soft underlines while typing and a gentle hint below
// (a separate label the page places, of a fixed height of kHintLines lines, so nothing below it moves).
// Tab moves on, so the keyboard path stays simple; Ctrl+Enter sends the form, and so does Enter in a
// one-line field.
class DraftEdit final : public QPlainTextEdit {
    Q_OBJECT
public:
    DraftEdit(const TextCoach& coach, bool multiline, int maxLength, QWidget* parent = nullptr);

    // The label that shows the suggestion for the flagged words near the cursor (owned by the page).
    void setHintLabel(QLabel* hint);
    // The field label's opening that the draft continues (coach::leadInOf): the coach reads the draft after
    // it, so "stop checking your phone" under "Would you be willing to …?" is the request it completes.
    void setCoachLeadIn(const QString& leadIn);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The lines kept for the hint: a longer one is shortened with "…", its whole text in the tooltip.
    static constexpr int kHintLines = 3;

Q_SIGNALS:
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateHint();
    void reserveHintSpace();
    void showHint();
    bool hintFits(const QString& text); // leaves `text` in the hint label
    QString fittedHint(const QString& full);
    int lines() const { return m_multiline ? 3 : 1; }

    const TextCoach& m_coach;
    bool m_multiline;
    int m_maxLength;
    QLabel* m_hint = nullptr;
    CoachHighlighter* m_highlighter = nullptr;
    QString m_leadIn;
    QString m_fullHint;
};

} // namespace twofold::app
