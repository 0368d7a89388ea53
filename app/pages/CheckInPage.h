#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace twofold::app {

class CheckInModel;

// Before a session: how am I right now (private: it never leaves this computer; "flooded" suggests a
// pause first), and what we do together (the conversation or the rupture-and-repair practice).
// The partner who invited starts; the other sees that they're waiting, kindly.
class CheckInPage final : public QWidget {
    Q_OBJECT
public:
    explicit CheckInPage(CheckInModel& model, QWidget* parent = nullptr);

    void refresh();

private:
    CheckInModel& m_model;
    QButtonGroup* m_levels;
    QLabel* m_floodedNote;
    QButtonGroup* m_flows;
    QWidget* m_flowBox;
    QPushButton* m_begin;
    QLabel* m_waiting;
};

} // namespace twofold::app
