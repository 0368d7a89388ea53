#include "app/widgets/SignalCard.h"

#include "core/text/UserText.h"

#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QPropertyAnimation>
#include <QVBoxLayout>

namespace twofold::app {
namespace {
constexpr int kFadeMs = 900;
}

SignalCard::SignalCard(const QString& from, const QString& text, bool reducedMotion, int showMs, QWidget* parent)
    : QFrame(parent), m_from(from), m_text(text), m_reducedMotion(reducedMotion), m_who(new QLabel(this)) {
    setObjectName(QStringLiteral("signalCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    m_who->setObjectName(QStringLiteral("muted"));
    m_who->setTextFormat(Qt::PlainText);
    m_who->setWordWrap(true); // a long name wraps (text::breakable) instead of widening the card
    auto* body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("signalText"));
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    QFont font = body->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    body->setFont(font);
    layout->addWidget(m_who);
    layout->addWidget(body);
    updateWho();
    m_age.start();

    if (!m_reducedMotion) {
        m_opacity = new QGraphicsOpacityEffect(this);
        m_opacity->setOpacity(0.0);
        setGraphicsEffect(m_opacity);
        auto* fadeIn = new QPropertyAnimation(m_opacity, "opacity", this);
        fadeIn->setDuration(kFadeMs);
        fadeIn->setStartValue(0.0);
        fadeIn->setEndValue(1.0);
        fadeIn->setEasingCurve(QEasingCurve::InOutSine);
        fadeIn->start(QAbstractAnimation::DeleteWhenStopped);
    }
    m_showTimer.setSingleShot(true);
    connect(&m_showTimer, &QTimer::timeout, this, &SignalCard::dismiss);
    if (showMs > 0) {
        m_showTimer.start(showMs);
    }
}

void SignalCard::updateWho() {
    QString who = tr("From %1").arg(m_from);
    if (m_count == 2) {
        who = tr("%1 · twice").arg(who);
    } else if (m_count > 2) {
        who = tr("%1 · %2 times").arg(who).arg(m_count);
    }
    m_who->setText(who);
    QString spoken = tr("Signal from %1: %2").arg(m_from, m_text);
    if (m_count > 1) {
        spoken = tr("%1 (%2 times)").arg(spoken).arg(m_count);
    }
    setAccessibleName(text::withoutBreaks(spoken));
}

void SignalCard::repeat() {
    if (m_dismissing) {
        return;
    }
    ++m_count;
    m_age.restart();
    updateWho();
    if (m_showTimer.isActive()) {
        m_showTimer.start(); // stays a while longer
    }
}

void SignalCard::dismiss() {
    if (m_dismissing) {
        return;
    }
    m_dismissing = true;
    if (m_reducedMotion || m_opacity == nullptr) {
        Q_EMIT finished();
        deleteLater();
        return;
    }
    auto* fadeOut = new QPropertyAnimation(m_opacity, "opacity", this);
    fadeOut->setDuration(kFadeMs * 2);
    fadeOut->setStartValue(m_opacity->opacity());
    fadeOut->setEndValue(0.0);
    fadeOut->setEasingCurve(QEasingCurve::InOutSine);
    connect(fadeOut, &QPropertyAnimation::finished, this, [this] {
        Q_EMIT finished();
        deleteLater();
    });
    fadeOut->start(QAbstractAnimation::DeleteWhenStopped);
}

} // namespace twofold::app
