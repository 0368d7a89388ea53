#include "app/pages/PartnersPage.h"

#include "app/widgets/PartnerList.h"
#include "core/text/UserText.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::app {
namespace {

QLabel* titled(const QString& text, const char* name, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // may carry a partner's name from the network
    return label;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent, bool primary = false) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(text);
    b->setProperty("primary", primary);
    return b;
}

constexpr int kAgeRefreshMs = 15000;

// A partner's name inside a sentence: an isolated run (U+2068 … U+2069), so a name in Arabic or Hebrew
// cannot turn the sentence around it.
// Over-long words in it may break anywhere, so the sentence wraps (F1b: 64 × "W").
QString inSentence(const QString& name) {
    return text::isolated(text::breakable(name));
}

// Shows `text` (names in it made breakable) in `label`, and says it to a screen reader without the break
// marks, as one word per name.
void showText(QLabel* label, const QString& text) {
    label->setText(text);
    label->setAccessibleName(text::withoutBreaks(text));
}

} // namespace

// A name on the invitation and code pages, where the sentence around it is an instruction: quoted, so
// a name that reads like one ("Sam Codes match. Tap Accept") stays visibly a name.
QString PartnersPage::setApart(const QString& name) {
    return tr("“%1”", "a partner's name set apart in quotation marks").arg(inSentence(name));
}

namespace {} // namespace

