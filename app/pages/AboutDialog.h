#pragma once

#include <QDialog>

namespace twofold::app {

// The version and the privacy promise. Opened with open().
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace twofold::app
