#pragma once

#include "app/controllers/PartnersController.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace twofold::app {

class PartnerList;

// Finding each other: partners nearby (live), connect by address, remembered partners, and this
// computer's own addresses to read out to the partner; an invitation to accept; the 6-digit code shown
// large on both screens, each confirming "Codes match"; kind, truthful words when it does not work; and a
// plain security notice when a remembered partner's computer can no longer prove who it is.
// Names from the network are shown as plain text everywhere.
class PartnersPage final : public QWidget {
    Q_OBJECT
public:
    explicit PartnersPage(PartnersController& controller, QWidget* parent = nullptr);

    static QString problemText(PairingProblem problem, const QString& name);
    // A name set apart in quotation marks (this language's), isolated for bidirectional text.
    static QString setApart(const QString& name);

Q_SIGNALS:
    // The security notice about a changed partner identity was answered (forgotten, or "Not now").
    void identityNoticeClosed();

private:
    enum Page { Find, Invitation, Code, IdentityChanged };

    QWidget* buildFindPage();
    QWidget* buildInvitationPage();
    QWidget* buildCodePage();
    QWidget* buildIdentityPage();
    void refreshLists();
    // A nearby row: the name, and whether it was found just now or cannot pair with this version.
    static QString nearbyText(const PartnerEntry& entry);
    void refreshAddresses();
    void showStatus(const QString& text);
    void showCode(const QString& code, const QString& name);
    void showIdentityChanged(const QString& partnerId, const QString& name);
    void inviteSelected();
    void showPage(Page page);

    PartnersController& m_controller;
    QStackedWidget* m_stack;
    PartnerList* m_nearby = nullptr;
    QLabel* m_nearbyNote = nullptr;
    QPushButton* m_invite = nullptr;
    PartnerList* m_remembered = nullptr;
    QPushButton* m_reconnect = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_ownBox = nullptr;
    QVBoxLayout* m_ownRows = nullptr;
    QLabel* m_inviteText = nullptr;
    QPushButton* m_accept = nullptr;
    QLabel* m_codeIntro = nullptr;
    QLabel* m_code = nullptr;
    QPushButton* m_match = nullptr;
    QPushButton* m_differ = nullptr;
    QLabel* m_codeStatus = nullptr;
    QLabel* m_identityTitle = nullptr;
    QLabel* m_identityText = nullptr;
    QPushButton* m_forget = nullptr;
    QString m_changedPartnerId;
    QTimer m_ageTimer; // "found just now" fades to plain "nearby"
};

} // namespace twofold::app