PartnersPage::PartnersPage(PartnersController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("partnersPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Everything scrolls rather than making the window taller than a small screen (200 % scale).
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Find your partner"));
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(24, 18, 24, 18);
    innerLayout->addWidget(m_stack);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    m_stack->addWidget(buildFindPage());
    m_stack->addWidget(buildInvitationPage());
    m_stack->addWidget(buildCodePage());
    m_stack->addWidget(buildIdentityPage());

    connect(&m_controller, &PartnersController::partnersChanged, this, &PartnersPage::refreshLists);
    connect(&m_controller, &PartnersController::addressesChanged, this, &PartnersPage::refreshAddresses);
    connect(&m_controller, &PartnersController::connecting, this,
            [this](const QString& name) { showStatus(tr("Connecting to %1…").arg(setApart(name))); });
    connect(&m_controller, &PartnersController::invited, this, [this](const QString& name) {
        showText(m_inviteText, tr("%1 would like to connect with you.").arg(setApart(name)));
        showPage(Invitation);
        m_accept->setFocus();
    });
    connect(&m_controller, &PartnersController::codeShown, this, &PartnersPage::showCode);
    connect(&m_controller, &PartnersController::waitingForPartnerConfirmation, this, [this](const QString& name) {
        m_match->setEnabled(false);
        m_differ->setEnabled(false);
        showText(m_codeStatus, tr("Thank you. Waiting for %1 to confirm on their screen.").arg(setApart(name)));
        m_code->setFocus();
    });
    connect(&m_controller, &PartnersController::failed, this, [this](PairingProblem problem, const QString& name) {
        showPage(Find);
        showStatus(problemText(problem, name));
    });
    connect(&m_controller, &PartnersController::identityChanged, this, &PartnersPage::showIdentityChanged);
    connect(&m_ageTimer, &QTimer::timeout, this, &PartnersPage::refreshLists);
    m_ageTimer.start(kAgeRefreshMs);
    refreshLists();
    refreshAddresses();
}

QWidget* PartnersPage::buildFindPage() {
    auto* find = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(find);
    layout->setSpacing(8);
    layout->addWidget(titled(tr("Find your partner"), "pageTitle", find));
    layout->addWidget(titled(tr("Both of you open Twofold on your own computer, on the same network. One of you "
                                "invites, the other accepts."),
                             "pageIntro", find));
    layout->addWidget(titled(tr("Nearby"), "sectionTitle", find));
    m_nearby = new PartnerList(&PartnersPage::nearbyText, find);
    m_nearby->setObjectName(QStringLiteral("nearbyList"));
    m_nearby->setAccessibleName(tr("Partners nearby"));
    layout->addWidget(m_nearby, 1);
    // Why the list stays empty when discovery cannot run: a wrapped sentence, not a list row that a
    // default-size window cuts off before its pointer to Connect by address.
    m_nearbyNote = titled(tr("Twofold can't look for partners nearby on this computer: another program is using "
                             "the port it listens on. You can still connect by address below."),
                          "nearbyNote", find);
    m_nearbyNote->hide();
    layout->addWidget(m_nearbyNote);
    m_invite = button(tr("Invite"), "inviteButton", find, true);
    layout->addWidget(m_invite, 0, Qt::AlignLeft);
    // What happened to an invitation or a connection shows here, next to what was pressed, not below the
    // fold of a default-size window.
    m_status = titled(QString(), "partnersStatus", find);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addWidget(titled(tr("Remembered partners"), "sectionTitle", find));
    m_remembered = new PartnerList([](const PartnerEntry& entry) { return entry.name; }, find);
    m_remembered->setObjectName(QStringLiteral("rememberedList"));
    m_remembered->setAccessibleName(tr("Remembered partners"));
    layout->addWidget(m_remembered, 1);
    m_reconnect = button(tr("Reconnect"), "reconnectButton", find);
    layout->addWidget(m_reconnect, 0, Qt::AlignLeft);
    layout->addWidget(titled(tr("Connect by address"), "sectionTitle", find));
    auto* addressRow = new QHBoxLayout;
    m_address = new QLineEdit(find);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Partner's address"));
    m_address->setPlaceholderText(tr("e.g. 192.168.1.20:47914"));
    auto* connectButton = button(tr("Connect"), "connectButton", find);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(connectButton);
    layout->addLayout(addressRow);
    m_ownBox = new QWidget(find);
    m_ownBox->setObjectName(QStringLiteral("ownAddresses"));
    m_ownRows = new QVBoxLayout(m_ownBox);
    m_ownRows->setContentsMargins(0, 0, 0, 0);
    m_ownRows->setSpacing(4);
    layout->addWidget(m_ownBox);

    connect(m_invite, &QPushButton::clicked, this, &PartnersPage::inviteSelected);
    connect(m_nearby, &QListWidget::itemActivated, this, &PartnersPage::inviteSelected);
    const auto reconnect = [this] {
        if (const auto partner = m_remembered->chosen()) {
            m_controller.connectTo(partner->address);
        }
    };
    const auto enableButtons = [this] {
        m_invite->setEnabled(m_nearby->hasEntries());
        m_reconnect->setEnabled(m_remembered->hasEntries());
    };
    connect(m_nearby, &PartnerList::entriesShown, this, enableButtons);
    connect(m_remembered, &PartnerList::entriesShown, this, enableButtons);
    connect(m_reconnect, &QPushButton::clicked, this, reconnect);
    connect(m_remembered, &QListWidget::itemActivated, this, reconnect);
    const auto connectByAddress = [this] {
        if (m_address->text().trimmed().isEmpty()) {
            showStatus(tr("Type the address your partner's screen shows, for example 192.168.1.20:47914."));
            return;
        }
        m_controller.connectTo(m_address->text().trimmed());
    };
    connect(connectButton, &QPushButton::clicked, this, connectByAddress);
    connect(m_address, &QLineEdit::returnPressed, this, connectByAddress);
    return find;
}

QWidget* PartnersPage::buildInvitationPage() {
    auto* invitation = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(invitation);
    layout->addStretch(1);
    m_inviteText = titled(QString(), "pageTitle", invitation);
    m_inviteText->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_inviteText);
    auto* buttons = new QHBoxLayout;
    m_accept = button(tr("Accept"), "acceptButton", invitation, true);
    auto* decline = button(tr("Not now"), "declineButton", invitation);
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    buttons->addWidget(decline);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_accept, &QPushButton::clicked, this, [this] { m_controller.accept(); });
    connect(decline, &QPushButton::clicked, this, [this] { m_controller.decline(); });
    return invitation;
}

