#pragma once

#include <QWidget>

namespace twofold::app {

// Where to find help when Twofold is not the right tool (DESIGN §1, "Scope"): a concrete, international
// directory of free, confidential helplines (findahelpline.com, by ThroughLine: verified services in
// over 130 countries, domestic abuse among them), and the local emergency number in danger. The link is a
// button (opened with the desktop's browser), so it is one Tab stop that Enter, Space or a screen reader
// can press.
class HelplineNote final : public QWidget {
    Q_OBJECT
public:
    explicit HelplineNote(QWidget* parent = nullptr);

    static QString url() { return QStringLiteral("https://findahelpline.com"); }
};

} // namespace twofold::app
