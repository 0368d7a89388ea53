#pragma once

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QGraphicsOpacityEffect;
class QLabel;

namespace twofold::app {

// A received gentle signal: a soft card that fades in, stays a while and fades out (or, with reduced
// motion, simply appears and disappears). Non-blocking; it deletes itself when done. The same signal
// again within a few seconds does not make a second card: this one says "twice", "3 times" and stays on.
class SignalCard final : public QFrame {
    Q_OBJECT
public:
    SignalCard(const QString& from, const QString& text, bool reducedMotion, int showMs, QWidget* parent = nullptr);

    QString text() const { return m_text; }
    int count() const { return m_count; }
    qint64 ageMs() const { return m_age.elapsed(); }
    void repeat(); // the same signal arrived again
    void dismiss();
    bool dismissing() const { return m_dismissing; }

Q_SIGNALS:
    void finished();

private:
    void updateWho();

    QString m_from;
    QString m_text;
    bool m_reducedMotion;
    int m_count = 1;
    QLabel* m_who;
    QElapsedTimer m_age;
    QTimer m_showTimer;
    QGraphicsOpacityEffect* m_opacity = nullptr;
    bool m_dismissing = false;
};

} // namespace twofold::app
