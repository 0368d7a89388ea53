#pragma once

#include <QFrame>
#include <QTimer>

class QKeySequence;
class QLabel;
class QPushButton;

namespace twofold::app {

class SessionController;

// The private buttons beside every session screen: "I need 10 minutes", "Ask for a pause" and the ten
// repair signals. Each sends a fixed, gentle, pre-worded signal; never free text.
class SidePanel final : public QFrame {
    Q_OBJECT
public:
    explicit SidePanel(SessionController& controller, QWidget* parent = nullptr);

    void refresh();

Q_SIGNALS:
    void endRequested();

private:
    void confirmSent(const QString& text);
    void addKey(QPushButton* button, const QKeySequence& key);

    SessionController& m_controller;
    QPushButton* m_break;
    QPushButton* m_breath;
    QList<QPushButton*> m_signals;
    QLabel* m_sent;
    QPushButton* m_end;
    QTimer m_sentTimer;
};

} // namespace twofold::app
