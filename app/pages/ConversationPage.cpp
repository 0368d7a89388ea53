#include "app/pages/ConversationPage.h"

#include "app/controllers/session/StepModel.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/TabOrder.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>

namespace twofold::app {

ConversationPage::ConversationPage(StepModel& model, const TextCoach& coach, QWidget* parent)
    : QWidget(parent), m_model(model), m_coach(coach), m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("conversationPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAccessibleName(tr("Conversation"));
    auto* content = new QWidget(m_scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 12, 4);
    layout->setSpacing(12);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setWordWrap(true);
    m_prompt = new QLabel(content);
    m_prompt->setObjectName(QStringLiteral("stepPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entries = new QWidget(content);
    m_entriesLayout = new QVBoxLayout(m_entries);
    m_entriesLayout->setContentsMargins(0, 0, 0, 0);
    m_entriesLayout->setSpacing(8);
    m_forms = new QWidget(content);
    m_formsLayout = new QVBoxLayout(m_forms);
    m_formsLayout->setContentsMargins(0, 0, 0, 0);
    m_formsLayout->setSpacing(14);
    m_notice = new QLabel(content);
    m_notice->setObjectName(QStringLiteral("stepNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_entries);
    layout->addWidget(m_forms);
    layout->addWidget(m_notice);
    layout->addStretch(1);

    connect(&m_model, &StepModel::changed, this, [this] {
        if (isVisible()) { // hidden, it is rebuilt when it is shown again
            refresh();
        }
    });
    connect(&m_model, &StepModel::noticeChanged, this, [this](const QString& notice) {
        m_notice->setText(notice); // unnamed on purpose: a screen reader reads the note itself
        m_notice->setVisible(!notice.isEmpty());
    });
    refresh();
}

void ConversationPage::refresh() {
    m_title->setText(m_model.stepTitle());
    m_prompt->setText(m_model.prompt());
    m_notice->setText(m_model.notice());
    m_notice->setVisible(!m_model.notice().isEmpty());
    rebuildEntries();
    rebuildForms();
    followLayoutOrder(m_scroll, m_forms);
}

void ConversationPage::rebuildEntries() {
    const auto entries = m_model.recentEntries(2);
    QString key;
    for (const auto& entry : entries) {
        key += entry.who + entry.lines.join(QLatin1Char('\n'));
    }
    key += m_model.stepId();
    if (key == m_entriesKey) {
        return;
    }
    m_entriesKey = key;
    while (auto* item = m_entriesLayout->takeAt(0)) {
        if (auto* widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // may be the button being clicked right now
        }
        delete item;
    }
    for (const auto& entry : entries) {
        auto* card = new QFrame(m_entries);
        card->setObjectName(QStringLiteral("entryCard"));
        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(14, 10, 14, 10);
        auto* who = new QLabel(entry.mine ? tr("You · %1").arg(entry.stepTitle)
                                          : QStringLiteral("%1 · %2").arg(entry.who, entry.stepTitle),
                               card);
        who->setObjectName(QStringLiteral("muted"));
        auto* text = new QLabel(entry.lines.join(QLatin1Char('\n')), card);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(who);
        layout->addWidget(text);
        card->setAccessibleName(who->text() + QLatin1String(": ") + text->text());
        m_entriesLayout->addWidget(card);
    }
    m_entries->setVisible(!entries.empty());
}

void ConversationPage::rebuildForms() {
    const auto actions = m_model.actions();
    QString key = m_model.stepId() + QString::number(m_model.round());
    for (const auto& action : actions) {
        key += QLatin1Char('|') + action.id + (action.enabled ? QLatin1Char('+') : QLatin1Char('-'));
    }
    if (key == m_formsKey) {
        return;
    }
    m_formsKey = key;
    while (auto* item = m_formsLayout->takeAt(0)) {
        if (auto* widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // may be the button being clicked right now
        }
        delete item;
    }
    auto* buttons = new QWidget(m_forms);
    auto* buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    bool anyButton = false;
    for (const auto& action : actions) {
        if (!action.enabled) {
            continue;
        }
        if (!action.fields.empty()) {
            m_formsLayout->addWidget(buildAction(action, m_forms));
            continue;
        }
        auto* button = new QPushButton(action.label, buttons);
        button->setObjectName(QStringLiteral("action-") + action.id);
        button->setAccessibleName(action.label);
        const auto id = action.id;
        connect(button, &QPushButton::clicked, this, [this, id] { m_model.submit(id); });
        buttonRow->addWidget(button);
        anyButton = true;
    }
    buttonRow->addStretch(1);
    if (anyButton) {
        m_formsLayout->addWidget(buttons);
    } else {
        delete buttons;
    }
}

QWidget* ConversationPage::buildAction(const ActionView& action, QWidget* parent) {
    auto* box = new QFrame(parent);
    box->setObjectName(QStringLiteral("actionForm"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const auto actionId = action.id;
    for (const auto& field : action.fields) {
        auto* label = new QLabel(field.label, box);
        label->setWordWrap(true);
        layout->addWidget(label);
        const auto fieldName = field.name;
        if (field.kind == session::FieldKind::Text) {
            auto* edit = new DraftEdit(m_coach, field.multiline(), field.maxLength, box);
            edit->setObjectName(QStringLiteral("field-%1-%2").arg(actionId, fieldName));
            edit->setAccessibleName(field.label);
            edit->setPlainText(m_model.draft(actionId, fieldName));
            auto* hint = new QLabel(box);
            hint->setObjectName(QStringLiteral("coachHint"));
            hint->setWordWrap(true);
            edit->setHintLabel(hint);
            connect(edit, &QPlainTextEdit::textChanged, this,
                    [this, edit, actionId, fieldName] { m_model.setDraft(actionId, fieldName, edit->toPlainText()); });
            label->setBuddy(edit);
            layout->addWidget(edit);
            layout->addWidget(hint);
        } else {
            // A choice is a group of radio buttons, not a closed combo box: every option can be read at
            // once and chosen by mouse, arrow keys or assistive technology (AT-SPI can toggle a radio
            // button; it cannot commit a combo box's popup).
            auto* group = new QWidget(box);
            group->setObjectName(QStringLiteral("field-%1-%2").arg(actionId, fieldName));
            auto* groupLayout = new QVBoxLayout(group);
            groupLayout->setContentsMargins(0, 0, 0, 0);
            groupLayout->setSpacing(2);
            auto* buttons = new QButtonGroup(group);
            const QString current = m_model.draft(actionId, fieldName);
            QRadioButton* chosen = nullptr;
            for (int i = 0; i < field.options.size(); ++i) {
                const QString text = field.optionLabels.value(i, field.options[i]);
                auto* radio = new QRadioButton(text, group);
                radio->setObjectName(QStringLiteral("field-%1-%2-%3").arg(actionId, fieldName, field.options[i]));
                radio->setAccessibleName(text);
                radio->setProperty("value", field.options[i]);
                buttons->addButton(radio, i);
                groupLayout->addWidget(radio);
                if (chosen == nullptr || field.options[i] == current) {
                    chosen = radio; // the draft's choice, else the first option
                }
            }
            if (chosen != nullptr) {
                chosen->setChecked(true);
                m_model.setDraft(actionId, fieldName, chosen->property("value").toString());
            }
            connect(buttons, &QButtonGroup::idToggled, this, [this, buttons, actionId, fieldName](int id, bool on) {
                if (on) {
                    m_model.setDraft(actionId, fieldName, buttons->button(id)->property("value").toString());
                }
            });
            label->setBuddy(chosen);
            layout->addWidget(group);
        }
    }
    auto* button = new QPushButton(action.label, box);
    button->setObjectName(QStringLiteral("action-") + actionId);
    button->setAccessibleName(action.label);
    button->setProperty("primary", true);
    connect(button, &QPushButton::clicked, this, [this, actionId] { m_model.submit(actionId); });
    layout->addWidget(button, 0, Qt::AlignLeft);
    return box;
}

} // namespace twofold::app
