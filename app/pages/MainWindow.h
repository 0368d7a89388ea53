#pragma once

#include <QMainWindow>

class QStackedWidget;
class QLabel;

namespace twofold::app {

class FirstRunPage;
class PartnersController;
class PartnersPage;
class SessionController;
class SessionPage;
class Settings;
class TextCoach;

// One partner's window: the first run, finding the partner, then the session. Settings and About
// are one click away in the header.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Settings& settings, const TextCoach& coach, PartnersController& partners, QWidget* parent = nullptr);

    // Once paired: the session this window shows (not owned).
    void setSession(SessionController* session);
    SessionPage* sessionPage() const { return m_session; }
    PartnersPage* partnersPage() const { return m_partners; }
    void openSettings();
    void openAbout();

Q_SIGNALS:
    void firstShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCurrent();
    void applySettings();

    Settings& m_settings;
    const TextCoach& m_coach;
    QStackedWidget* m_stack;
    FirstRunPage* m_firstRun;
    PartnersPage* m_partners;
    SessionPage* m_session = nullptr;
    QLabel* m_who;
    bool m_shown = false;
};

} // namespace twofold::app
