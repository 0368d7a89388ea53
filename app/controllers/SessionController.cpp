#include "app/controllers/SessionController.h"

#include "app/controllers/Chime.h"
#include "app/controllers/DraftStore.h"
#include "core/log/Log.h"
#include "core/session/PauseRules.h"
#include "core/session/SignalCatalogue.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace twofold::app {

using session::Actor;
using session::Partner;

namespace {
constexpr int kMaxReceivedSignals = 20;
constexpr int kBreathSeconds = 60;

QString clockTime(qint64 ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}
} // namespace

SessionController::SessionController(sync::SyncEngine& engine, session::Clock& clock, Chime& chime, DraftStore& drafts,
                                     Options options, QObject* parent)
    : QObject(parent), m_engine(engine), m_clock(clock), m_chime(chime), m_drafts(drafts),
      m_options(std::move(options)) {
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SessionController::refresh);
    connect(&m_engine, &sync::SyncEngine::eventApplied, this, &SessionController::onEventApplied);
    connect(&m_engine, &sync::SyncEngine::rejected, this, &SessionController::onRejected);
    connect(&m_engine, &sync::SyncEngine::sessionReset, this, &SessionController::onReset);
    connect(&m_drafts, &DraftStore::writeFailed, this, &SessionController::setNotice);
    connect(&m_engine, &sync::SyncEngine::linkChanged, this, [this](bool linked) {
        if (linked) {
            m_partnerClosedApp = false;
        }
        Q_EMIT linkChanged(linked);
        Q_EMIT changed();
    });
    m_lastStep = m_engine.session().state().step;
}

QString SessionController::myName() const {
    return nameOf(me());
}

QString SessionController::partnerName() const {
    return nameOf(session::other(me()));
}

QString SessionController::nameOf(Partner partner) const {
    const auto& state = m_engine.session().state();
    if (state.started && !state.name(partner).isEmpty()) {
        return state.name(partner);
    }
    return partner == me() ? m_options.myName : m_options.partnerName;
}

Screen SessionController::screen() const {
    const auto& state = m_engine.session().state();
    if (!state.started || (m_beginAgain && canStart())) {
        return Screen::CheckIn;
    }
    if (state.ended) {
        return Screen::Summary;
    }
    if (state.paused()) {
        return Screen::Pause;
    }
    const auto* current = step();
    return current != nullptr && current->final ? Screen::Summary : Screen::Conversation;
}

void SessionController::setActivation(session::Activation activation) {
    if (m_activation != activation) {
        m_activation = activation;
        Q_EMIT changed();
    }
}

std::vector<SessionController::FlowChoice> SessionController::flows() const {
    std::vector<FlowChoice> choices;
    for (const auto* flow : m_engine.session().flows().all()) {
        choices.push_back({flow->id, flow->title.text(m_options.language), flow->description.text(m_options.language)});
    }
    // The conversation first, then the practice, then anything added later.
    std::stable_sort(choices.begin(), choices.end(), [](const FlowChoice& a, const FlowChoice& b) {
        const auto rank = [](const QString& id) {
            return id == QLatin1String("conversation") ? 0 : id == QLatin1String("practice") ? 1 : 2;
        };
        return rank(a.id) < rank(b.id);
    });
    return choices;
}

bool SessionController::canStart() const {
    const auto& state = m_engine.session().state();
    return isHost() && (!state.started || state.ended);
}

void SessionController::start(const QString& flowId) {
    const auto status = m_engine.startSession(flowId, m_options.myName, m_options.partnerName);
    if (!status.ok()) {
        setNotice(status.error().message);
        return;
    }
    m_beginAgain = false;
    setNotice({});
    Q_EMIT changed();
}

void SessionController::beginAgain() {
    m_beginAgain = true;
    Q_EMIT changed();
}

const session::StepDef* SessionController::step() const {
    return m_engine.session().currentStep();
}

