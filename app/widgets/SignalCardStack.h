#pragma once

#include <QWidget>

class QVBoxLayout;

namespace twofold::app {

class SignalCard;

// Where received signals appear: an overlay at the top right of its parent, outside every layout, so a
// card never moves the form being typed in and never resizes the window. At most kMaxCards at once,
// newest at the bottom; the same signal again within kRepeatMs joins its card ("twice").
class SignalCardStack final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxCards = 2;
    static constexpr int kRepeatMs = 8000;

    // `host`: the widget the cards float over (they follow its size and place). The stack is a sibling of
    // the host (a child of its parent), so assistive technology sees it whatever the host is.
    explicit SignalCardStack(QWidget* host);

    void setReducedMotion(bool reduced) { m_reducedMotion = reduced; }
    void setShowMs(int ms) { m_showMs = ms; }
    void show(const QString& from, const QString& text, bool held = false);
    QList<SignalCard*> cards() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QWidget* m_host;
    QVBoxLayout* m_layout;
    bool m_reducedMotion = false;
    int m_showMs = 12000;
};

} // namespace twofold::app
