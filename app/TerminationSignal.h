#pragma once

#include <QObject>

class QSocketNotifier;

namespace twofold::app {

// SIGTERM (a logout, a shutdown, `kill`) as a quiet close: the handler only writes a byte to a socket
// pair; the notifier turns it into requested() on the GUI thread, where the app closes as when the
// window is closed, without the question (drafts saved, the partner told "app-closed" by bye). The Qt
// way of calling Qt from a Unix signal handler (Qt docs, "Calling Qt Functions From Unix Signal
// Handlers"). One per process; Unix only (elsewhere it does nothing).
class TerminationSignal final : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignal(QObject* parent = nullptr);
    ~TerminationSignal() override;

    bool installed() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void requested();

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace twofold::app
