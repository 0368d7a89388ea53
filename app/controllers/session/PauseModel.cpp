#include "app/controllers/session/PauseModel.h"

#include "app/controllers/Chime.h"
#include "app/controllers/DraftStore.h"
#include "app/controllers/session/SessionContext.h"
#include "core/session/PauseRules.h"
#include "core/session/Permissions.h"

#include <QDateTime>
#include <QLocale>

namespace twofold::app {
namespace {

constexpr QChar kNoBreak(0x00A0);

// A time of day as this user's locale writes it (24-hour where that is the custom), never broken
// across lines: "1:06 PM" keeps together.
QString clockTime(qint64 ms) {
    return QLocale()
        .toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat)
        .replace(QLatin1Char(' '), kNoBreak);
}

// "Back at 14:32" keeps together too: the space before the time does not break.
QString keepWithTime(QString text, const QString& time) {
    const auto at = text.indexOf(time);
    if (at > 0 && text.at(at - 1) == QLatin1Char(' ')) {
        text[at - 1] = kNoBreak;
    }
    return text;
}

} // namespace

PauseModel::PauseModel(SessionContext& context, Chime& chime, QObject* parent)
    : QObject(parent), m_context(context), m_chime(chime) {
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PauseModel::refresh);
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &PauseModel::onEventApplied);
    connect(&m_context.engine(), &sync::SyncEngine::sessionReset, this, &PauseModel::update);
    // Caught up after a restart: no chime for what happened before; the countdown runs if a pause does.
    connect(&m_context.engine(), &sync::SyncEngine::eventReplayed, this, &PauseModel::forgetUsedReEntryDraft);
    connect(&m_context.engine(), &sync::SyncEngine::caughtUp, this, [this] {
        if (m_context.state().paused() && !m_ticker.isActive()) {
            m_ticker.start();
        }
        update();
    });
    connect(&m_context, &SessionContext::pauseMinutesChanged, this, &PauseModel::minutesChanged);
    m_shown = view();
}

void PauseModel::update() {
    const auto now = view();
    const bool countdown = now.countdown != m_shown.countdown || now.remainingSeconds != m_shown.remainingSeconds;
    auto rest = now;
    rest.countdown = m_shown.countdown;
    rest.remainingSeconds = m_shown.remainingSeconds;
    const bool state = !(rest == m_shown);
    m_shown = now;
    if (state) {
        Q_EMIT stateChanged();
    }
    if (countdown) {
        Q_EMIT countdownChanged();
    }
}

int PauseModel::pauseMinutes() const {
    return m_context.pauseMinutes();
}

QString PauseModel::partnerInText() const {
    return m_context.partnerInText();
}

void PauseModel::requestBreak() {
    m_context.act(session::PauseRequested{session::PauseKind::Break, m_context.pauseMinutes() * 60});
}

void PauseModel::requestBreath() {
    m_context.act(session::PauseRequested{session::PauseKind::Breath, kBreathSeconds});
}

bool PauseModel::canRequest() const {
    return !session::pauseRefusal(m_context.state(), m_context.me(), session::PauseAction::Request).has_value();
}

