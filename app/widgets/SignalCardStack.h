#pragma once

#include <QWidget>

class QHBoxLayout;
class QScrollArea;

namespace twofold::app {

class SignalCard;

// Where a received signal appears: a slot of fixed height in the session column, always there, so a card
// never moves the form being typed in, never covers a button and never resizes the window. The slot fits
// a card with two lines of text; a card takes the height its text needs, and a longer one scrolls within
// the slot (large fonts, long translations). One card at a
// time: a new signal takes the slot (the earlier one stays in the side panel's "received" list), and the
// same signal again within kRepeatMs joins its card ("twice").
class SignalCardStack final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxCards = 1;
    static constexpr int kRepeatMs = 8000;

    explicit SignalCardStack(QWidget* parent = nullptr);

    void setReducedMotion(bool reduced) { m_reducedMotion = reduced; }
    void setShowMs(int ms) { m_showMs = ms; }
    void show(const QString& from, const QString& text);
    QList<SignalCard*> cards() const;

private:
    QScrollArea* m_scroll;
    QHBoxLayout* m_layout;
    bool m_reducedMotion = false;
    int m_showMs = 12000;
};

} // namespace twofold::app
