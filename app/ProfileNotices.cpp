#include "app/ProfileNotices.h"

#include "app/pages/MainWindow.h"
#include "core/log/Log.h"

#include <QDir>

namespace twofold::app {

ProfileNotices::ProfileNotices(QObject* parent) : QObject(parent) {}

void ProfileNotices::showIn(MainWindow* window) {
    m_window = window;
    refresh();
}

void ProfileNotices::add(const QString& text) {
    if (text.isEmpty() || m_texts.contains(text)) {
        return;
    }
    m_texts.append(text);
    log::get(log::Module::App)
        ->warn("notice shown: {}", text.toStdString()); // about files and devices, never partners' words
    refresh();
}

void ProfileNotices::refresh() {
    if (m_window && !m_texts.isEmpty()) {
        m_window->showNotice(m_texts.join(QLatin1Char('\n')));
    }
}

QString ProfileNotices::logUnavailable(const QString& folder) {
    return tr("Twofold can't write its log in %1, so it runs without one this time.")
        .arg(QDir::toNativeSeparators(folder));
}

QString ProfileNotices::logWriteFailed(const QString& folder) {
    return tr("Twofold can no longer write its log in %1 (the disk may be full). Everything else carries on.")
        .arg(QDir::toNativeSeparators(folder));
}

} // namespace twofold::app
