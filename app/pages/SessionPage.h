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
class LiveRegion;
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
    LiveRegion* liveRegion() const { return m_live; }

protected:
    // The private side panel takes at most two fifths of a narrow window (a large font in half a small
    // screen), so the step keeps room for its words; the width depends on the window only, not the page.
    void resizeEvent(QResizeEvent* event) override;

private:
    void confirmEnd();
    // What changed for the couple since the last refresh, said once to a screen reader (LiveRegion).
    // The first refresh only takes note: what was there before this window showed is no news.
    void announceChanges(const QString& away, const QString& banner);

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
    LiveRegion* m_live;
    bool m_noted = false;
    bool m_wasClosed = false;
    QString m_spokenBanner;
    QString m_spokenPause;
    quint64 m_spokenEntry = 0;
};

} // namespace twofold::app