PauseView PauseModel::view() const {
    PauseView view;
    const auto& state = m_context.state();
    if (!state.pause) {
        return view;
    }
    const auto& p = *state.pause;
    const auto me = m_context.me();
    const auto partner = m_context.partnerInText();
    view.active = true;
    view.mine = p.by == me;
    view.breath = p.kind == session::PauseKind::Breath;
    view.reEntry = p.phase == session::PauseState::Phase::ReEntry;
    // On the host's schedule: the same time left on both computers, whatever their clocks say.
    const qint64 left = std::max<qint64>(0, m_context.engine().pauseRemainingMs());
    view.remainingSeconds = int((left + 999) / 1000);
    view.countdown = QStringLiteral("%1:%2")
                         .arg(view.remainingSeconds / 60)
                         .arg(view.remainingSeconds % 60, 2, 10, QLatin1Char('0'));
    const QString back = clockTime(m_context.toWallMs(p.endsAt));
    // The whole pause as it stands now, extensions included.
    const int minutes = std::max(1, int((p.endsAt - p.startedAt + 30000) / 60000));
    if (view.reEntry) {
        view.headline = view.mine ? tr("Ready to come back? Take one more breath first.")
                                  : tr("%1 is coming back now. Ready to come back too?").arg(partner);
    } else if (view.breath) {
        view.headline = view.mine ? tr("A short pause to breathe. The conversation waits for you both.")
                                  : tr("%1 asked for a short pause. Let's both breathe for a minute.").arg(partner);
    } else if (view.mine) {
        view.headline =
            tr("Take the time you need to come back to yourself. %1 knows you'll be back at %2.").arg(partner, back);
    } else {
        view.headline = tr("%1 needs %2 minutes to come back to themselves. They're not leaving. Back at %3.")
                            .arg(partner, QString::number(minutes), back);
    }
    view.headline = keepWithTime(view.headline, back);
    view.startedAtMs = m_context.toWallMs(p.startedAt);
    view.aboutAMinuteLeft = view.mine && p.warned && !view.reEntry && !view.breath;
    view.extensionNote = view.reEntry ? QString() : m_extensionNote; // no stale "back at" once back
    view.acknowledged = p.acknowledged;
    // Exactly when the host would accept it (session::pauseRefusal, shared with the reducer).
    const auto allowed = [&](session::PauseAction action) {
        return !session::pauseRefusal(m_context.state(), me, action).has_value();
    };
    view.canAcknowledge = allowed(session::PauseAction::Acknowledge);
    view.canExtend = allowed(session::PauseAction::Extend);
    view.canReturnEarly = allowed(session::PauseAction::ReturnEarly);
    view.myReEntryDone = p.reentries[std::size_t(session::indexOf(me))].has_value();
    view.partnerReEntry = p.reentries[std::size_t(session::indexOf(session::other(me)))].value_or(QString());
    return view;
}

void PauseModel::acknowledge() {
    m_context.act(session::PauseAcknowledged{});
}

void PauseModel::extend() {
    m_context.act(session::PauseExtended{});
}

void PauseModel::returnEarly() {
    m_context.act(session::PauseReturned{});
}

void PauseModel::reEnter(const QString& feeling) {
    m_context.act(session::ReEntered{feeling.trimmed()});
}

QString PauseModel::reEntryKey() const {
    return m_context.draftKey(QStringLiteral("pause%1").arg(m_context.state().pausesTaken), QStringLiteral("re-entry"),
                              QStringLiteral("feeling"));
}

QString PauseModel::reEntryDraft() const {
    return m_context.drafts().value(reEntryKey());
}

void PauseModel::setReEntryDraft(const QString& text) {
    m_context.drafts().set(reEntryKey(), text);
}

void PauseModel::forgetUsedReEntryDraft(const session::Event& event) {
    if (std::holds_alternative<session::ReEntered>(event.payload) && event.by == m_context.me()) {
        m_context.drafts().removeIf(
            [](const QString& key, const QString&) { return key.contains(QLatin1String("/re-entry/")); });
    }
}

void PauseModel::refresh() {
    if (!m_context.state().paused()) {
        m_ticker.stop();
    }
    update();
}

void PauseModel::onEventApplied(const session::Event& event) {
    const auto& state = m_context.state();
    const bool byMe = event.by == m_context.me();
    if (std::holds_alternative<session::PauseRequested>(event.payload) ||
        std::holds_alternative<session::PauseReturned>(event.payload) ||
        std::holds_alternative<session::PauseEnded>(event.payload)) {
        m_extensionNote.clear();
    }
    if (std::holds_alternative<session::PauseExtended>(event.payload) && state.pause) {
        const int minutes = state.pause->lengthSeconds / 60;
        const auto back = clockTime(m_context.toWallMs(state.pause->endsAt));
        m_extensionNote =
            keepWithTime(byMe ? tr("You asked for %1 more minutes. Back at %2.").arg(QString::number(minutes), back)
                              : tr("%1 asked for %2 more minutes. Back at %3.")
                                    .arg(m_context.partnerInText(), QString::number(minutes), back),
                         back);
    } else if (std::holds_alternative<session::PauseWarning>(event.payload)) {
        if (state.pause && state.pause->by == m_context.me()) {
            m_chime.play(ChimeKind::PauseWarning);
        }
    } else if (std::holds_alternative<session::PauseEnded>(event.payload)) {
        m_chime.play(ChimeKind::PauseEnd);
    }
    forgetUsedReEntryDraft(event);
    if (state.paused() && !m_ticker.isActive()) {
        m_ticker.start();
    }
    update();
}

} // namespace twofold::app
