#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QKeySequence;
class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;

#include "app/controllers/SessionViews.h"
#include "core/session/Event.h"

namespace twofold::app {

class PauseModel;
class SignalsModel;

// The private buttons beside every session screen: "I need 10 minutes", "Ask for a pause" and the ten
// repair signals. Each sends a fixed, gentle, pre-worded signal; never free text.
class SidePanel final : public QFrame {
    Q_OBJECT
public:
    SidePanel(PauseModel& pause, SignalsModel& signalsModel, QWidget* parent = nullptr);

    // What the session allows now: pauses (`canPause`) and signals / ending (`running`).
    void setAvailability(bool canPause, bool running);
    void refresh();

Q_SIGNALS:
    void endRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using PauseKind = session::PauseKind;
    // Starts a pause; pressed by Space or Enter, it asks first, with "Not now" as the default.
    void startPause(QPushButton* button, PauseKind kind);
    void confirmSent(const QString& text);
    void addReceived(const ReceivedSignalView& signal);
    void addKey(QPushButton* button, const QKeySequence& key);

    PauseModel& m_pause;
    SignalsModel& m_signalsModel;
    bool m_canPause = false;
    bool m_running = false;
    QPushButton* m_break;
    QPushButton* m_breath;
    QList<QPushButton*> m_signals;
    QLabel* m_sent;
    QLabel* m_waitNote = nullptr;
    QLabel* m_receivedTitle = nullptr;
    QListWidget* m_received = nullptr;
    QPushButton* m_end;
    QTimer m_sentTimer;
    QPointer<QMessageBox> m_confirm;
};

} // namespace twofold::app
