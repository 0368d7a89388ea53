#pragma once

#include "app/controllers/PartnersController.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace twofold::app {

// Finding each other: partners nearby, connect by address, remembered partners; an invitation to
// accept; the 6-digit code shown large on both screens, each confirming "Codes match"; kind words
// when it does not work.
class PartnersPage final : public QWidget {
    Q_OBJECT
public:
    explicit PartnersPage(PartnersController& controller, QWidget* parent = nullptr);

    static QString problemText(PairingProblem problem, const QString& name);

private:
    void refreshLists();
    void showStatus(const QString& text);
    void showCode(const QString& code, const QString& name);

    PartnersController& m_controller;
    QStackedWidget* m_stack;
    QListWidget* m_nearby;
    QListWidget* m_remembered;
    QLineEdit* m_address;
    QLabel* m_status;
    QLabel* m_ownAddress;
    QLabel* m_inviteText;
    QLabel* m_codeIntro;
    QLabel* m_code;
    QPushButton* m_match;
    QPushButton* m_differ;
    QLabel* m_codeStatus;
};

} // namespace twofold::app
