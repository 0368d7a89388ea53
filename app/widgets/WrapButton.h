#pragma once

#include <QPushButton>

namespace twofold::app {

// A push button whose text wraps onto several lines (the gentle signals are whole sentences).
class WrapButton final : public QPushButton {
    Q_OBJECT
public:
    explicit WrapButton(const QString& text, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int padding() const;
};

} // namespace twofold::app
