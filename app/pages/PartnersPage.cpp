#include "app/pages/PartnersPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::app {
namespace {

QLabel* titled(const QString& text, const char* name, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    return label;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent, bool primary = false) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(text);
    b->setProperty("primary", primary);
    return b;
}

} // namespace

PartnersPage::PartnersPage(PartnersController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("partnersPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 18, 24, 18);
    outer->addWidget(m_stack);

    // Finding each other.
    auto* find = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(find);
    layout->setSpacing(8);
    layout->addWidget(titled(tr("Find your partner"), "pageTitle", find));
    layout->addWidget(titled(tr("Both of you open Twofold on your own computer, on the same network. One of you "
                                "invites, the other accepts."),
                             "pageIntro", find));
    layout->addWidget(titled(tr("Nearby"), "sectionTitle", find));
    m_nearby = new QListWidget(find);
    m_nearby->setObjectName(QStringLiteral("nearbyList"));
    m_nearby->setAccessibleName(tr("Partners nearby"));
    layout->addWidget(m_nearby, 1);
    auto* invite = button(tr("Invite"), "inviteButton", find, true);
    layout->addWidget(invite, 0, Qt::AlignLeft);
    layout->addWidget(titled(tr("Remembered partners"), "sectionTitle", find));
    m_remembered = new QListWidget(find);
    m_remembered->setObjectName(QStringLiteral("rememberedList"));
    m_remembered->setAccessibleName(tr("Remembered partners"));
    layout->addWidget(m_remembered, 1);
    auto* reconnect = button(tr("Reconnect"), "reconnectButton", find);
    layout->addWidget(reconnect, 0, Qt::AlignLeft);
    layout->addWidget(titled(tr("Connect by address"), "sectionTitle", find));
    auto* addressRow = new QHBoxLayout;
    m_address = new QLineEdit(find);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Partner's address"));
    m_address->setPlaceholderText(tr("e.g. 192.168.1.20:45210"));
    auto* connectButton = button(tr("Connect"), "connectButton", find);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(connectButton);
    layout->addLayout(addressRow);
    m_ownAddress = titled(QString(), "muted", find);
    m_ownAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_ownAddress);
    m_status = titled(QString(), "partnersStatus", find);
    m_status->hide();
    layout->addWidget(m_status);
    m_stack->addWidget(find);

    // An invitation arrived.
    auto* invitation = new QWidget(m_stack);
    auto* invitationLayout = new QVBoxLayout(invitation);
    invitationLayout->addStretch(1);
    m_inviteText = titled(QString(), "pageTitle", invitation);
    m_inviteText->setAlignment(Qt::AlignCenter);
    invitationLayout->addWidget(m_inviteText);
    auto* inviteButtons = new QHBoxLayout;
    auto* accept = button(tr("Accept"), "acceptButton", invitation, true);
    auto* decline = button(tr("Not now"), "declineButton", invitation);
    inviteButtons->addStretch(1);
    inviteButtons->addWidget(accept);
    inviteButtons->addWidget(decline);
    inviteButtons->addStretch(1);
    invitationLayout->addLayout(inviteButtons);
    invitationLayout->addStretch(2);
    m_stack->addWidget(invitation);

    // The code both confirm.
    auto* code = new QWidget(m_stack);
    auto* codeLayout = new QVBoxLayout(code);
    codeLayout->addStretch(1);
    m_codeIntro = titled(QString(), "pageIntro", code);
    m_codeIntro->setAlignment(Qt::AlignCenter);
    m_code = titled(QString(), "pairingCode", code);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    codeLayout->addWidget(m_codeIntro);
    codeLayout->addWidget(m_code);
    auto* codeButtons = new QHBoxLayout;
    m_match = button(tr("Codes match"), "codesMatchButton", code, true);
    m_differ = button(tr("They're different"), "codesDifferButton", code);
    codeButtons->addStretch(1);
    codeButtons->addWidget(m_match);
    codeButtons->addWidget(m_differ);
    codeButtons->addStretch(1);
    codeLayout->addLayout(codeButtons);
    m_codeStatus = titled(QString(), "muted", code);
    m_codeStatus->setAlignment(Qt::AlignCenter);
    codeLayout->addWidget(m_codeStatus);
    codeLayout->addStretch(2);
    m_stack->addWidget(code);

    connect(invite, &QPushButton::clicked, this, [this] {
        if (auto* item = m_nearby->currentItem()) {
            m_controller.invite(item->data(Qt::UserRole).toString());
        } else {
            showStatus(tr("Choose your partner in the list first."));
        }
    });
    connect(reconnect, &QPushButton::clicked, this, [this] {
        if (auto* item = m_remembered->currentItem()) {
            m_controller.connectTo(item->data(Qt::UserRole).toString());
        }
    });
    const auto connectByAddress = [this] {
        if (!m_address->text().trimmed().isEmpty()) {
            m_controller.connectTo(m_address->text().trimmed());
        }
    };
    connect(connectButton, &QPushButton::clicked, this, connectByAddress);
    connect(m_address, &QLineEdit::returnPressed, this, connectByAddress);
    connect(accept, &QPushButton::clicked, this, [this] { m_controller.accept(); });
    connect(decline, &QPushButton::clicked, this, [this] {
        m_controller.decline();
        m_stack->setCurrentIndex(0);
    });
    connect(m_match, &QPushButton::clicked, this, [this] { m_controller.confirmCode(true); });
    connect(m_differ, &QPushButton::clicked, this, [this] { m_controller.confirmCode(false); });

    connect(&m_controller, &PartnersController::partnersChanged, this, &PartnersPage::refreshLists);
    connect(&m_controller, &PartnersController::connecting, this,
            [this](const QString& name) { showStatus(tr("Connecting to %1…").arg(name)); });
    connect(&m_controller, &PartnersController::invited, this, [this](const QString& name) {
        m_inviteText->setText(tr("%1 would like to connect with you.").arg(name));
        m_stack->setCurrentIndex(1);
    });
    connect(&m_controller, &PartnersController::codeShown, this, &PartnersPage::showCode);
    connect(&m_controller, &PartnersController::waitingForPartnerConfirmation, this, [this](const QString& name) {
        m_match->setEnabled(false);
        m_differ->setEnabled(false);
        m_codeStatus->setText(tr("Thank you. Waiting for %1 to confirm on their screen.").arg(name));
    });
    connect(&m_controller, &PartnersController::failed, this, [this](PairingProblem problem, const QString& name) {
        m_stack->setCurrentIndex(0);
        showStatus(problemText(problem, name));
    });
    refreshLists();
}

