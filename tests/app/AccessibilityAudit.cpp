#include "tests/app/AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSlider>
#include <QTest>
#include <QTextEdit>

namespace twofold::test {
namespace {

bool interactive(const QWidget* widget) {
    return qobject_cast<const QAbstractButton*>(widget) != nullptr ||
           qobject_cast<const QLineEdit*>(widget) != nullptr ||
           qobject_cast<const QPlainTextEdit*>(widget) != nullptr ||
           qobject_cast<const QTextEdit*>(widget) != nullptr || qobject_cast<const QComboBox*>(widget) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(widget) != nullptr ||
           qobject_cast<const QSlider*>(widget) != nullptr || qobject_cast<const QAbstractItemView*>(widget) != nullptr;
}

// Tab stops once in a group of radio buttons, on the checked one; the arrow keys choose within it.
bool sameRadioGroup(QWidget* widget, QWidget* stop) {
    auto* radio = qobject_cast<QRadioButton*>(widget);
    auto* other = qobject_cast<QRadioButton*>(stop);
    if (radio == nullptr || other == nullptr || radio->isChecked() || !radio->autoExclusive()) {
        return false;
    }
    return radio->group() != nullptr ? radio->group() == other->group()
                                     : other->group() == nullptr && radio->parentWidget() == other->parentWidget();
}

} // namespace

QString describe(const QWidget* widget) {
    auto text = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('#') + widget->objectName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        text += QStringLiteral(" \"%1\"").arg(button->text());
    }
    return text;
}

// The editor inside a spin box or combo box is named and focused through its owner.
QWidget* owner(QWidget* widget) {
    auto* parent = widget->parentWidget();
    const bool part = parent != nullptr && (qobject_cast<QAbstractSpinBox*>(parent) != nullptr ||
                                            qobject_cast<QComboBox*>(parent) != nullptr);
    return part ? parent : widget;
}

// What a screen reader announces.
QString spokenName(QWidget* widget) {
    auto* iface = QAccessible::queryAccessibleInterface(widget);
    return iface != nullptr ? iface->text(QAccessible::Name).trimmed() : QString();
}

QList<QWidget*> visibleControls(QWidget* root) {
    QList<QWidget*> controls;
    auto widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (auto* widget : std::as_const(widgets)) {
        if (widget->isVisible() && interactive(widget) && owner(widget) == widget) {
            controls.append(widget);
        }
    }
    return controls;
}

// Every visible control under `root` has a name (its own, or a button's text) that a screen reader
// hears, and takes Tab focus.
QStringList auditNamesAndFocus(QWidget* root) {
    QStringList problems;
    for (auto* widget : visibleControls(root)) {
        const auto* button = qobject_cast<const QAbstractButton*>(widget);
        const bool named =
            !widget->accessibleName().trimmed().isEmpty() || (button != nullptr && !button->text().trimmed().isEmpty());
        if (!named) {
            problems << describe(widget) + QStringLiteral(": no accessible name");
        } else if (spokenName(widget).isEmpty()) {
            problems << describe(widget) + QStringLiteral(": a screen reader hears no name");
        }
        if ((widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus) {
            problems << describe(widget) + QStringLiteral(": does not take Tab focus");
        }
        // A description (a tooltip, when none is set) is read out as it is: markup would be read too.
        auto* iface = QAccessible::queryAccessibleInterface(widget);
        const QString description = iface != nullptr ? iface->text(QAccessible::Description) : QString();
        static const QRegularExpression markup(QStringLiteral("<[a-zA-Z/][^>]*>"));
        if (description.contains(markup)) {
            problems << describe(widget) + QStringLiteral(": its description is markup: ") + description;
        }
    }
    return problems;
}

// Presses Tab round `window` until focus comes back to where it started; the widgets focused, in order.
QList<QWidget*> tabRound(QWidget* window) {
    QList<QWidget*> chain;
    if (window->focusWidget() == nullptr) {
        QTest::keyClick(window, Qt::Key_Tab);
    }
    for (int i = 0; i < 400; ++i) {
        auto* current = window->focusWidget();
        if (current == nullptr || chain.contains(current)) {
            break;
        }
        chain.append(current);
        QTest::keyClick(current, Qt::Key_Tab);
    }
    return chain;
}

// Tab reaches every visible, enabled control under `root`, and every Tab stop has a spoken name.
QStringList auditTabRound(QWidget* root, const QList<QWidget*>& chain) {
    QStringList problems;
    for (auto* widget : visibleControls(root)) {
        if (!widget->isEnabled()) {
            continue;
        }
        const bool reached = std::any_of(chain.begin(), chain.end(), [widget](QWidget* stop) {
            return stop == widget || widget->isAncestorOf(stop) || sameRadioGroup(widget, stop);
        });
        if (!reached) {
            problems << describe(widget) + QStringLiteral(": Tab never gets there");
        }
    }
    for (auto* stop : chain) {
        if (root->isAncestorOf(stop) && spokenName(owner(stop)).isEmpty()) {
            problems << describe(stop) + QStringLiteral(": a Tab stop without a name");
        }
    }
    return problems;
}

} // namespace twofold::test
