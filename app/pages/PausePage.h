#pragma once

#include "app/controllers/SessionViews.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;

namespace twofold::app {

class BreathingPacer;
class PauseModel;

// Both screens during a pause: the calm sentence, the countdown and return time, an optional
// breathing pacer, "OK, take your time" for the partner, more time or coming back early for the one
// who paused, and at the end the one-line re-entry ("How are you now?").
class PausePage final : public QWidget {
    Q_OBJECT
public:
    explicit PausePage(PauseModel& model, QWidget* parent = nullptr);

    void setReducedMotion(bool reduced);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeButtons();
    void showCountdown(const PauseView& view);
    void focusFirstAction();
    PauseModel& m_model;
    QLabel* m_reEntryHint = nullptr;
    QString m_lastPhase;
    QLabel* m_headline;
    QLabel* m_countdown;
    QLabel* m_note;
    QLabel* m_soothe;
    QCheckBox* m_showPacer;
    BreathingPacer* m_pacer;
    QPushButton* m_acknowledge;
    QPushButton* m_extend;
    QPushButton* m_returnEarly;
    QBoxLayout* m_buttons = nullptr;
    QWidget* m_reEntry;
    QLabel* m_reEntryQuestion;
    QLineEdit* m_reEntryLine;
    QPushButton* m_reEntrySend;
    QLabel* m_partnerLine;
};

} // namespace twofold::app
