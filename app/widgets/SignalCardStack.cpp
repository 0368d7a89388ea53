#include "app/widgets/SignalCardStack.h"

#include "app/widgets/SignalCard.h"

#include <QVBoxLayout>

namespace twofold::app {
namespace {
constexpr int kMaxCards = 3;
}

SignalCardStack::SignalCardStack(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("signalCards"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    setVisible(false);
}

void SignalCardStack::show(const QString& from, const QString& text) {
    auto existing = cards();
    if (existing.size() >= kMaxCards) {
        existing.front()->dismiss();
    }
    auto* card = new SignalCard(from, text, m_reducedMotion, m_showMs, this);
    connect(card, &SignalCard::finished, this, [this, card] {
        m_layout->removeWidget(card);
        card->hide();
        setVisible(cards().size() > 1);
    });
    m_layout->addWidget(card);
    setVisible(true);
}

QList<SignalCard*> SignalCardStack::cards() const {
    return findChildren<SignalCard*>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace twofold::app
