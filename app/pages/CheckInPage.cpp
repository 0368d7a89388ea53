#include "app/pages/CheckInPage.h"

#include "app/controllers/session/CheckInModel.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace twofold::app {

using session::Activation;

CheckInPage::CheckInPage(CheckInModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_levels(new QButtonGroup(this)), m_flows(new QButtonGroup(this)) {
    setObjectName(QStringLiteral("checkInPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Check in with yourself"));
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(10);

    auto* title = new QLabel(tr("Check in with yourself"), content);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* intro = new QLabel(
        tr("How are you right now? This stays on your computer; %1 won't see it.").arg(m_model.partnerName()), content);
    intro->setObjectName(QStringLiteral("pageIntro"));
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);

    const std::pair<Activation, QString> levels[] = {
        {Activation::Settled, tr("Settled: I can listen and speak calmly")},
        {Activation::ABitActivated, tr("A bit activated: some tension, but I can stay with it")},
        {Activation::Flooded, tr("Flooded: my heart is racing, it's hard to think")},
    };
    for (const auto& [level, text] : levels) {
        auto* radio = new QRadioButton(text, content);
        radio->setObjectName(QStringLiteral("level-%1").arg(int(level)));
        radio->setAccessibleName(text);
        m_levels->addButton(radio, int(level));
        layout->addWidget(radio);
    }
    m_levels->button(int(m_model.activation()))->setChecked(true);
    // idToggled, not idClicked: keyboard, mouse and assistive technology (AT-SPI's Toggle) all land here.
    connect(m_levels, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            m_model.setActivation(static_cast<Activation>(id));
        }
    });

    m_floodedNote = new QLabel(tr("Thank you for noticing. It may help to pause before you begin: a few slow "
                                  "breaths, some water, a short walk. The conversation can wait until you're "
                                  "ready, and you can ask for a pause at any time."),
                               content);
    m_floodedNote->setObjectName(QStringLiteral("floodedNote"));
    m_floodedNote->setWordWrap(true);
    layout->addWidget(m_floodedNote);

    m_flowBox = new QWidget(content);
    auto* flowLayout = new QVBoxLayout(m_flowBox);
    flowLayout->setContentsMargins(0, 10, 0, 0);
    auto* flowTitle = new QLabel(tr("What would you like to do together?"), m_flowBox);
    flowTitle->setObjectName(QStringLiteral("sectionTitle"));
    flowLayout->addWidget(flowTitle);
    int index = 0;
    for (const auto& flow : m_model.flows()) {
        auto* radio = new QRadioButton(flow.title, m_flowBox);
        radio->setObjectName(QStringLiteral("flow-") + flow.id);
        radio->setAccessibleName(flow.title);
        radio->setProperty("flowId", flow.id);
        auto* description = new QLabel(flow.description, m_flowBox);
        description->setObjectName(QStringLiteral("muted"));
        description->setWordWrap(true);
        description->setContentsMargins(28, 0, 0, 6);
        m_flows->addButton(radio, index++);
        flowLayout->addWidget(radio);
        flowLayout->addWidget(description);
    }
    if (auto* first = m_flows->button(0)) {
        first->setChecked(true);
    }
    layout->addWidget(m_flowBox);

    m_begin = new QPushButton(tr("Begin together"), content);
    m_begin->setObjectName(QStringLiteral("beginButton"));
    m_begin->setAccessibleName(m_begin->text());
    m_begin->setProperty("primary", true);
    connect(m_begin, &QPushButton::clicked, this, [this] {
        if (auto* checked = m_flows->checkedButton()) {
            m_model.start(checked->property("flowId").toString());
        }
    });
    layout->addWidget(m_begin, 0, Qt::AlignLeft);
    m_waiting = new QLabel(content);
    m_waiting->setObjectName(QStringLiteral("muted"));
    m_waiting->setWordWrap(true);
    layout->addWidget(m_waiting);
    layout->addStretch(1);
    connect(&m_model, &CheckInModel::changed, this, &CheckInPage::refresh);
    refresh();
}

void CheckInPage::refresh() {
    m_floodedNote->setVisible(m_model.suggestsPause());
    const bool host = m_model.canStart();
    m_flowBox->setVisible(host);
    m_begin->setVisible(host);
    m_begin->setEnabled(m_model.linked());
    if (!host) {
        m_waiting->setText(tr("%1 will choose how to begin. Take your time; nothing starts until you both say "
                              "you're ready.")
                               .arg(m_model.partnerName()));
    } else if (!m_model.linked()) {
        m_waiting->setText(tr("Waiting for %1 to be connected.").arg(m_model.partnerName()));
    } else {
        m_waiting->setText(tr("Nothing starts until you both say you're ready."));
    }
}

} // namespace twofold::app
