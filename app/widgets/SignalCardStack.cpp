#include "app/widgets/SignalCardStack.h"

#include "app/widgets/SignalCard.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace twofold::app {

SignalCardStack::SignalCardStack(QWidget* parent) : QWidget(parent), m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("signalCards"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(m_scroll);
    m_layout = new QHBoxLayout(content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(0); // the card takes the width (up to its maximum), so it needs fewer lines
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);
    // Room for a card with two lines of text (its sender line, the text a little larger, the card's
    // margins and border), kept whether a card shows or not.
    SignalCard probe(QStringLiteral("-"), QStringLiteral("-\n-"), true, 0);
    probe.ensurePolished();
    setFixedHeight(std::max(probe.sizeHint().height(), probe.minimumSizeHint().height()) + 4);
}

void SignalCardStack::show(const QString& from, const QString& text) {
    for (auto* card : cards()) {
        if (card->text() == text && card->ageMs() < kRepeatMs) {
            card->repeat();
            return;
        }
        card->dismiss(); // one at a time: the earlier signal is in the "received" list
    }
    auto* card = new SignalCard(from, text, m_reducedMotion, m_showMs, m_scroll->widget());
    card->setMaximumWidth(fontMetrics().averageCharWidth() * 64);
    connect(card, &SignalCard::finished, this, [this, card] {
        m_layout->removeWidget(card);
        card->hide();
    });
    m_layout->insertWidget(m_layout->count() - 1, card, 1, Qt::AlignTop);
}

QList<SignalCard*> SignalCardStack::cards() const {
    QList<SignalCard*> live;
    for (auto* card : m_scroll->widget()->findChildren<SignalCard*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (card->isVisibleTo(this) && !card->dismissing()) {
            live.append(card);
        }
    }
    return live;
}

} // namespace twofold::app
