#include "app/widgets/KeyboardActivation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QKeyEvent>

namespace twofold::app {

void KeyboardActivation::install(QApplication& app) {
    app.installEventFilter(new KeyboardActivation(&app));
}

bool KeyboardActivation::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) {
        return QObject::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    auto* button = qobject_cast<QAbstractButton*>(watched);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (button == nullptr || !enter || key->modifiers() != Qt::NoModifier || !button->isEnabled() ||
        qobject_cast<QDialog*>(button->window()) != nullptr) {
        return QObject::eventFilter(watched, event);
    }
    button->setProperty(kByKeyProperty, true);
    button->animateClick();
    return true;
}

} // namespace twofold::app
