#pragma once

#include <QDialog>

namespace twofold::app {

// The version and the privacy promise. Opened with open().
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

protected:
    // Takes the height its wrapped paragraphs need at the width it got (at 150 % and 200 % the first
    // guess is one line per paragraph, and every paragraph was cut).
    void showEvent(QShowEvent* event) override;
};

} // namespace twofold::app
