#include "app/pages/ConversationPage.h"

#include "app/controllers/session/PauseModel.h"
#include "app/controllers/session/StepModel.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/TabOrder.h"
#include "app/widgets/WrapButton.h"
#include "core/coach/Coach.h"
#include "core/text/UserText.h"

#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>

namespace twofold::app {
namespace {

QLabel* wrapped(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    return label;
}

// Words someone wrote, as plain text that the keyboard and a screen reader reach: selectable, a Tab stop,
// never editable. Named `name` (a QLabel offers no Text over AT-SPI, so the name carries the words); it is
// rebuilt whenever its words change, so the name never falls behind.
QLabel* readable(const QString& text, const QString& name, QWidget* parent) {
    auto* label = wrapped("entryText", parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAccessibleName(text::withoutBreaks(name)); // a long name read as the one word it is
    return label;
}

void clear(QVBoxLayout* layout) {
    while (auto* item = layout->takeAt(0)) {
        if (auto* widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // may be the button being clicked right now
        }
        delete item;
    }
}

} // namespace

ConversationPage::ConversationPage(StepModel& model, PauseModel& pause, const TextCoach& coach, QWidget* parent)
    : QWidget(parent), m_model(model), m_pause(pause), m_coach(coach), m_scroll(new QScrollArea(this)) {
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

    m_moment = wrapped("momentNote", content);
    m_title = wrapped("stepTitle", content);
    m_prompt = wrapped("stepPrompt", content);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setFocusPolicy(Qt::TabFocus); // where focus waits while the partner acts
    m_floorNote = wrapped("floorNote", content);
    m_progress = wrapped("partnerProgress", content);
    m_fromPartner = new QWidget(content);
    m_fromPartner->setObjectName(QStringLiteral("fromPartner"));
    m_fromPartnerLayout = new QVBoxLayout(m_fromPartner);
    m_fromPartnerLayout->setContentsMargins(0, 0, 0, 0);
    m_fromPartnerLayout->setSpacing(8);
    m_entries = new QWidget(content);
    m_entriesLayout = new QVBoxLayout(m_entries);
    m_entriesLayout->setContentsMargins(0, 0, 0, 0);
    m_entriesLayout->setSpacing(8);
    m_forms = new QWidget(content);
    m_formsLayout = new QVBoxLayout(m_forms);
    m_formsLayout->setContentsMargins(0, 0, 0, 0);
    m_formsLayout->setSpacing(14);
    m_offerPause = new WrapButton(QString(), content);
    m_offerPause->setObjectName(QStringLiteral("offeredPauseButton"));
    connect(m_offerPause, &QPushButton::clicked, this, [this] { m_pause.requestBreak(); });
    m_notice = wrapped("stepNotice", content);
    m_notice->hide();
    // The last few words written for each other, folded away so the turn stays in front.
    m_historyToggle = new WrapButton(tr("What you heard from each other"), content);
    m_historyToggle->setObjectName(QStringLiteral("sharedHistoryToggle"));
    m_historyToggle->setAccessibleName(m_historyToggle->text());
    m_historyToggle->setCheckable(true);
    m_historyToggle->setProperty("quiet", true);
    m_history = new QWidget(content);
    m_history->setObjectName(QStringLiteral("sharedHistory"));
    m_historyLayout = new QVBoxLayout(m_history);
    m_historyLayout->setContentsMargins(12, 0, 0, 0);
    m_historyLayout->setSpacing(4);
    m_history->hide();
    connect(m_historyToggle, &QPushButton::toggled, m_history, &QWidget::setVisible);

    for (QWidget* widget :
         {static_cast<QWidget*>(m_moment), static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_prompt),
          static_cast<QWidget*>(m_floorNote), static_cast<QWidget*>(m_progress), m_fromPartner, m_entries, m_forms}) {
        layout->addWidget(widget);
    }
    layout->addWidget(m_offerPause, 0, Qt::AlignLeft);
    layout->addWidget(m_notice);
    layout->addWidget(m_historyToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_history);
    layout->addStretch(1);