QString SessionController::stepId() const {
    const auto* current = step();
    return current ? current->id : QString();
}

bool SessionController::iSpeak() const {
    return m_engine.session().state().speaker() == me();
}

QString SessionController::floorBanner() const {
    const auto& state = m_engine.session().state();
    const auto* current = step();
    if (!state.started || current == nullptr) {
        return {};
    }
    if (current->actor == Actor::Both || current->actor == Actor::Either) {
        return tr("Together · you and %1").arg(partnerName());
    }
    return iSpeak() ? tr("You're speaking · %1 is listening").arg(partnerName())
                    : tr("%1 is speaking · you're listening").arg(partnerName());
}

bool SessionController::canAct(const session::StepDef& current, const session::ActionDef& action) const {
    const auto& state = m_engine.session().state();
    if (state.ended || state.paused()) {
        return false;
    }
    switch (current.actor) {
    case Actor::Speaker:
        return state.speaker() == me();
    case Actor::Listener:
        return state.listener() == me();
    case Actor::Both:
        return action.undoes ? state.completed.count(me()) > 0 : state.completed.count(me()) == 0;
    case Actor::Either:
        if (!action.setFlag.isEmpty()) {
            return !state.flagged(action.setFlag, me());
        }
        if (!action.clearFlag.isEmpty()) {
            return state.flagged(action.clearFlag, me());
        }
        return true;
    }
    return false;
}

bool SessionController::myTurn() const {
    const auto* current = step();
    if (current == nullptr) {
        return false;
    }
    return std::any_of(current->actions.begin(), current->actions.end(),
                       [&](const session::ActionDef& action) { return canAct(*current, action) && !action.undoes; });
}

QString SessionController::stepTitle() const {
    const auto* current = step();
    return current ? current->title.text(m_options.language) : QString();
}

QString SessionController::prompt() const {
    const auto* current = step();
    if (current == nullptr) {
        return {};
    }
    const auto& state = m_engine.session().state();
    QString waiting = current->waiting.text(m_options.language);
    switch (current->actor) {
    case Actor::Speaker:
    case Actor::Listener: {
        const auto actor = current->actor == Actor::Speaker ? state.speaker() : state.listener();
        return actor == me() ? current->prompt.text(m_options.language) : waiting.arg(nameOf(actor));
    }
    case Actor::Both:
        if (state.completed.count(me()) > 0 && !waiting.isEmpty()) {
            return waiting.arg(partnerName());
        }
        return current->prompt.text(m_options.language);
    case Actor::Either:
        return current->prompt.text(m_options.language);
    }
    return {};
}

