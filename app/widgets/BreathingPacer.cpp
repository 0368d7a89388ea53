#include "app/widgets/BreathingPacer.h"

#include "app/widgets/Theme.h"

#include <QDateTime>
#include <QPainter>
#include <cmath>

namespace twofold::app {
namespace {
constexpr double kInMs = 4000.0;
constexpr double kOutMs = 6000.0;
} // namespace

BreathingPacer::BreathingPacer(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("breathingPacer"));
    setAccessibleName(tr("Breathing guide: breathe in as the circle grows, out as it shrinks"));
    m_frame.setInterval(50);
    connect(&m_frame, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_elapsed.start();
}

void BreathingPacer::setReducedMotion(bool reduced) {
    m_reducedMotion = reduced;
    if (reduced) {
        m_frame.stop();
    } else if (isVisible()) {
        m_frame.start();
    }
    update();
}

QSize BreathingPacer::sizeHint() const {
    const int side = fontMetrics().height() * 9;
    return {side, side};
}

QSize BreathingPacer::minimumSizeHint() const {
    const int side = fontMetrics().height() * 5;
    return {side, side};
}

double BreathingPacer::cycleMs() const {
    const double since =
        m_originMs > 0 ? double(QDateTime::currentMSecsSinceEpoch() - m_originMs) : double(m_elapsed.elapsed());
    return std::fmod(std::max(0.0, since), kInMs + kOutMs);
}

double BreathingPacer::phase() const {
    if (m_reducedMotion) {
        return 0.7;
    }
    const double t = cycleMs();
    const double x = t < kInMs ? t / kInMs : 1.0 - (t - kInMs) / kOutMs;
    return 0.5 - 0.5 * std::cos(x * M_PI); // eased
}

void BreathingPacer::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto accent = Theme::accent(palette());
    const double side = std::min(width(), height());
    const double radius = side / 2.0 * (0.45 + 0.5 * phase());
    const QPointF centre = rect().center();
    // Themed from the palette: on a dark window the halo and the circle need more weight to stay apart.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    QColor halo = accent;
    halo.setAlphaF(dark ? 0.20 : 0.12);
    QColor ring = palette().color(QPalette::WindowText);
    ring.setAlphaF(dark ? 0.35 : 0.20);
    painter.setPen(QPen(ring, 1.5));
    painter.setBrush(halo);
    painter.drawEllipse(centre, side / 2.0 * 0.97, side / 2.0 * 0.97);
    QColor fill = accent;
    fill.setAlphaF(dark ? 0.60 : 0.35);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);
    if (!m_reducedMotion) {
        const double t = cycleMs();
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter, t < kInMs ? tr("breathe in") : tr("breathe out"));
    } else {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("in for 4 · out for 6"));
    }
}

void BreathingPacer::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_reducedMotion) {
        m_frame.start();
    }
}

void BreathingPacer::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_frame.stop();
}

} // namespace twofold::app
