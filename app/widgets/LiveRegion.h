#pragma once

#include <QString>
#include <QWidget>

namespace twofold::app {

// Says a change that matters to the couple to a screen reader, without moving the keyboard focus: the
// partner's words arriving, a signal card, the floor passing, a pause starting or ending, the partner
// closing Twofold. Qt 6.4 has no announcement API and its AT-SPI bridge drops QAccessible::Alert, so
// this is what Qt's own message boxes do: an object with the alert role (AT-SPI ROLE_ALERT) that
// becomes showing with the text as its name; Orca speaks an alert when it shows. It takes no focus and
// draws nothing (1×1 px, transparent), and never sits in a layout or the Tab chain.
class LiveRegion final : public QWidget {
    Q_OBJECT
public:
    explicit LiveRegion(QWidget* parent);

    // Speaks `text` (plain text, already translated) once, each time it is called; empty: nothing.
    void announce(const QString& text);

Q_SIGNALS:
    void announced(const QString& text); // after the alert showed (for tests and logs of what was said)
};

// Installs the accessibility factory that gives LiveRegion its alert role; call once after the
// QApplication exists (idempotent).
void installLiveRegionAccessibility();

} // namespace twofold::app
