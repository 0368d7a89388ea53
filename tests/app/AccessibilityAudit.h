#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace twofold::test {

// Keyboard and screen-reader audits of a real widget tree (used by AccessibilityTest).

// "QPushButton#name \"text\"", for messages.
QString describe(const QWidget* widget);
// The editor inside a spin box or combo box is named and focused through its owner.
QWidget* owner(QWidget* widget);
// What a screen reader announces for `widget`.
QString spokenName(QWidget* widget);
// The visible controls (buttons, edits, lists, sliders, ...) under `root`, `root` included.
QList<QWidget*> visibleControls(QWidget* root);
// Every visible control under `root` has a name a screen reader hears, and takes Tab focus.
QStringList auditNamesAndFocus(QWidget* root);
// Presses Tab round `window` until focus comes back to where it started; the widgets focused, in order.
QList<QWidget*> tabRound(QWidget* window);
// Tab reaches every visible, enabled control under `root`, and every Tab stop has a spoken name.
QStringList auditTabRound(QWidget* root, const QList<QWidget*>& chain);

} // namespace twofold::test