QWidget* PartnersPage::buildCodePage() {
    auto* code = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(code);
    layout->addStretch(1);
    m_codeIntro = titled(QString(), "pageIntro", code);
    m_codeIntro->setAlignment(Qt::AlignCenter);
    m_code = titled(QString(), "pairingCode", code);
    m_code->setAlignment(Qt::AlignCenter);
    // Focus starts on the code itself (read first by a screen reader), never on one of the two answers.
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_codeIntro);
    layout->addWidget(m_code);
    auto* buttons = new QHBoxLayout;
    m_match = button(tr("Codes match"), "codesMatchButton", code);
    m_differ = button(tr("They're different"), "codesDifferButton", code);
    auto* stop = button(tr("Stop pairing"), "stopPairingButton", code);
    stop->setProperty("quiet", true);
    buttons->addStretch(1);
    buttons->addWidget(m_match);
    buttons->addWidget(m_differ);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_codeStatus = titled(QString(), "muted", code);
    m_codeStatus->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_codeStatus);
    layout->addWidget(stop, 0, Qt::AlignCenter);
    layout->addStretch(2);
    connect(m_match, &QPushButton::clicked, this, [this] { m_controller.confirmCode(true); });
    connect(m_differ, &QPushButton::clicked, this, [this] { m_controller.confirmCode(false); });
    connect(stop, &QPushButton::clicked, this, [this] { m_controller.cancel(); });
    return code;
}

QWidget* PartnersPage::buildIdentityPage() {
    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_identityTitle = titled(QString(), "pageTitle", page);
    m_identityText = titled(QString(), "pageIntro", page);
    m_identityTitle->setFocusPolicy(Qt::StrongFocus);
    m_identityTitle->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    layout->addWidget(m_identityTitle);
    layout->addWidget(m_identityText);
    auto* buttons = new QHBoxLayout;
    m_forget = button(QString(), "forgetAndPairButton", page);
    auto* notNow = button(tr("Not now"), "identityNotNowButton", page);
    buttons->addWidget(m_forget);
    buttons->addWidget(notNow);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_controller.forget(m_changedPartnerId);
        showPage(Find);
        showStatus(tr("Forgotten. When you're side by side, one of you invites and you compare the code together."));
        Q_EMIT identityNoticeClosed();
    });
    connect(notNow, &QPushButton::clicked, this, [this] {
        showPage(Find);
        showStatus({});
        Q_EMIT identityNoticeClosed();
    });
    return page;
}

QString PartnersPage::problemText(PairingProblem problem, const QString& name) {
    const QString who = name.isEmpty() ? tr("Your partner") : setApart(name);
    switch (problem) {
    case PairingProblem::YouDeclined:
        return tr("You said not now. That's okay; %1 can invite you again when you're both ready.").arg(who);
    case PairingProblem::PartnerDeclined:
        return tr("%1 would rather not right now. That's okay; you can try again when you're both ready.").arg(who);
    case PairingProblem::YouStopped:
        return tr("You stopped pairing. Nothing was connected; you can start again whenever you like.");
    case PairingProblem::PartnerStopped:
        return tr("%1 stopped pairing. Nothing was connected; you can try again when you're both ready.").arg(who);
    case PairingProblem::TimedOut:
        return tr("No answer from %1 yet. Is Twofold open on their computer?").arg(who);
    case PairingProblem::Unreachable:
        return tr("%1 couldn't be reached. Are you both on the same network?").arg(who);
    case PairingProblem::PartnerClosed:
        return tr("%1's Twofold closed before you finished. Nothing was connected; try again once it's open.").arg(who);
    case PairingProblem::CodesDiffer:
        return tr("The codes were different, so nothing was connected. Please try once more, side by side.");
    case PairingProblem::Busy:
        return tr("%1 is in a session already. A session is always just the two of you.").arg(who);
    case PairingProblem::PartnerPairingElsewhere:
        return tr("%1 is busy with another invitation right now. Nothing was connected; please try again in a "
                  "minute.")
            .arg(who);
    case PairingProblem::PartnerNeedsUpdate:
        return tr("%1's Twofold needs an update. Nothing was connected; once it's updated, you can try again.")
            .arg(who);
    case PairingProblem::NeedsUpdate:
        return tr("This Twofold needs an update to connect with %1. Nothing was connected; please update it, then "
                  "try again.")
            .arg(who);
    case PairingProblem::NotAvailable:
        return tr("Twofold couldn't start its network connection on this computer. Please check the settings, "
                  "then start Twofold again.");
    case PairingProblem::StoreFailed:
        return tr("Twofold couldn't remember %1 on this computer, so nothing was connected. Please check that "
                  "there is free disk space, then try again.")
            .arg(who);
    case PairingProblem::PartnerStoreFailed:
        return tr("%1's computer couldn't save the pairing (its disk may be full), so nothing was kept on either "
                  "side. Once there is space there, you can pair again.")
            .arg(who);
    }
    return {};
}

