#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace twofold::app {

class CheckInPage;
class ConversationPage;
class PausePage;
class SessionController;
class SidePanel;
class SignalCardStack;
class SummaryPage;
class TextCoach;

// Everything one partner sees during a session: the calm "Reconnecting…" banner, who holds the
// floor, received signal cards, the current screen (check-in, conversation, pause, summary) and the
// private side panel. The pages stay alive across screens, so nothing typed is lost.
class SessionPage final : public QWidget {
    Q_OBJECT
public:
    SessionPage(SessionController& controller, const TextCoach& coach, QWidget* parent = nullptr);

    void setReducedMotion(bool reduced);
    void setSignalShowMs(int ms);
    void refresh();

    SessionController& controller() { return m_controller; }
    SignalCardStack* signalCards() const { return m_cards; }
    SummaryPage* summaryPage() const { return m_summary; }

private:
    void confirmEnd();

    SessionController& m_controller;
    QLabel* m_reconnect;
    QLabel* m_floor;
    SignalCardStack* m_cards;
    QStackedWidget* m_stack;
    CheckInPage* m_checkIn;
    ConversationPage* m_conversation;
    PausePage* m_pause;
    QScrollArea* m_pauseScroll;
    SummaryPage* m_summary;
    SidePanel* m_side;
};

} // namespace twofold::app
