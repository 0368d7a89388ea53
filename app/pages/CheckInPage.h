#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace twofold::app {

class BreathingPacer;
class CheckInModel;

// Before a conversation: whether you are connected, how you are right now (private: it never leaves this
// computer; nothing is chosen for you), with a few quiet minutes first if you are flooded, then what you do
// together (the conversation or the rupture-and-repair practice). The partner who invited begins; the other
// sees that they're waiting, kindly, and joins a new conversation after their own check-in.
class CheckInPage final : public QWidget {
    Q_OBJECT
public:
    explicit CheckInPage(CheckInModel& model, QWidget* parent = nullptr);

    void refresh();
    // Focus on the private level (the next thing to do here), never the side panel.
    void focusFirst();
    void setReducedMotion(bool reduced);

private:
    void showConnection(); // each part redrawn when the model says it changed
    void showLevel();
    void showStage();
    void showWaiting();
    void showQuietMinutes(bool show);

    CheckInModel& m_model;
    QLabel* m_connection;
    QButtonGroup* m_levels;
    QWidget* m_flooded;
    QWidget* m_quiet;
    QLabel* m_quietNote;
    BreathingPacer* m_pacer;
    QPushButton* m_takeMinutes;
    QButtonGroup* m_flows;
    QWidget* m_flowBox;
    QPushButton* m_begin;
    QLabel* m_waiting;
    QLabel* m_joinNote;
    QPushButton* m_join;
};

} // namespace twofold::app
