#include "app/controllers/session/SessionContext.h"

#include "app/controllers/DraftStore.h"
#include "core/log/Log.h"
#include "core/session/Rejections.h"
#include "core/text/UserText.h"

#include <QLocale>

namespace twofold::app {

SessionContext::SessionContext(sync::SyncEngine& engine, session::Clock& clock, DraftStore& drafts, Options options,
                               QObject* parent)
    : QObject(parent), m_engine(engine), m_clock(clock), m_drafts(drafts), m_options(std::move(options)),
      m_directionMark(QLocale(m_options.language).textDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E)) {
    connect(&m_engine, &sync::SyncEngine::linkChanged, this, [this](bool linked) {
        if (linked) {
            m_partnerClosedApp = false;
        }
        Q_EMIT partnerPresenceChanged();
    });
    connect(&m_engine, &sync::SyncEngine::rejected, this, [this](const Error& reason) {
        log::get(log::Module::App)->info("action refused: {}", reason.code.toStdString());
        setNotice(explain(reason));
    });
    connect(&m_engine, &sync::SyncEngine::eventApplied, this, &SessionContext::onEventApplied);
    connect(&m_engine, &sync::SyncEngine::eventReplayed, this, &SessionContext::keepDraftsInStep);
    connect(&m_engine, &sync::SyncEngine::sessionReset, this, &SessionContext::forgetDraftsOfOtherSessions);
    connect(&m_drafts, &DraftStore::writeFailed, this, &SessionContext::setNotice);
    m_lastStep = state().step;
}

void SessionContext::onEventApplied(const session::Event& event) {
    const auto& payload = event.payload;
    const bool mine = event.by == me();
    // The note explains the last refusal; it goes once something moves on.
    if ((mine && std::holds_alternative<session::FlowAction>(payload)) ||
        std::holds_alternative<session::PauseRequested>(payload) ||
        std::holds_alternative<session::SessionStarted>(payload) || m_lastStep != state().step) {
        setNotice({});
    }
    keepDraftsInStep(event);
}

void SessionContext::keepDraftsInStep(const session::Event& event) {
    if (std::holds_alternative<session::SessionStarted>(event.payload)) {
        forgetDraftsOfOtherSessions();
    } else if (std::holds_alternative<session::SessionEnded>(event.payload)) {
        const auto prefix = sessionId() + QLatin1Char('/');
        m_drafts.removeIf([&prefix](const QString& key, const QString&) { return key.startsWith(prefix); });
    }
    m_lastStep = state().step;
}

QString SessionContext::draftKey(const QString& step, const QString& action, const QString& field) const {
    return sessionId() + QLatin1Char('/') + step + QLatin1Char('/') + action + QLatin1Char('/') + field;
}

void SessionContext::forgetDraftsOfOtherSessions() {
    const auto id = sessionId();
    if (id.isEmpty()) {
        return; // not linked up yet (a restart before the replay): nothing is known to be stale
    }
    const auto prefix = id + QLatin1Char('/');
    m_drafts.removeIf([&prefix](const QString& key, const QString&) { return !key.startsWith(prefix); });
}

QString SessionContext::nameOf(session::Partner partner) const {
    const auto& current = state();
    if (current.started && !current.name(partner).isEmpty()) {
        return current.name(partner);
    }
    return configuredName(partner == me());
}

QString SessionContext::nameInText(session::Partner partner) const {
    // The window language's direction mark first (U+200E LRM, U+200F RLM): a sentence that begins with
    // an Arabic name is still laid out in the window's direction, also by the parts of Qt 6.4 that take a
    // paragraph's direction from its first strong character without skipping isolates (an outside
    // tester saw German lines starting with "سارا" drawn flush right).
    return m_directionMark + text::isolated(text::breakable(nameOf(partner)));
}

void SessionContext::setPauseMinutes(int minutes) {
    if (m_options.pauseMinutes != minutes) {
        m_options.pauseMinutes = minutes;
        Q_EMIT pauseMinutesChanged(minutes);
    }
}

bool SessionContext::act(const session::Payload& payload) {
    const auto status = m_engine.submit(payload);
    if (!status.ok()) {
        setNotice(explain(status.error()));
    }
    return status.ok();
}

QString SessionContext::explain(const Error& refusal) const {
    auto context = m_engine.renderContext();
    context.fieldLabel = [this](const QString& field) {
        return fieldLabel(field);
    };
    return session::rejection::render(refusal.code, refusal.args, context);
}

QString SessionContext::fieldLabel(const QString& field) const {
    if (const auto* current = step()) {
        for (const auto& action : current->actions) {
            if (const auto* def = action.field(field)) {
                // "I feel …" reads as "“I feel” first": the ellipsis marks a field to fill, not a name.
                QString label = def->label.text(language()).trimmed();
                if (label.endsWith(QChar(0x2026))) {
                    label.chop(1);
                }
                return label.trimmed();
            }
        }
    }
    if (field == QLatin1String("feeling") && state().pause) {
        return tr("How are you now?"); // the question on the way back from a pause
    }
    return {};
}

void SessionContext::setNotice(const QString& notice) {
    if (m_notice != notice) {
        m_notice = notice;
        Q_EMIT noticeChanged(m_notice);
    }
}

void SessionContext::setPartnerClosedApp() {
    m_partnerClosedApp = true;
    Q_EMIT partnerPresenceChanged();
}

} // namespace twofold::app
