#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace twofold::app {

class Settings;

// The first start: your name, what Twofold is for (and where to find help if it isn't the right
// tool), and the shared agreement that a pause always comes back.
class FirstRunPage final : public QWidget {
    Q_OBJECT
public:
    explicit FirstRunPage(Settings& settings, QWidget* parent = nullptr);

Q_SIGNALS:
    void completed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool updateButton();

    Settings& m_settings;
    QLineEdit* m_name;
    QCheckBox* m_agree;
    QPushButton* m_continue;
    QLabel* m_missing;
};

} // namespace twofold::app
