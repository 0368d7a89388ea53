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
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    double phase() const; // 0 (small) … 1 (full)

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    bool m_reducedMotion = false;
    QElapsedTimer m_elapsed;
    QTimer m_frame;
};

} // namespace twofold::app
