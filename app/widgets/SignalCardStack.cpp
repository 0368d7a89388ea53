#include "app/widgets/SignalCardStack.h"

#include "app/widgets/SignalCard.h"

#include <QEvent>
#include <QVBoxLayout>

namespace twofold::app {

SignalCardStack::SignalCardStack(QWidget* host)
    : QWidget(host->parentWidget()), m_host(host), m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("signalCards"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    host->installEventFilter(this);
    setVisible(false);
}

void SignalCardStack::show(const QString& from, const QString& text, bool held) {
    auto existing = cards();
    for (auto* card : existing) {
        if (card->text() == text && card->ageMs() < kRepeatMs) {
            card->repeat();
            return;
        }
    }
    if (existing.size() >= kMaxCards) {
        existing.front()->dismiss();
    }
    auto* card = new SignalCard(from, text, held, m_reducedMotion, m_showMs, this);
    connect(card, &SignalCard::finished, this, [this, card] {
        m_layout->removeWidget(card);
        card->hide();
        setVisible(cards().size() > 1);
        place();
    });
    m_layout->addWidget(card);
    setVisible(true);
    raise();
    place();
}

QList<SignalCard*> SignalCardStack::cards() const {
    return findChildren<SignalCard*>(QString(), Qt::FindDirectChildrenOnly);
}

bool SignalCardStack::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_host &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::LayoutRequest)) {
        place();
    }
    return QWidget::eventFilter(watched, event);
}

void SignalCardStack::place() {
    // Over the bottom right of the host (where a step's text seldom is), never wider than a comfortable line.
    const int margin = fontMetrics().averageCharWidth() * 2;
    const int width = std::min(m_host->width() - 2 * margin, fontMetrics().averageCharWidth() * 44);
    setFixedWidth(std::max(width, fontMetrics().averageCharWidth() * 20));
    adjustSize();
    const auto area = m_host->geometry(); // in our common parent's coordinates
    move(area.right() - this->width() - margin, std::max(area.top() + margin, area.bottom() - height() - margin));
    raise();
}

} // namespace twofold::app
