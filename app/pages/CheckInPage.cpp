#include "app/pages/CheckInPage.h"

#include "app/controllers/session/CheckInModel.h"
#include "app/widgets/BreathingPacer.h"
#include "app/widgets/WrapButton.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace twofold::app {

using session::Activation;

namespace {

QLabel* label(const QString& text, const char* name, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    return l;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent, bool primary = false) {
    auto* b = new WrapButton(text, parent); // grows onto a second line rather than being cut
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(text);
    b->setProperty("primary", primary);
    return b;
}

} // namespace

CheckInPage::CheckInPage(CheckInModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_levels(new QButtonGroup(this)), m_flows(new QButtonGroup(this)) {
    setObjectName(QStringLiteral("checkInPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Check in with yourself"));
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(10);

    m_connection = label(QString(), "connectionNote", content);
    layout->addWidget(m_connection);
    m_joinNote = label(QString(), "joinNote", content);
    layout->addWidget(m_joinNote);
    layout->addWidget(label(tr("Check in with yourself"), "pageTitle", content));
    layout->addWidget(
        label(tr("How are you right now? This stays on your computer; %1 won't see it.").arg(m_model.partnerInText()),
              "pageIntro", content));

    const std::pair<Activation, QString> levels[] = {
        {Activation::Settled, tr("Settled: I can listen and speak calmly")},
        {Activation::ABitActivated, tr("A bit activated: some tension, but I can stay with it")},
        {Activation::Flooded, tr("Flooded: my heart is racing, it's hard to think")},
    };
    for (const auto& [level, text] : levels) {
        auto* radio = new WrapRadioButton(text, content);
        radio->setObjectName(QStringLiteral("level-%1").arg(int(level)));
        radio->setAccessibleName(text);
        m_levels->addButton(radio, int(level));
        layout->addWidget(radio);
    }
    // idToggled, not idClicked: keyboard, mouse and assistive technology (AT-SPI's Toggle) all land here.
    connect(m_levels, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            m_model.setActivation(static_cast<Activation>(id));
        }
    });

    // Flooded: a kind note and a real way to take a few quiet minutes first, on this computer only.
    m_flooded = new QWidget(content);
    auto* floodedLayout = new QVBoxLayout(m_flooded);
    floodedLayout->setContentsMargins(0, 0, 0, 0);
    floodedLayout->addWidget(label(tr("Thank you for noticing. It may help to take a few quiet minutes before you "
                                      "begin. The conversation can wait until you're ready, and you can ask for a "
                                      "pause at any time."),
                                   "floodedNote", m_flooded));
    m_takeMinutes = button(tr("Take a few minutes first"), "takeMinutesButton", m_flooded);
    floodedLayout->addWidget(m_takeMinutes, 0, Qt::AlignLeft);
    layout->addWidget(m_flooded);
    m_quiet = new QWidget(content);
    auto* quietLayout = new QVBoxLayout(m_quiet);
    quietLayout->setContentsMargins(0, 0, 0, 0);
    m_quietNote = label(QString(), "muted", m_quiet);
    quietLayout->addWidget(m_quietNote);
    m_pacer = new BreathingPacer(m_quiet);
    quietLayout->addWidget(m_pacer, 0, Qt::AlignHCenter);
    auto* back = button(tr("I'm back"), "quietBackButton", m_quiet);
    quietLayout->addWidget(back, 0, Qt::AlignHCenter);
    layout->addWidget(m_quiet);
    m_quiet->hide();
    connect(m_takeMinutes, &QPushButton::clicked, this, [this] { showQuietMinutes(true); });
    connect(back, &QPushButton::clicked, this, [this] { showQuietMinutes(false); });

    m_flowBox = new QWidget(content);
    auto* flowLayout = new QVBoxLayout(m_flowBox);
    flowLayout->setContentsMargins(0, 10, 0, 0);
    flowLayout->addWidget(label(tr("What would you like to do together?"), "sectionTitle", m_flowBox));
    int index = 0;
    for (const auto& flow : m_model.flows()) {
        auto* radio = new WrapRadioButton(flow.title, m_flowBox);
        radio->setObjectName(QStringLiteral("flow-") + flow.id);
        radio->setAccessibleName(flow.title);
        radio->setProperty("flowId", flow.id);
        auto* description = label(flow.description, "muted", m_flowBox);
        description->setContentsMargins(28, 0, 0, 6);
        m_flows->addButton(radio, index++);
        flowLayout->addWidget(radio);
        flowLayout->addWidget(description);
    }
    if (auto* first = m_flows->button(0)) {
        first->setChecked(true); // what we do together, not how I feel: a sensible default
    }
    layout->addWidget(m_flowBox);

    m_begin = button(tr("Begin together"), "beginButton", content, true);
    connect(m_begin, &QPushButton::clicked, this, [this] {
        if (auto* checked = m_flows->checkedButton()) {
            m_model.start(checked->property("flowId").toString());
        }
    });
    layout->addWidget(m_begin, 0, Qt::AlignLeft);
    m_join = button(tr("Join the conversation"), "joinButton", content, true);
    connect(m_join, &QPushButton::clicked, this, [this] { m_model.join(); });
    layout->addWidget(m_join, 0, Qt::AlignLeft);
    m_waiting = label(QString(), "muted", content);
    layout->addWidget(m_waiting);
    layout->addStretch(1);
    connect(&m_model, &CheckInModel::connectionChanged, this, &CheckInPage::showConnection);
    connect(&m_model, &CheckInModel::levelChanged, this, &CheckInPage::showLevel);
    connect(&m_model, &CheckInModel::stageChanged, this, &CheckInPage::showStage);
    refresh();
}

