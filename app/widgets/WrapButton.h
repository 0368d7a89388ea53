#pragma once

#include <QBoxLayout>
#include <QCheckBox>
#include <QPushButton>
#include <QRadioButton>

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

// A radio button / check box whose text wraps beside its indicator (a check-in level is a whole
// sentence; in German at a large font it is wider than half a small screen).
class WrapRadioButton final : public QRadioButton {
    Q_OBJECT
public:
    explicit WrapRadioButton(const QString& text, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

class WrapCheckBox final : public QCheckBox {
    Q_OBJECT
public:
    explicit WrapCheckBox(const QString& text, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

// Buttons side by side while they fit, one above the other when the window is narrower (a large font,
// a long translation): a row of buttons never makes its page wider than the window.
class ButtonRow final : public QWidget {
    Q_OBJECT
public:
    explicit ButtonRow(QWidget* parent = nullptr);

    void addButton(QWidget* button, int stretch = 0);
    void addStretch(); // after the buttons, while side by side
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange();

    QBoxLayout* m_layout;
};

} // namespace twofold::app