QString PartnersPage::problemText(PairingProblem problem, const QString& name) {
    switch (problem) {
    case PairingProblem::Refused:
        return tr("%1 didn't accept just now. That's okay; you can try again when you're both ready.").arg(name);
    case PairingProblem::TimedOut:
        return tr("No answer from %1 yet. Is Twofold open on their computer?").arg(name);
    case PairingProblem::Unreachable:
        return tr("%1 couldn't be reached. Are you both on the same network?").arg(name);
    case PairingProblem::CodesDiffer:
        return tr("The codes were different, so nothing was connected. Please try once more, side by side.");
    case PairingProblem::Busy:
        return tr("%1 is in a session already. A session is always just the two of you.").arg(name);
    case PairingProblem::NotAvailable:
        return tr("Twofold couldn't start its network connection on this computer. Please check the settings, "
                  "then start Twofold again.");
    }
    return {};
}

void PartnersPage::refreshLists() {
    const auto fill = [](QListWidget* list, const std::vector<PartnerEntry>& entries, bool byAddress) {
        list->clear();
        for (const auto& entry : entries) {
            auto* item = new QListWidgetItem(entry.name, list);
            item->setData(Qt::UserRole, byAddress ? entry.address : entry.id);
        }
    };
    const auto own = m_controller.ownAddress();
    m_ownAddress->setText(own.isEmpty() ? QString() : tr("Your partner can connect to this computer at %1").arg(own));
    m_ownAddress->setVisible(!own.isEmpty());
    fill(m_nearby, m_controller.nearby(), false);
    fill(m_remembered, m_controller.remembered(), true);
    if (m_nearby->count() == 0) {
        auto* item = new QListWidgetItem(tr("Looking for partners nearby…"), m_nearby);
        item->setFlags(Qt::NoItemFlags);
    }
}

void PartnersPage::showStatus(const QString& text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void PartnersPage::showCode(const QString& code, const QString& name) {
    m_codeIntro->setText(tr("Check that %1 sees the same code on their screen.").arg(name));
    m_code->setText(code.left(3) + QLatin1Char(' ') + code.mid(3));
    m_code->setAccessibleName(tr("Pairing code %1").arg(code));
    m_match->setEnabled(true);
    m_differ->setEnabled(true);
    m_codeStatus->clear();
    m_stack->setCurrentIndex(2);
}

} // namespace twofold::app