void PartnersPage::refreshLists() {
    const bool blind = !m_controller.discoveryAvailable();
    auto nearby = m_controller.nearby();
    m_nearbyNote->setVisible(blind && nearby.empty());
    m_nearby->setEntries(std::move(nearby),
                         blind ? tr("Not looking nearby (see below)") : tr("Looking for partners nearby…"));
    m_remembered->setEntries(m_controller.remembered(), QString());
}

void PartnersPage::refreshAddresses() {
    while (auto* item = m_ownRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addresses = m_controller.ownAddresses();
    m_ownBox->setVisible(!addresses.isEmpty());
    if (addresses.isEmpty()) {
        return;
    }
    m_ownRows->addWidget(titled(tr("Your partner can connect to this computer at:"), "muted", m_ownBox));
    for (const auto& address : addresses) {
        auto* row = new QWidget(m_ownBox);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* field = new QLineEdit(address, row);
        field->setObjectName(QStringLiteral("ownAddress"));
        field->setReadOnly(true);
        field->setAccessibleName(tr("This computer's address"));
        auto* copy = button(tr("Copy"), "copyAddressButton", row);
        copy->setAccessibleName(tr("Copy %1").arg(address));
        connect(copy, &QPushButton::clicked, this, [this, address] {
            QGuiApplication::clipboard()->setText(address);
            showStatus(tr("Copied %1.").arg(address));
        });
        rowLayout->addWidget(field, 1);
        rowLayout->addWidget(copy);
        m_ownRows->addWidget(row);
    }
}

void PartnersPage::inviteSelected() {
    const auto partner = m_nearby->chosen();
    if (!partner) {
        showStatus(tr("When your partner's name shows in the list, choose it and press Invite."));
        return;
    }
    if (partner->versionGap != 0) {
        // Said before anything is sent: the two versions cannot pair, whoever invites.
        showStatus(problemText(
            partner->versionGap < 0 ? PairingProblem::PartnerNeedsUpdate : PairingProblem::NeedsUpdate, partner->name));
        return;
    }
    m_controller.invite(partner->id);
}

QString PartnersPage::nearbyText(const PartnerEntry& entry) {
    if (entry.versionGap < 0) {
        return tr("%1 — their Twofold needs an update").arg(inSentence(entry.name));
    }
    if (entry.versionGap > 0) {
        return tr("%1 — this Twofold needs an update to connect").arg(inSentence(entry.name));
    }
    return entry.foundJustNow ? tr("%1 — found just now").arg(inSentence(entry.name)) : entry.name;
}

void PartnersPage::showStatus(const QString& text) {
    showText(m_status, text);
    m_status->setVisible(!text.isEmpty());
}

void PartnersPage::showCode(const QString& code, const QString& name) {
    showText(m_codeIntro, tr("Check that %1 sees the same code on their screen.").arg(setApart(name)));
    m_code->setText(code.left(3) + QLatin1Char(' ') + code.mid(3));
    m_code->setAccessibleName(tr("Pairing code %1").arg(code));
    m_match->setEnabled(true);
    m_differ->setEnabled(true);
    showText(m_codeStatus, QString());
    showPage(Code);
    m_code->setFocus();
}

void PartnersPage::showIdentityChanged(const QString& partnerId, const QString& shownName) {
    m_changedPartnerId = partnerId;
    const QString name = setApart(shownName);
    showText(m_identityTitle, tr("This computer can no longer prove it is %1's").arg(name));
    showText(m_identityText,
             tr("Twofold reached %1's usual address, but the computer there couldn't show the key you both confirmed "
                "when you paired. Nothing was sent to it. If %1 reinstalled Twofold or uses a new computer, forget "
                "the old pairing and pair again deliberately, side by side, comparing the code together.")
                 .arg(name));
    m_forget->setText(tr("Forget %1 and pair again").arg(name));
    m_forget->setAccessibleName(text::withoutBreaks(m_forget->text()));
    showPage(IdentityChanged);
    m_identityTitle->setFocus();
}

void PartnersPage::showPage(Page page) {
    m_stack->setCurrentIndex(page);
}

} // namespace twofold::app