std::vector<ActionView> SessionController::actions() const {
    std::vector<ActionView> views;
    const auto* current = step();
    if (current == nullptr) {
        return views;
    }
    for (const auto& action : current->actions) {
        ActionView view;
        view.id = action.id;
        view.label = action.label.text(m_options.language);
        view.enabled = canAct(*current, action);
        for (const auto& field : action.fields) {
            if (field.kind == session::FieldKind::Coin) {
                continue; // the host fills it
            }
            FieldView fieldView;
            fieldView.name = field.name;
            fieldView.label = field.label.text(m_options.language);
            fieldView.kind = field.kind;
            fieldView.required = field.required;
            fieldView.maxLength = field.maxLength;
            if (field.kind == session::FieldKind::Speaker) {
                fieldView.options = {QStringLiteral("coin"), QStringLiteral("me"), QStringLiteral("partner")};
                fieldView.optionLabels = {tr("Let a coin decide"), tr("I'd like to start"),
                                          tr("%1 starts").arg(partnerName())};
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

std::vector<EntryView> SessionController::recentEntries(int count) const {
    std::vector<EntryView> views;
    const auto& state = m_engine.session().state();
    const auto* flow = m_engine.session().flow();
    if (flow == nullptr) {
        return views;
    }
    const int size = int(state.entries.size());
    for (int i = std::max(0, size - count); i < size; ++i) {
        const auto& entry = state.entries[std::size_t(i)];
        const auto* entryStep = flow->step(entry.step);
        const auto* action = entryStep ? entryStep->action(entry.action) : nullptr;
        if (action == nullptr) {
            continue;
        }
        EntryView view{nameOf(entry.by), entry.by == me(), entryStep->title.text(m_options.language), {}};
        for (const auto& field : action->fields) {
            const auto it = entry.fields.find(field.name);
            if (field.kind == session::FieldKind::Text && it != entry.fields.end() && !it->second.isEmpty()) {
                QString label = field.label.text(m_options.language).trimmed();
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

// Drafts are keyed by the session they belong to (the seq of its SessionStarted event), the step, the
// action and the field: "s12/statement/share/feel".
QString SessionController::draftKey(const QString& stepId, const QString& action, const QString& field) const {
    return QLatin1Char('s') + QString::number(sessionStartSeq()) + QLatin1Char('/') + stepId + QLatin1Char('/') +
           action + QLatin1Char('/') + field;
}

quint64 SessionController::sessionStartSeq() const {
    const auto& log = m_engine.session().log();
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        if (std::holds_alternative<session::SessionStarted>(it->payload)) {
            return it->seq;
        }
    }
    return 0;
}

void SessionController::forgetDraftsOfEarlierSessions(quint64 beforeOrAt) {
    m_drafts.removeIf([beforeOrAt](const QString& key, const QString&) {
        const auto slash = key.indexOf(QLatin1Char('/'));
        bool ok = false;
        const auto seq = key.mid(1, slash - 1).toULongLong(&ok);
        return !ok || seq <= beforeOrAt;
    });
}

void SessionController::forgetUsedDrafts(const QString& stepId, const session::FlowAction& action) {
    const auto* flow = m_engine.session().flow();
    const auto* stepDef = flow ? flow->step(stepId) : nullptr;
    const auto* actionDef = stepDef ? stepDef->action(action.action) : nullptr;
    const auto prefix = draftKey(stepId, action.action, QString());
    m_drafts.removeIf([&](const QString& key, const QString& text) {
        if (!key.startsWith(prefix)) {
            return false;
        }
        const auto name = key.mid(prefix.size());
        const auto* field = actionDef ? actionDef->field(name) : nullptr;
        const auto sent = action.fields.find(name);
        // Typed text goes only if it is what was sent: while a restarted side replays its history, an older
        // action of the same step must not wipe what is being typed now. A choice (who starts) was used as
        // soon as the action was applied, even if the host resolved it (a coin). Text that was not sent was
        // blank (submit sends every non-blank draft), unless this is a replay: then it stays.
        if (field == nullptr || field->kind != session::FieldKind::Text) {
            return true;
        }
        return sent == action.fields.end() ? text.trimmed().isEmpty() : sent->second == text.trimmed();
    });
}

QString SessionController::draft(const QString& action, const QString& field) const {
    return m_drafts.value(draftKey(stepId(), action, field));
}

void SessionController::setDraft(const QString& action, const QString& field, const QString& text) {
    m_drafts.set(draftKey(stepId(), action, field), text);
}

void SessionController::submit(const QString& action) {
    const auto* current = step();
    const auto* def = current ? current->action(action) : nullptr;
    session::FlowAction intent{action, {}};
    if (def == nullptr) {
        act(intent); // the engine explains why this is not possible now
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
    act(intent);
}

void SessionController::act(const session::Payload& payload) {
    const auto status = m_engine.submit(payload);
    if (!status.ok()) {
        setNotice(status.error().message);
    }
}

void SessionController::setNotice(const QString& notice) {
    if (m_notice != notice) {
        m_notice = notice;
        Q_EMIT noticeChanged(m_notice);
    }
}

void SessionController::requestBreak() {
    act(session::PauseRequested{session::PauseKind::Break, m_options.pauseMinutes * 60});
}

void SessionController::requestBreath() {
    act(session::PauseRequested{session::PauseKind::Breath, kBreathSeconds});
}

void SessionController::sendSignal(const QString& signalId) {
    act(session::SignalSent{signalId});
}

void SessionController::endSession() {
    act(session::SessionEnded{});
}

PauseView SessionController::pause() const {
    PauseView view;
    const auto& state = m_engine.session().state();
    if (!state.pause) {
        return view;
    }
    const auto& p = *state.pause;
    view.active = true;
    view.mine = p.by == me();
    view.breath = p.kind == session::PauseKind::Breath;
    view.reEntry = p.phase == session::PauseState::Phase::ReEntry;
    const qint64 left = std::max<qint64>(0, p.endsAt - m_clock.nowMs());
    view.remainingSeconds = int((left + 999) / 1000);
    view.countdown = QStringLiteral("%1:%2")
                         .arg(view.remainingSeconds / 60)
                         .arg(view.remainingSeconds % 60, 2, 10, QLatin1Char('0'));
    const QString back = clockTime(p.endsAt);
    const int minutes = std::max(1, p.lengthSeconds / 60);
    if (view.reEntry) {
        view.headline = view.mine ? tr("Ready to come back? Take one more breath first.")
                                  : tr("%1 is coming back now. Ready to come back too?").arg(partnerName());
    } else if (view.breath) {
        view.headline = view.mine
                            ? tr("A short pause to breathe. The conversation waits for you both.")
                            : tr("%1 asked for a short pause. Let's both breathe for a minute.").arg(partnerName());
    } else if (view.mine) {
        view.headline = tr("Take the time you need to come back to yourself. %1 knows you'll be back at %2.")
                            .arg(partnerName(), back);
    } else {
        view.headline = tr("%1 needs %2 minutes to come back to themselves. They're not leaving. Back at %3.")
                            .arg(partnerName(), QString::number(minutes), back);
    }
    view.extensionNote = m_extensionNote;
    view.acknowledged = p.acknowledged;
    view.canAcknowledge = !view.mine && !p.acknowledged && !view.breath && !view.reEntry;
    view.canExtend = view.mine && !view.breath && p.extensions < session::pause::kMaxExtensions;
    view.canReturnEarly = view.mine && !view.reEntry;
    view.myReEntryDone = p.reentries[std::size_t(session::indexOf(me()))].has_value();
    const auto& partnerLine = p.reentries[std::size_t(session::indexOf(session::other(me())))];
    view.partnerReEntry = partnerLine.value_or(QString());
    return view;
}

void SessionController::acknowledgePause() {
    act(session::PauseAcknowledged{});
}

void SessionController::extendPause() {
    act(session::PauseExtended{});
}

void SessionController::returnEarly() {
    act(session::PauseReturned{});
}

void SessionController::reEnter(const QString& feeling) {
    act(session::ReEntered{feeling.trimmed()});
}

QString SessionController::reEntryDraft() const {
    const auto& state = m_engine.session().state();
    return m_drafts.value(draftKey(QStringLiteral("pause%1").arg(state.pausesTaken), QStringLiteral("re-entry"),
                                   QStringLiteral("feeling")));
}

void SessionController::setReEntryDraft(const QString& text) {
    const auto& state = m_engine.session().state();
    m_drafts.set(draftKey(QStringLiteral("pause%1").arg(state.pausesTaken), QStringLiteral("re-entry"),
                          QStringLiteral("feeling")),
                 text);
}

void SessionController::setPartnerClosedApp() {
    m_partnerClosedApp = true;
    Q_EMIT changed();
}

bool SessionController::inConversation() const {
    const auto& state = m_engine.session().state();
    return state.started && !state.ended && screen() != Screen::Summary;
}

session::Summary SessionController::summary() const {
    const auto* flow = m_engine.session().flow();
    return flow ? session::summarize(m_engine.session().state(), *flow) : session::Summary{};
}

QString SessionController::summaryTitle() const {
    const auto* flow = m_engine.session().flow();
    return flow ? flow->title.text(m_options.language) : QString();
}

bool SessionController::iAgreedToExport() const {
    return m_engine.session().state().flagged(session::exportFlag(), me());
}

bool SessionController::partnerAgreedToExport() const {
    return m_engine.session().state().flagged(session::exportFlag(), session::other(me()));
}

bool SessionController::exportAllowed() const {
    return m_engine.session().state().flaggedByBoth(session::exportFlag());
}

Result<QString> SessionController::exportMarkdown() const {
    const auto* flow = m_engine.session().flow();
    if (flow == nullptr) {
        return Error{QStringLiteral("no-flow"), tr("There is nothing to keep yet.")};
    }
    return session::exportMarkdown(m_engine.session().state(), *flow, m_options.language);
}

bool SessionController::ended() const {
    return m_engine.session().state().ended;
}

void SessionController::refresh() {
    if (!m_engine.session().state().paused()) {
        m_ticker.stop();
    }
    Q_EMIT changed();
}

void SessionController::onEventApplied(const session::Event& event) {
    const auto& state = m_engine.session().state();
    const bool byMe = event.by == me();
    if (const auto* action = std::get_if<session::FlowAction>(&event.payload); action && byMe) {
        forgetUsedDrafts(m_lastStep, *action);
        setNotice({});
    } else if (const auto* signal = std::get_if<session::SignalSent>(&event.payload)) {
        if (byMe) {
            Q_EMIT signalSent(session::signalText(signal->signalId));
        } else {
            ReceivedSignalView view{event.seq, partnerName(), session::signalText(signal->signalId)};
            m_received.push_back(view);
            while (m_received.size() > kMaxReceivedSignals) {
                m_received.pop_front();
            }
            m_chime.play(ChimeKind::Signal);
            Q_EMIT signalReceived(view);
        }
    } else if (std::holds_alternative<session::PauseRequested>(event.payload)) {
        m_extensionNote.clear();
        setNotice({});
    } else if (std::holds_alternative<session::PauseExtended>(event.payload) && state.pause) {
        const int minutes = state.pause->lengthSeconds / 60;
        const auto back = clockTime(state.pause->endsAt);
        m_extensionNote =
            byMe ? tr("You asked for %1 more minutes. Back at %2.").arg(QString::number(minutes), back)
                 : tr("%1 asked for %2 more minutes. Back at %3.").arg(partnerName(), QString::number(minutes), back);
    } else if (std::holds_alternative<session::PauseWarning>(event.payload)) {
        if (state.pause && state.pause->by == me()) {
            m_chime.play(ChimeKind::PauseWarning);
        }
    } else if (std::holds_alternative<session::PauseEnded>(event.payload)) {
        m_chime.play(ChimeKind::PauseEnd);
    } else if (std::holds_alternative<session::SessionStarted>(event.payload)) {
        forgetDraftsOfEarlierSessions(event.seq - 1);
        setNotice({});
    } else if (std::holds_alternative<session::SessionEnded>(event.payload)) {
        forgetDraftsOfEarlierSessions(sessionStartSeq());
    } else if (std::holds_alternative<session::ReEntered>(event.payload) && byMe) {
        m_drafts.removeIf([](const QString& key, const QString&) { return key.contains(QLatin1String("/re-entry/")); });
    }
    if (m_lastStep != state.step) {
        setNotice({});
    }
    m_lastStep = state.step;
    if (state.paused() && !m_ticker.isActive()) {
        m_ticker.start();
    }
    Q_EMIT changed();
}

void SessionController::onRejected(const Error& reason) {
    log::get("app")->info("action refused: {}", reason.code.toStdString());
    setNotice(reason.message);
    Q_EMIT changed();
}

void SessionController::onReset() {
    m_lastStep = m_engine.session().state().step;
    Q_EMIT changed();
}

} // namespace twofold::app