void CheckInPage::focusFirst() {
    // The private level first: the one chosen, else the first.
    auto* level = m_levels->checkedButton() != nullptr ? m_levels->checkedButton() : m_levels->button(0);
    if (level != nullptr) {
        level->setFocus(Qt::OtherFocusReason);
    }
}

void CheckInPage::setReducedMotion(bool reduced) {
    m_pacer->setReducedMotion(reduced);
}

void CheckInPage::showQuietMinutes(bool show) {
    m_quiet->setVisible(show);
    m_takeMinutes->setVisible(!show);
    (show ? static_cast<QWidget*>(m_quiet->findChild<QPushButton*>()) : m_takeMinutes)->setFocus();
}

void CheckInPage::refresh() {
    showConnection();
    showLevel();
    showStage();
}

void CheckInPage::showConnection() {
    m_connection->setText(m_model.connectionNote());
    m_begin->setEnabled(m_model.linked());
    showWaiting();
}

void CheckInPage::showLevel() {
    // No level is chosen for anyone; after a conversation the choice starts fresh.
    const auto level = m_model.activation();
    if (!level && m_levels->checkedButton() != nullptr) {
        m_levels->setExclusive(false);
        m_levels->checkedButton()->setChecked(false);
        m_levels->setExclusive(true);
    }
    m_flooded->setVisible(m_model.suggestsPause());
    if (!m_model.suggestsPause()) {
        m_quiet->hide();
        m_takeMinutes->show();
    }
}

void CheckInPage::showStage() {
    m_joinNote->setText(m_model.joinNote());
    const bool joining = m_model.joinPending() || m_model.holding();
    m_joinNote->setVisible(joining);
    // Honest about what the partner sees: nothing before the session begins, "taking a moment" once held.
    m_quietNote->setText(m_model.holding() ? tr("Breathe with the circle for as long as you like. %1 only sees that "
                                                "you're taking a moment first.")
                                                 .arg(m_model.partnerInText())
                                           : tr("Breathe with the circle for as long as you like. Nothing is shared; "
                                                "%1 only sees that you aren't ready yet.")
                                                 .arg(m_model.partnerInText()));
    const bool host = m_model.canStart();
    m_flowBox->setVisible(host);
    m_begin->setVisible(host);
    m_join->setVisible(joining);
    showWaiting();
}

void CheckInPage::showWaiting() {
    const bool joining = m_model.joinPending() || m_model.holding();
    const bool host = m_model.canStart();
    if (joining) {
        m_waiting->setText(tr("Nothing starts until you both say you're ready."));
    } else if (!host) {
        m_waiting->setText(tr("%1 will choose how to begin. Take your time; nothing starts until you both say "
                              "you're ready.")
                               .arg(m_model.partnerInText()));
    } else if (!m_model.linked()) {
        m_waiting->setText(tr("Waiting for %1 to be connected.").arg(m_model.partnerInText()));
    } else {
        m_waiting->setText(tr("Nothing starts until you both say you're ready."));
    }
}

} // namespace twofold::app
