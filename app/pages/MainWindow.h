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
    // A fixed title instead of the user's name (the demo's "Alex (demo)"); the place is not remembered.
    void setWindowLabel(const QString& label);
    // Closes without asking again (the user already confirmed, e.g. in the other demo window).
    void closeConfirmed();
    // A visible, calm notice about something this window could not do (e.g. the profile is read-only).
    void showNotice(const QString& text);

Q_SIGNALS:
    void firstShown();
    // The user closed the window (after confirming, if a conversation was under way).
    void closedByUser();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showCurrent();
    void keepFocusInSight(); // focus on a page out of sight moves into the page shown
    void applySettings();
    void askBeforeClosing();

    Settings& m_settings;
    const TextCoach& m_coach;
    QStackedWidget* m_stack;
    FirstRunPage* m_firstRun;
    PartnersPage* m_partners;
    SessionPage* m_session = nullptr;
    QLabel* m_who;
    QLabel* m_notice;
    bool m_shown = false;
    bool m_closeConfirmed = false;
    bool m_titleFromName = true;
    bool m_rememberGeometry = true;
    bool m_asking = false;
    bool m_partnersForced = false; // a security notice on the partners page outranks the session
};

} // namespace twofold::app
