#include "app/widgets/PlainTextLabels.h"

#include "core/text/UserText.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>

namespace twofold::app {

void PlainTextLabels::install(QApplication& app) {
    app.installEventFilter(new PlainTextLabels(&app));
}

namespace {
// Set on a label whose accessible name this filter gave it (so it may change or clear it again).
constexpr char kNameWithoutBreaks[] = "twofoldNameWithoutBreaks";

// A label showing a long name with break marks (text::breakable) is read by a screen reader as its text,
// marks and all, unless it has an accessible name of its own. Qt 6.4 says nothing when a label's text
// changes, so this runs before each paint, the moment any new text reaches the screen, and when the
// label's parent lays out again (QLabel::setText asks for that), for a label scrolled out of view.
void nameWithoutBreaks(QLabel* label) {
    const bool ours = label->property(kNameWithoutBreaks).toBool();
    if (!ours && !label->accessibleName().isEmpty()) {
        return; // named by its page: those names are made without the marks already
    }
    const QString shown = label->text();
    if (shown.contains(QChar(0x200B))) {
        const QString name = text::withoutBreaks(shown);
        if (label->accessibleName() != name) {
            label->setAccessibleName(name);
            label->setProperty(kNameWithoutBreaks, true);
        }
    } else if (ours) {
        label->setAccessibleName(QString()); // read by its text again
        label->setProperty(kNameWithoutBreaks, false);
    }
}
} // namespace

bool PlainTextLabels::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LayoutRequest && watched->isWidgetType()) {
        for (auto* label : watched->findChildren<QLabel*>(Qt::FindDirectChildrenOnly)) {
            nameWithoutBreaks(label);
        }
    }
    if (event->type() == QEvent::Polish || event->type() == QEvent::Paint) {
        if (auto* label = qobject_cast<QLabel*>(watched)) {
            if (event->type() == QEvent::Polish && label->textFormat() == Qt::AutoText) {
                label->setTextFormat(Qt::PlainText);
            }
            nameWithoutBreaks(label);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace twofold::app
