#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace twofold::app {

class DemoSetup;
class SessionController;

// `twofold --screenshot DIR`: drives the demo through every screen and saves each with QWidget::grab
// (for docs/screenshots and for looking at the design as a user would).
class ScreenshotTour final : public QObject {
    Q_OBJECT
public:
    // `suffix` ends every file name ("-de", "-dark", "-200").
    ScreenshotTour(DemoSetup& demo, const QString& directory, const QString& language, const QString& suffix);

    void run();

Q_SIGNALS:
    void finished();

private:
    void save(QWidget* widget, const QString& name);
    void act(SessionController& who, const QString& action, const QList<std::pair<QString, QString>>& fields = {});
    void settle(int ms = 250);

    DemoSetup& m_demo;
    QString m_directory;
    QString m_language;
    QString m_suffix;
};

} // namespace twofold::app
