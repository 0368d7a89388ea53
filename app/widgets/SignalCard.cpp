#include "app/widgets/SignalCard.h"

#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QPropertyAnimation>
#include <QTimer>
#include <QVBoxLayout>

namespace twofold::app {
namespace {
constexpr int kFadeMs = 900;
}

SignalCard::SignalCard(const QString& from, const QString& text, bool reducedMotion, int showMs, QWidget* parent)
    : QFrame(parent), m_text(text), m_reducedMotion(reducedMotion) {
    setObjectName(QStringLiteral("signalCard"));
    setAccessibleName(tr("Signal from %1: %2").arg(from, text));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    auto* who = new QLabel(tr("From %1").arg(from), this);
    who->setObjectName(QStringLiteral("muted"));
    auto* body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("signalText"));
    body->setWordWrap(true);
    QFont font = body->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    body->setFont(font);
    layout->addWidget(who);
    layout->addWidget(body);

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
    if (showMs > 0) {
        QTimer::singleShot(showMs, this, &SignalCard::dismiss);
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
