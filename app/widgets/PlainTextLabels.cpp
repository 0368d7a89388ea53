#include "app/widgets/PlainTextLabels.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>

namespace twofold::app {

void PlainTextLabels::install(QApplication& app) {
    app.installEventFilter(new PlainTextLabels(&app));
}

bool PlainTextLabels::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Polish) {
        if (auto* label = qobject_cast<QLabel*>(watched); label != nullptr && label->textFormat() == Qt::AutoText) {
            label->setTextFormat(Qt::PlainText);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace twofold::app