    // Each part is redrawn when the model says that it changed, and only then; hidden, the page is rebuilt
    // when it is shown again.
    connect(&m_model, &StepModel::notesChanged, this, whileShown(this, m_scroll, &ConversationPage::showNotes));
    connect(&m_model, &StepModel::promptChanged, this, whileShown(this, m_scroll, &ConversationPage::showPrompt));
    connect(&m_model, &StepModel::pauseOfferChanged, this,
            whileShown(this, m_scroll, &ConversationPage::showPauseOffer));
    connect(&m_pause, &PauseModel::minutesChanged, this, whileShown(this, m_scroll, &ConversationPage::showPauseOffer));
    connect(&m_model, &StepModel::partnerWordsChanged, this,
            whileShown(this, m_scroll, &ConversationPage::rebuildFromPartner));
    connect(&m_model, &StepModel::entriesChanged, this, whileShown(this, m_scroll, &ConversationPage::rebuildEntries));
    connect(&m_model, &StepModel::actionsChanged, this, whileShown(this, m_scroll, &ConversationPage::rebuildForms));
    connect(&m_model, &StepModel::historyChanged, this, whileShown(this, m_scroll, &ConversationPage::rebuildHistory));
    connect(&m_model, &StepModel::noticeChanged, this, [this](const QString& notice) {
        m_notice->setText(notice); // unnamed on purpose: a screen reader reads the note itself
        m_notice->setVisible(!notice.isEmpty());
    });
    refresh();
}

void ConversationPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_focusPending = true;
    refresh();
}

