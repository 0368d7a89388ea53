#pragma once

#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace twofold::app {

// Says a change that matters to the couple to a screen reader, without moving the keyboard focus: the
// partner's words arriving, a signal card, the floor passing, a pause starting or ending, the partner
// closing Twofold. Qt 6.4 has no announcement API and its AT-SPI bridge drops QAccessible::Alert, so
// this is an object with the notification role (QAccessible::Notification, AT-SPI ROLE_NOTIFICATION)
// that becomes showing with the text as its name: Orca 43 speaks a notification when it shows
// ("notification Sam · I statement: …", seen in Orca's debug log). It takes no focus and draws nothing
// (1×1 px, transparent), and never sits in a layout or the Tab chain.
//
// What is said waits kSettleMs after the last change, and what changed together is said as one: a page
// change sends a burst of AT-SPI events, and Orca drops what arrives in a flood (its event queue over
// ~50 events) unless it concerns the focus.
class LiveRegion final : public QWidget {
    Q_OBJECT
public:
    explicit LiveRegion(QWidget* parent);

    static constexpr int kSettleMs = 400;

    // Speaks `text` (plain text, already translated) once, each time it is called, kSettleMs after the
    // last call (texts in one burst are joined); empty: nothing.
    void announce(const QString& text);
    bool pending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void announced(const QString& text); // after the notification showed (for tests)

private:
    void speak();

    QStringList m_pending;
    QTimer m_settle;
};

// Installs the accessibility factory that gives LiveRegion its alert role; call once after the
// QApplication exists (idempotent).
void installLiveRegionAccessibility();

} // namespace twofold::app
