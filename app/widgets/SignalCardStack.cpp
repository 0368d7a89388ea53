#include "app/widgets/SignalCardStack.h"

#include "app/widgets/SignalCard.h"

#include <QHBoxLayout>

namespace twofold::app {

SignalCardStack::SignalCardStack(QWidget* parent) : QWidget(parent), m_layout(new QHBoxLayout(this)) {
    setObjectName(QStringLiteral("signalCards"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    // Room for a card with two lines of text (its sender line, the text a little larger), kept whether a
    // card shows or not.
    setFixedHeight(fontMetrics().lineSpacing() * 4 + 16);
}

void SignalCardStack::show(const QString& from, const QString& text) {
    for (auto* card : cards()) {
        if (card->text() == text && card->ageMs() < kRepeatMs) {
            card->repeat();
            return;
        }
        card->dismiss(); // one at a time: the earlier signal is in the "received" list
    }
    auto* card = new SignalCard(from, text, m_reducedMotion, m_showMs, this);
    card->setMaximumWidth(fontMetrics().averageCharWidth() * 64);
    card->setMaximumHeight(height());
    connect(card, &SignalCard::finished, this, [this, card] {
        m_layout->removeWidget(card);
        card->hide();
    });
    m_layout->insertWidget(m_layout->count() - 1, card, 1, Qt::AlignTop);
}

QList<SignalCard*> SignalCardStack::cards() const {
    QList<SignalCard*> live;
    for (auto* card : findChildren<SignalCard*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (card->isVisibleTo(this) && !card->dismissing()) {
            live.append(card);
        }
    }
    return live;
}

} // namespace twofold::app
