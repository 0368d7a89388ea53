#include "app/controllers/session/StepModel.h"

#include "app/controllers/DraftStore.h"
#include "app/controllers/session/SessionContext.h"
#include "core/session/Permissions.h"

#include <algorithm>
#include <utility>

namespace twofold::app {

using session::Actor;

StepModel::StepModel(SessionContext& context, QObject* parent) : QObject(parent), m_context(context), m_words(context) {
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &StepModel::onEventApplied);
    // Caught up after a restart: the history keeps the drafts in step, without a note or a redraw per event.
    connect(&m_context.engine(), &sync::SyncEngine::eventReplayed, this, [this](const session::Event& event) {
        const auto* action = std::get_if<session::FlowAction>(&event.payload);
        if (action != nullptr && event.by == m_context.me()) {
            forgetUsedDrafts(m_lastStep, *action);
        }
        m_lastStep = m_context.state().step;
        m_lastRound = m_context.state().round;
    });
    const auto refresh = [this] {
        m_lastStep = m_context.state().step;
        m_lastRound = m_context.state().round;
        update();
    };
    connect(&m_context.engine(), &sync::SyncEngine::sessionReset, this, refresh);
    // Caught up after a restart: the replayed events were no news; show where the session stands now.
    connect(&m_context.engine(), &sync::SyncEngine::caughtUp, this, refresh);
    connect(&m_context, &SessionContext::noticeChanged, this, &StepModel::noticeChanged);
    m_lastStep = m_context.state().step;
    m_lastRound = m_context.state().round;
    m_shown = shownNow();
}

StepModel::Shown StepModel::shownNow() const {
    Shown shown;
    shown.floor = floorBanner();
    shown.title = stepTitle();
    shown.prompt = prompt();
    shown.moment = momentNote();
    shown.floorNote = floorNote();
    shown.progress = partnerProgress();
    shown.stepId = stepId();
    shown.round = round();
    shown.actions = actions();
    shown.entries = turnEntries();
    shown.fromPartner = fromPartner();
    shown.history = sharedHistory();
    shown.pauseOffered = pauseOffered();
    return shown;
}

