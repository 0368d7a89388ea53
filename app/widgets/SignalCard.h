#pragma once

#include <QFrame>

class QGraphicsOpacityEffect;
class QPropertyAnimation;

namespace twofold::app {

// A received gentle signal: a soft card that fades in, stays a while and fades out (or, with reduced
// motion, simply appears and disappears). Non-blocking; it deletes itself when done.
class SignalCard final : public QFrame {
    Q_OBJECT
public:
    SignalCard(const QString& from, const QString& text, bool reducedMotion, int showMs, QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void dismiss();

Q_SIGNALS:
    void finished();

private:
    QString m_text;
    bool m_reducedMotion;
    QGraphicsOpacityEffect* m_opacity = nullptr;
    bool m_dismissing = false;
};

} // namespace twofold::app
