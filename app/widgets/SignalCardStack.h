#pragma once

#include <QWidget>

class QVBoxLayout;

namespace twofold::app {

class SignalCard;

// Where received signals appear, newest at the bottom, at most a few at once.
class SignalCardStack final : public QWidget {
    Q_OBJECT
public:
    explicit SignalCardStack(QWidget* parent = nullptr);

    void setReducedMotion(bool reduced) { m_reducedMotion = reduced; }
    void setShowMs(int ms) { m_showMs = ms; }
    void show(const QString& from, const QString& text);
    QList<SignalCard*> cards() const;

private:
    QVBoxLayout* m_layout;
    bool m_reducedMotion = false;
    int m_showMs = 12000;
};

} // namespace twofold::app
