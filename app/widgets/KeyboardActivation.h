#pragma once

#include <QObject>

class QApplication;

namespace twofold::app {

// Enter presses the focused button, as Space does (outside dialogs, Qt only reacts to Space), so a
// keyboard user never wonders why Enter did nothing on "Continue" or "Codes match". Dialogs keep their
// own handling (Enter presses the default button). Installed once on the application.
class KeyboardActivation final : public QObject {
    Q_OBJECT
public:
    static void install(QApplication& app);
    // A button pressed by Space or Enter carries this property (true) until its click is handled, so a
    // button that starts something for both partners can ask first (SidePanel's pause buttons).
    static constexpr const char* kByKeyProperty = "twofoldByKey";

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace twofold::app