namespace {

void setLine(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

void ConversationPage::refresh() {
    showNotes();
    showPrompt();
    setLine(m_notice, m_model.notice());
    showPauseOffer();
    rebuildFromPartner();
    rebuildEntries();
    rebuildForms();
    rebuildHistory();
    // Reading order: what the partner wrote for me, this turn, the fields, then the folded history.
    followLayoutOrder(m_scroll, m_scroll->widget());
}

void ConversationPage::showNotes() {
    setLine(m_moment, m_model.momentNote());
    setLine(m_floorNote, m_model.floorNote());
    setLine(m_progress, m_model.partnerProgress());
}

void ConversationPage::showPrompt() {
    m_title->setText(m_model.stepTitle());
    m_prompt->setText(m_model.prompt());
}

void ConversationPage::showPauseOffer() {
    m_offerPause->setText(tr("I need %1 minutes now").arg(m_pause.pauseMinutes()));
    m_offerPause->setAccessibleName(m_offerPause->text());
    m_offerPause->setVisible(m_model.pauseOffered());
}

void ConversationPage::focusWhenShown() {
    if (m_focusPending && isVisible()) {
        m_focusPending = false;
        // After the new fields are shown (a layout shows new children with a queued call).
        QMetaObject::invokeMethod(this, &ConversationPage::focusFirst, Qt::QueuedConnection);
    }
}

void ConversationPage::focusFirst() {
    // The new step's first field, else its main action: never a private button elsewhere. With nothing
    // to do here (waiting for the partner), the prompt, which then says what the partner is doing.
    if (m_model.waitingForPartner()) {
        m_prompt->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (auto* edit : m_forms->findChildren<DraftEdit*>()) {
        if (edit->isVisibleTo(this)) { // not one of the fields just taken away (deleted later)
            edit->setFocus();
            return;
        }
    }
    for (auto* button : m_forms->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(this) && button->isEnabled()) {
            button->setFocus();
            return;
        }
    }
    m_prompt->setFocus(Qt::OtherFocusReason);
}

void ConversationPage::rebuildEntries() {
    const auto entries = m_model.turnEntries();
    clear(m_entriesLayout);
    for (const auto& entry : entries) {
        auto* card = new QFrame(m_entries);
        card->setObjectName(entry.answer ? QStringLiteral("answerCard") : QStringLiteral("entryCard"));
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(14, 10, 14, 10);
        const QString heading = entry.answer ? (entry.mine ? tr("You answered") : tr("%1 answered").arg(entry.who))
                                             : (entry.mine ? tr("You · %1").arg(entry.stepTitle)
                                                           : tr("%1 · %2").arg(entry.who, entry.stepTitle));
        auto* who = wrapped("muted", card);
        who->setText(heading);
        // The partner's words in this turn are reached with Tab like a From card (an outside tester found
        // the statement being reflected skipped by Tab).
        const QString words = entry.lines.join(QLatin1Char('\n'));
        auto* text = readable(words, heading + QLatin1String(": ") + words, card);
        cardLayout->addWidget(who);
        cardLayout->addWidget(text);
        card->setAccessibleName(text::withoutBreaks(who->text() + QLatin1String(": ") + text->text()));
        m_entriesLayout->addWidget(card);
    }
    m_entries->setVisible(!entries.empty());
}

void ConversationPage::rebuildFromPartner() {
    const auto views = m_model.fromPartner();
    clear(m_fromPartnerLayout);
    for (const auto& view : views) {
        auto* card = new QFrame(m_fromPartner);
        card->setObjectName(QStringLiteral("fromPartnerCard"));
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(14, 10, 14, 10);
        auto* heading = wrapped("muted", card);
        heading->setTextFormat(Qt::PlainText); // a name is never markup
        heading->setText(tr("From %1 · %2").arg(view.who, view.stepTitle));
        const auto words = view.lines.join(QLatin1Char('\n'));
        auto* text = readable(words, heading->text() + QLatin1String(": ") + words, card);
        cardLayout->addWidget(heading);
        cardLayout->addWidget(text);
        card->setAccessibleName(text->accessibleName());
        m_fromPartnerLayout->addWidget(card);
    }
    m_fromPartner->setVisible(!views.empty());
}

void ConversationPage::rebuildHistory() {
    const auto views = m_model.sharedHistory();
    m_historyToggle->setVisible(!views.empty());
    clear(m_historyLayout);
    for (const auto& view : views) {
        const QString heading =
            view.mine ? tr("You · %1").arg(view.stepTitle) : tr("%1 · %2").arg(view.who, view.stepTitle);
        const auto line = heading + QLatin1String(": ") + view.lines.join(QLatin1Char(' '));
        m_historyLayout->addWidget(readable(line, line, m_history));
    }
    if (views.empty()) {
        m_historyToggle->setChecked(false);
    }
}

void ConversationPage::rebuildForms() {
    const auto actions = m_model.actions();
    int enabled = 0;
    bool anyPrimary = false;
    for (const auto& action : actions) {
        enabled += action.enabled ? 1 : 0;
        anyPrimary = anyPrimary || (action.enabled && action.primary);
    }
    const std::pair<QString, int> turn{m_model.stepId(), m_model.round()};
    if (turn != m_formsTurn) {
        m_formsTurn = turn;
        m_focusPending = true; // a new step (or turn): focus its first field
    }
    if (m_forms->isAncestorOf(QApplication::focusWidget())) {
        // The focused button goes: focus stays in this column (never the side panel, where one stray
        // Space would start a pause for both), then moves to what comes next.
        m_prompt->setFocus(Qt::OtherFocusReason);
        m_focusPending = true;
    }
    clear(m_formsLayout);
    auto* buttons = new ButtonRow(m_forms);
    bool anyButton = false;
    for (const auto& action : actions) {
        if (!action.enabled) {
            continue;
        }
        // Equal weight unless the flow names a natural path, or there is only one thing to do.
        const bool primary = action.primary || (enabled == 1 && !anyPrimary);
        if (!action.fields.empty()) {
            m_formsLayout->addWidget(buildAction(action, primary, m_forms));
            continue;
        }
        auto* button = new WrapButton(action.label, buttons);
        button->setObjectName(QStringLiteral("action-") + action.id);
        button->setAccessibleName(action.label);
        button->setProperty("primary", primary);
        const auto id = action.id;
        connect(button, &QPushButton::clicked, this, [this, id] { m_model.submit(id); });
        buttons->addButton(button);
        anyButton = true;
    }
    buttons->addStretch();
    if (anyButton) {
        m_formsLayout->addWidget(buttons);
    } else {
        delete buttons;
    }
    focusWhenShown();
}

QWidget* ConversationPage::buildAction(const ActionView& action, bool primary, QWidget* parent) {
    auto* box = new QFrame(parent);
    box->setObjectName(QStringLiteral("actionForm"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const auto actionId = action.id;
    for (const auto& field : action.fields) {
        auto* label = wrapped("fieldLabel", box);
        label->setText(field.label);
        layout->addWidget(label);
        const auto fieldName = field.name;
        if (field.kind == session::FieldKind::Text) {
            auto* edit = new DraftEdit(m_coach, field.multiline(), field.maxLength, box);
            edit->setObjectName(QStringLiteral("field-%1-%2").arg(actionId, fieldName));
            edit->setAccessibleName(field.label);
            edit->setCoachLeadIn(coach::leadInOf(field.label));
            edit->setPlainText(m_model.draft(actionId, fieldName));
            auto* hint = wrapped("coachHint", box);
            edit->setHintLabel(hint);
            connect(edit, &QPlainTextEdit::textChanged, this,
                    [this, edit, actionId, fieldName] { m_model.setDraft(actionId, fieldName, edit->toPlainText()); });
            connect(edit, &DraftEdit::submitRequested, this, [this, actionId] { m_model.submit(actionId); });
            label->setBuddy(edit);
            layout->addWidget(edit);
            layout->addWidget(hint);
            continue;
        }
        // A choice is a group of radio buttons, not a closed combo box: every option can be read at once
        // and chosen by mouse, arrow keys or assistive technology (AT-SPI can toggle a radio button; it
        // cannot commit a combo box's popup).
        auto* group = new QWidget(box);
        group->setObjectName(QStringLiteral("field-%1-%2").arg(actionId, fieldName));
        auto* groupLayout = new QVBoxLayout(group);
        groupLayout->setContentsMargins(0, 0, 0, 0);
        groupLayout->setSpacing(2);
        auto* choices = new QButtonGroup(group);
        const QString current = m_model.draft(actionId, fieldName);
        QRadioButton* chosen = nullptr;
        for (int i = 0; i < field.options.size(); ++i) {
            const QString text = field.optionLabels.value(i, field.options[i]);
            auto* radio = new WrapRadioButton(text, group);
            radio->setObjectName(QStringLiteral("field-%1-%2-%3").arg(actionId, fieldName, field.options[i]));
            radio->setAccessibleName(text::withoutBreaks(text)); // "%1 starts": a long name read whole
            radio->setProperty("value", field.options[i]);
            choices->addButton(radio, i);
            groupLayout->addWidget(radio);
            if (chosen == nullptr || field.options[i] == current) {
                chosen = radio; // the draft's choice, else the first option
            }
        }
        if (chosen != nullptr) {
            chosen->setChecked(true);
            m_model.setDraft(actionId, fieldName, chosen->property("value").toString());
        }
        connect(choices, &QButtonGroup::idToggled, this, [this, choices, actionId, fieldName](int id, bool on) {
            if (on) {
                m_model.setDraft(actionId, fieldName, choices->button(id)->property("value").toString());
            }
        });
        label->setBuddy(chosen);
        layout->addWidget(group);
    }
    auto* button = new WrapButton(action.label, box);
    button->setObjectName(QStringLiteral("action-") + actionId);
    button->setAccessibleName(action.label);
    button->setProperty("primary", primary);
    button->setToolTip(tr("Ctrl+Enter sends it from any of its fields"));
    connect(button, &QPushButton::clicked, this, [this, actionId] { m_model.submit(actionId); });
    // Ctrl+Enter from anywhere in the form (its radio buttons too, not only its text fields).
    for (const auto key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(key), box);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, actionId] { m_model.submit(actionId); });
    }
    layout->addWidget(button, 0, Qt::AlignLeft);
    return box;
}

} // namespace twofold::app
