#include "app/widgets/WrapButton.h"

#include <QStyleOption>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace twofold::app {

WrapButton::WrapButton(const QString& text, QWidget* parent) : QPushButton(text, parent) {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrapButton::padding() const {
    return fontMetrics().averageCharWidth() * 2;
}

QSize WrapButton::sizeHint() const {
    // As wide as its text on one line: a layout that has less room (or aligns the button, which then gets
    // at most this width) makes it narrower, and the text wraps in the height heightForWidth asks for.
    const int width = fontMetrics().horizontalAdvance(text()) + 2 * padding() + 2;
    return {width, heightForWidth(width)};
}

QSize WrapButton::minimumSizeHint() const {
    const int width =
        std::min(fontMetrics().averageCharWidth() * 14, fontMetrics().horizontalAdvance(text()) + 2 * padding() + 2);
    return {width, fontMetrics().lineSpacing() + padding()};
}

int WrapButton::heightForWidth(int width) const {
    const QRect bounds =
        fontMetrics().boundingRect(QRect(0, 0, std::max(10, width - 2 * padding()), 100000), Qt::TextWordWrap, text());
    return bounds.height() + padding();
}

void WrapButton::paintEvent(QPaintEvent*) {
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    painter.drawControl(QStyle::CE_PushButton, option);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    painter.drawText(rect().adjusted(padding(), 0, -padding(), 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                     text());
}

namespace {

// What a radio button or check box of `width` needs: the indicator, then its text wrapped in the rest.
struct IndicatorText {
    QStyle::SubElement contents;
    QStyle::ControlElement control;
};

constexpr IndicatorText kRadio{QStyle::SE_RadioButtonContents, QStyle::CE_RadioButton};
constexpr IndicatorText kCheck{QStyle::SE_CheckBoxContents, QStyle::CE_CheckBox};

QStyleOptionButton optionFor(const QAbstractButton* button, int width, int height) {
    QStyleOptionButton option;
    option.initFrom(button);
    option.rect = QRect(0, 0, width, height);
    option.state |= button->isChecked() ? QStyle::State_On : QStyle::State_Off;
    if (button->isDown()) {
        option.state |= QStyle::State_Sunken;
    }
    option.text = button->text();
    return option;
}

// The room the indicator and its spacing take before the text.
int indicatorRoom(const QAbstractButton* button, const IndicatorText& kind) {
    const QStyleOptionButton option = optionFor(button, 1000, 1000);
    return button->style()->subElementRect(kind.contents, &option, button).left();
}

int indicatorHeight(const QAbstractButton* button, const IndicatorText& kind) {
    const QStyleOptionButton option = optionFor(button, 1000, 1000);
    const auto element =
        kind.control == QStyle::CE_RadioButton ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator;
    return button->style()->subElementRect(element, &option, button).height();
}

int textHeight(const QAbstractButton* button, int width) {
    return button->fontMetrics()
        .boundingRect(QRect(0, 0, std::max(10, width), 100000), Qt::TextWordWrap | Qt::TextShowMnemonic, button->text())
        .height();
}

int wrapHeight(const QAbstractButton* button, const IndicatorText& kind, int width) {
    const int room = indicatorRoom(button, kind);
    return std::max(textHeight(button, width - room - 2), indicatorHeight(button, kind)) + 4;
}

QSize wrapSizeHint(const QAbstractButton* button, const IndicatorText& kind) {
    const int width = indicatorRoom(button, kind) + button->fontMetrics().horizontalAdvance(button->text()) + 4;
    return {width, wrapHeight(button, kind, width)};
}

QSize wrapMinimumSizeHint(const QAbstractButton* button, const IndicatorText& kind) {
    const int width = indicatorRoom(button, kind) + button->fontMetrics().averageCharWidth() * 14;
    return {width, button->fontMetrics().height() + 4};
}

void paintWrapped(QAbstractButton* button, const IndicatorText& kind) {
    QStylePainter painter(button);
    QStyleOptionButton option = optionFor(button, button->width(), button->height());
    // The indicator, vertically centred on the first line of text.
    option.text.clear();
    const int firstLine = button->fontMetrics().height() + 4;
    option.rect = QRect(0, 0, button->width(), std::min(button->height(), firstLine));
    painter.drawControl(kind.control, option);
    painter.setPen(
        button->palette().color(button->isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    // The same room as wrapHeight measured, so the text breaks where it said it would.
    const int room = indicatorRoom(button, kind);
    painter.drawText(QRect(room, 2, std::max(10, button->width() - room - 2), button->height() - 4),
                     Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap | Qt::TextShowMnemonic, button->text());
}

QSizePolicy wrapPolicy() {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    return policy;
}

} // namespace

WrapRadioButton::WrapRadioButton(const QString& text, QWidget* parent) : QRadioButton(text, parent) {
    setSizePolicy(wrapPolicy());
}
QSize WrapRadioButton::sizeHint() const {
    return wrapSizeHint(this, kRadio);
}
QSize WrapRadioButton::minimumSizeHint() const {
    return wrapMinimumSizeHint(this, kRadio);
}
int WrapRadioButton::heightForWidth(int width) const {
    return wrapHeight(this, kRadio, width);
}
void WrapRadioButton::paintEvent(QPaintEvent*) {
    paintWrapped(this, kRadio);
}

WrapCheckBox::WrapCheckBox(const QString& text, QWidget* parent) : QCheckBox(text, parent) {
    setSizePolicy(wrapPolicy());
}
QSize WrapCheckBox::sizeHint() const {
    return wrapSizeHint(this, kCheck);
}
QSize WrapCheckBox::minimumSizeHint() const {
    return wrapMinimumSizeHint(this, kCheck);
}
int WrapCheckBox::heightForWidth(int width) const {
    return wrapHeight(this, kCheck, width);
}
void WrapCheckBox::paintEvent(QPaintEvent*) {
    paintWrapped(this, kCheck);
}

ButtonRow::ButtonRow(QWidget* parent) : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ButtonRow::addButton(QWidget* button, int stretch) {
    int at = m_layout->count();
    if (at > 0 && m_layout->itemAt(at - 1)->spacerItem() != nullptr) {
        --at; // before the trailing stretch
    }
    m_layout->insertWidget(at, button, stretch);
    arrange();
}

void ButtonRow::addStretch() {
    m_layout->addStretch(1);
}

QSize ButtonRow::minimumSizeHint() const {
    // Never wider than its widest button: with less room the buttons go one above the other.
    int width = 0;
    int height = 0;
    for (auto* child : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!child->isHidden()) {
            const QSize min = child->minimumSizeHint().expandedTo(child->minimumSize());
            width = std::max(width, min.width());
            height = m_layout->direction() == QBoxLayout::LeftToRight ? std::max(height, min.height())
                                                                      : height + min.height() + m_layout->spacing();
        }
    }
    return {width, height};
}

void ButtonRow::arrange() {
    int wanted = 0;
    for (auto* child : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!child->isHidden()) {
            wanted += child->sizeHint().width() + m_layout->spacing();
        }
    }
    const auto direction = wanted <= width() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction != m_layout->direction()) {
        m_layout->setDirection(direction);
        updateGeometry();
    }
}

void ButtonRow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange();
}

} // namespace twofold::app
