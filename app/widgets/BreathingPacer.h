#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace twofold::app {

// A soft circle that slowly grows (breathe in, 4 s) and shrinks (breathe out, 6 s). With reduced
// motion it stays still and the words alone guide.
class BreathingPacer final : public QWidget {
    Q_OBJECT
public:
    explicit BreathingPacer(QWidget* parent = nullptr);

    void setReducedMotion(bool reduced);
    // Breathe from this moment (ms since the Unix epoch): two pacers with the same origin breathe in
    // together, e.g. both partners from the pause's start. 0: from when this pacer was made.
    void setOrigin(qint64 epochMs) { m_originMs = epochMs; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    double phase() const; // 0 (small) … 1 (full)

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    double cycleMs() const;
    bool m_reducedMotion = false;
    qint64 m_originMs = 0;
    QElapsedTimer m_elapsed;
    QTimer m_frame;
};

} // namespace twofold::app
