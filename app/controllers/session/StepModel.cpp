#include "app/controllers/session/StepModel.h"

#include "app/controllers/DraftStore.h"
#include "app/controllers/session/SessionContext.h"
#include "core/session/Permissions.h"

#include <algorithm>

namespace twofold::app {

using session::Actor;

StepModel::StepModel(SessionContext& context, QObject* parent) : QObject(parent), m_context(context) {
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &StepModel::onEventApplied);
    connect(&m_context.engine(), &sync::SyncEngine::sessionReset, this, [this] {
        m_lastStep = m_context.state().step;
        Q_EMIT changed();
    });
    connect(&m_context, &SessionContext::noticeChanged, this, &StepModel::noticeChanged);
    m_lastStep = m_context.state().step;
}

QString StepModel::stepId() const {
    const auto* step = m_context.step();
    return step ? step->id : QString();
}

QString StepModel::stepTitle() const {
    const auto* step = m_context.step();
    return step ? step->title.text(m_context.language()) : QString();
}

int StepModel::round() const {
    return m_context.state().round;
}

bool StepModel::iSpeak() const {
    return m_context.state().speaker() == m_context.me();
}

QString StepModel::floorBanner() const {
    const auto& state = m_context.state();
    const auto* step = m_context.step();
    if (!state.started || step == nullptr) {
        return {};
    }
    const auto partner = m_context.partnerName();
    if (step->actor == Actor::Both || step->actor == Actor::Either) {
        return tr("Together · you and %1").arg(partner);
    }
    return iSpeak() ? tr("You're speaking · %1 is listening").arg(partner)
                    : tr("%1 is speaking · you're listening").arg(partner);
}

bool StepModel::myTurn() const {
    const auto allowed =
        session::allowedActions(m_context.state(), m_context.engine().session().flows(), m_context.me());
    return std::any_of(allowed.begin(), allowed.end(),
                       [](const session::AllowedAction& a) { return a.allowed() && !a.action->undoes; });
}

QString StepModel::prompt() const {
    const auto* step = m_context.step();
    if (step == nullptr) {
        return {};
    }
    const auto& state = m_context.state();
    const auto language = m_context.language();
    const QString waiting = step->waiting.text(language);
    switch (step->actor) {
    case Actor::Speaker:
    case Actor::Listener: {
        const auto actor = step->actor == Actor::Speaker ? state.speaker() : state.listener();
        return actor == m_context.me() ? step->prompt.text(language) : waiting.arg(m_context.nameOf(actor));
    }
    case Actor::Both:
        if (state.completed.count(m_context.me()) > 0 && !waiting.isEmpty()) {
            return waiting.arg(m_context.partnerName());
        }
        return step->prompt.text(language);
    case Actor::Either:
        return step->prompt.text(language);
    }
    return {};
}

std::vector<ActionView> StepModel::actions() const {
    std::vector<ActionView> views;
    const auto language = m_context.language();
    for (const auto& allowed :
         session::allowedActions(m_context.state(), m_context.engine().session().flows(), m_context.me())) {
        const auto& action = *allowed.action;
        ActionView view;
        view.id = action.id;
        view.label = action.label.text(language);
        view.enabled = allowed.allowed();
        for (const auto& field : action.fields) {
            if (field.kind == session::FieldKind::Coin) {
                continue; // the host fills it
            }
            FieldView fieldView;
            fieldView.name = field.name;
            fieldView.label = field.label.text(language);
            fieldView.kind = field.kind;
            fieldView.required = field.required;
            fieldView.maxLength = field.maxLength;
            if (field.kind == session::FieldKind::Speaker) {
                fieldView.options = {QStringLiteral("coin"), QStringLiteral("me"), QStringLiteral("partner")};
                fieldView.optionLabels = {tr("Let a coin decide"), tr("I'd like to start"),
                                          tr("%1 starts").arg(m_context.partnerName())};
            } else {
                fieldView.options = field.options;
                fieldView.optionLabels = field.options;
            }
            view.fields.push_back(fieldView);
        }
        views.push_back(view);
    }
    return views;
}