void StepModel::update() {
    auto now = shownNow();
    const auto before = std::exchange(m_shown, std::move(now));
    const auto& after = m_shown;
    if (before.floor != after.floor) {
        Q_EMIT floorChanged();
    }
    if (before.title != after.title || before.prompt != after.prompt) {
        Q_EMIT promptChanged();
    }
    if (before.moment != after.moment || before.floorNote != after.floorNote || before.progress != after.progress) {
        Q_EMIT notesChanged();
    }
    if (before.stepId != after.stepId || before.round != after.round || before.actions != after.actions) {
        Q_EMIT actionsChanged();
    }
    if (before.entries != after.entries) {
        Q_EMIT entriesChanged();
    }
    if (before.fromPartner != after.fromPartner) {
        Q_EMIT partnerWordsChanged();
    }
    if (before.history != after.history) {
        Q_EMIT historyChanged();
    }
    if (before.pauseOffered != after.pauseOffered) {
        Q_EMIT pauseOfferChanged();
    }
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
    const auto partner = m_context.partnerInText();
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

bool StepModel::waitingForPartner() const {
    const auto* step = m_context.step();
    const auto& state = m_context.state();
    const bool done = step != nullptr && step->actor == Actor::Both && state.completed.count(m_context.me()) > 0;
    return done || !myTurn();
}

QString StepModel::prompt() const {
    const auto* step = m_context.step();
    if (step == nullptr) {
        return {};
    }
    const auto& state = m_context.state();
    const auto language = m_context.language();
    const QString waiting = step->waiting.text(language);
    // A prompt may name the partner (%1), so no language needs a gender-neutral stand-in for a known name.
    QString prompt = step->prompt.text(language);
    if (prompt.contains(QLatin1String("%1"))) {
        prompt = prompt.arg(m_context.partnerInText());
    }
    switch (step->actor) {
    case Actor::Speaker:
    case Actor::Listener: {
        const auto actor = step->actor == Actor::Speaker ? state.speaker() : state.listener();
        return actor == m_context.me() ? prompt : waiting.arg(m_context.nameInText(actor));
    }
    case Actor::Both:
        if (state.completed.count(m_context.me()) > 0 && !waiting.isEmpty()) {
            return waiting.arg(m_context.partnerInText());
        }
        return prompt;
    case Actor::Either:
        return prompt;
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
        view.primary = action.primary;
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
                                          tr("%1 starts").arg(m_context.partnerInText())};
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
    return m_words.recent(count);
}

std::vector<EntryView> StepModel::turnEntries(int limit) const {
    return m_words.thisTurn(limit);
}

std::vector<EntryView> StepModel::fromPartner() const {
    return m_words.fromPartner();
}

std::vector<EntryView> StepModel::sharedHistory(int count) const {
    return m_words.sharedHistory(count);
}

QString StepModel::partnerProgress() const {
    const auto* step = m_context.step();
    const auto& state = m_context.state();
    if (step == nullptr || step->actor != Actor::Both || !state.started || state.ended) {
        return {};
    }
    const auto language = m_context.language();
    const auto partner = session::other(m_context.me());
    if (state.takingMoment(partner)) { // that they take a moment, never how they are
        return tr("%1 is taking a moment first. The conversation waits; there's no hurry.")
            .arg(m_context.partnerInText());
    }
    const auto text =
        state.completed.count(partner) > 0 ? step->partnerDone.text(language) : step->partnerPending.text(language);
    return text.isEmpty() ? QString() : text.arg(m_context.partnerInText());
}

QString StepModel::floorNote() const {
    const auto& state = m_context.state();
    const auto me = m_context.me();
    const auto partner = session::other(me);
    const auto wishOf = [](const std::array<std::optional<session::Partner>, 2>& wishes, session::Partner who) {
        return wishes[std::size_t(session::indexOf(who))];
    };
    const auto describe = [&](const std::array<std::optional<session::Partner>, 2>& wishes) -> QString {
        const auto mine = wishOf(wishes, me);
        const auto theirs = wishOf(wishes, partner);
        const auto name = m_context.partnerInText();
        if (mine && theirs && *mine != *theirs) {
            return *mine == me ? tr("You both asked to start.") : tr("You each asked the other to start.");
        }
        if (mine && theirs) {
            return *mine == me ? tr("You asked to start, and %1 agreed.").arg(name)
                               : tr("%1 asked to start, and you agreed.").arg(name);
        }
        if (mine) {
            return *mine == me ? tr("You asked to start.") : tr("You asked %1 to start.").arg(name);
        }
        if (theirs) {
            return *theirs == partner ? tr("%1 asked to start.").arg(name)
                                      : tr("%1 would like you to start.").arg(name);
        }
        return {};
    };
    if (state.step == QLatin1String("checkin")) {
        return describe(state.startWishes);
    }
    const auto& decision = state.floorDecision;
    const bool firstTurn = std::none_of(state.entries.begin(), state.entries.end(),
                                        [](const session::Entry& e) { return e.step != QLatin1String("checkin"); });
    if (!decision || !firstTurn || state.round != 1) {
        return {};
    }
    const QString starter = decision->result == me ? tr("You begin.") : tr("%1 begins.").arg(m_context.partnerInText());
    const QString asked = describe(decision->wishes);
    if (decision->coin) {
        return (asked.isEmpty() ? tr("Nobody asked to start, so a coin decided: %1").arg(starter)
                                : asked + QLatin1Char(' ') + tr("A coin decided: %1").arg(starter));
    }
    return asked.isEmpty() ? starter : asked + QLatin1Char(' ') + starter;
}

QString StepModel::momentNote() const {
    return m_moment;
}

bool StepModel::pauseOffered() const {
    const auto& state = m_context.state();
    const auto* step = m_context.step();
    if (step == nullptr || state.entries.empty() || state.paused()) {
        return false;
    }
    const auto& last = state.entries.back();
    const auto* action = last.step == step->id ? step->action(last.action) : nullptr;
    return action != nullptr && action->offersPause && last.by == m_context.me();
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

QString StepModel::partnerInText() const {
    return m_context.partnerInText();
}

void StepModel::onEventApplied(const session::Event& event) {
    const auto& state = m_context.state();
    const auto* action = std::get_if<session::FlowAction>(&event.payload);
    if (action != nullptr && event.by == m_context.me()) {
        forgetUsedDrafts(m_lastStep, *action);
    }
    if (action != nullptr) {
        m_moment.clear();
        const auto* now = m_context.step();
        const bool turnGoesOn =
            now != nullptr && (now->actor == session::Actor::Speaker || now->actor == session::Actor::Listener);
        // Once both were heard the flow goes on together (Closing, practice step 5): nobody's turn is next.
        if (state.round > m_lastRound && event.by.has_value() && !state.ended && turnGoesOn) {
            // The floor passed: thank the one who was heard, and say whose turn it is now. Whoever acted
            // (the listener validating, or the speaker passing on in practice), the one heard is the
            // speaker before the swap.
            const auto next = state.speaker();
            const auto heard = session::other(next);
            m_moment =
                heard == m_context.me()
                    ? tr("Thank you for sharing. Now it's %1's turn to be heard.").arg(m_context.nameInText(next))
                    : tr("Thank you, %1. Now it's your turn to be heard.").arg(m_context.nameInText(heard));
        }
    } else if (std::holds_alternative<session::SessionStarted>(event.payload)) {
        m_moment.clear();
    }
    m_lastStep = state.step;
    m_lastRound = state.round;
    update();
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
