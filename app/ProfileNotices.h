#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace twofold::app {

class MainWindow;

// Calm notices about what the app could not do with its profile or devices (no log file, settings not
// saved, a damaged file kept aside, silent sounds). They are collected from the start, before any
// window exists, and shown together in the window; each distinct text once.
class ProfileNotices final : public QObject {
    Q_OBJECT
public:
    explicit ProfileNotices(QObject* parent = nullptr);

    // The window that shows them from now on (not owned; may go away first).
    void showIn(MainWindow* window);
    void add(const QString& text);
    const QStringList& texts() const { return m_texts; }

    // The log file could not be opened at start (`reason`: the system's words) / a line could not be
    // written later. The app carries on without it.
    static QString logUnavailable(const QString& folder);
    static QString logWriteFailed(const QString& folder);

private:
    void refresh();

    QStringList m_texts;
    QPointer<MainWindow> m_window;
};

} // namespace twofold::app