std::vector<EntryView> StepModel::recentEntries(int count) const {
    std::vector<EntryView> views;
    const auto& state = m_context.state();
    const auto* flow = m_context.flow();
    if (flow == nullptr) {
        return views;
    }
    const auto language = m_context.language();
    const int size = int(state.entries.size());
    for (int i = std::max(0, size - count); i < size; ++i) {
        const auto& entry = state.entries[std::size_t(i)];
        const auto* entryStep = flow->step(entry.step);
        const auto* action = entryStep ? entryStep->action(entry.action) : nullptr;
        if (action == nullptr) {
            continue;
        }
        EntryView view{m_context.nameOf(entry.by), entry.by == m_context.me(), entryStep->title.text(language), {}};
        for (const auto& field : action->fields) {
            const auto it = entry.fields.find(field.name);
            if (field.kind == session::FieldKind::Text && it != entry.fields.end() && !it->second.isEmpty()) {
                QString label = field.label.text(language).trimmed();
                if (label.endsWith(QChar(0x2026))) { // "I feel …" + "lonely" reads "I feel lonely"
                    label.chop(1);
                }
                view.lines.append(label.trimmed() + QLatin1Char(' ') + it->second);
            }
        }
        views.push_back(view);
    }
    return views;
}

QString StepModel::draft(const QString& action, const QString& field) const {
    return m_context.drafts().value(m_context.draftKey(stepId(), action, field));
}

void StepModel::setDraft(const QString& action, const QString& field, const QString& text) {
    m_context.drafts().set(m_context.draftKey(stepId(), action, field), text);
}

void StepModel::submit(const QString& action) {
    const auto* step = m_context.step();
    const auto* def = step ? step->action(action) : nullptr;
    session::FlowAction intent{action, {}};
    if (def == nullptr) {
        m_context.act(intent); // the engine explains why this is not possible now
        return;
    }
    for (const auto& field : def->fields) {
        if (field.kind == session::FieldKind::Coin) {
            continue;
        }
        auto value = draft(action, field.name);
        if (field.kind == session::FieldKind::Speaker && value.isEmpty()) {
            value = QStringLiteral("coin");
        }
        if (!value.trimmed().isEmpty()) {
            intent.fields[field.name] = value.trimmed();
        }
    }
    m_context.act(intent);
}

QString StepModel::notice() const {
    return m_context.notice();
}

QString StepModel::partnerName() const {
    return m_context.partnerName();
}

void StepModel::onEventApplied(const session::Event& event) {
    if (const auto* action = std::get_if<session::FlowAction>(&event.payload); action && event.by == m_context.me()) {
        forgetUsedDrafts(m_lastStep, *action);
    }
    m_lastStep = m_context.state().step;
    Q_EMIT changed();
}

void StepModel::forgetUsedDrafts(const QString& step, const session::FlowAction& action) {
    const auto* flow = m_context.flow();
    const auto* stepDef = flow ? flow->step(step) : nullptr;
    const auto* actionDef = stepDef ? stepDef->action(action.action) : nullptr;
    const auto prefix = m_context.draftKey(step, action.action, QString());
    m_context.drafts().removeIf([&](const QString& key, const QString& text) {
        if (!key.startsWith(prefix)) {
            return false;
        }
        const auto name = key.mid(prefix.size());
        const auto* field = actionDef ? actionDef->field(name) : nullptr;
        const auto sent = action.fields.find(name);
        // Typed text goes only if it is what was sent: while a restarted side replays its history, an
        // older action of the same step must not wipe what is being typed now. A choice (who starts) was
        // used as soon as the action was applied, even if the host resolved it (a coin). Text that was
        // not sent was blank (submit sends every non-blank draft), unless this is a replay: then it stays.
        if (field == nullptr || field->kind != session::FieldKind::Text) {
            return true;
        }
        return sent == action.fields.end() ? text.trimmed().isEmpty() : sent->second == text.trimmed();
    });
}

} // namespace twofold::app
