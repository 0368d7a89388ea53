#include "app/widgets/WrapButton.h"

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
    const int width = fontMetrics().averageCharWidth() * 26;
    return {width, heightForWidth(width)};
}

QSize WrapButton::minimumSizeHint() const {
    const int width = fontMetrics().averageCharWidth() * 14;
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

} // namespace twofold::app
