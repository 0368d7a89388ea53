#pragma once

#include "core/session/Clock.h"
#include "core/sync/SyncEngine.h"

#include <QObject>

namespace twofold::app {

class DraftStore;

// What every per-screen model of one partner's session shares: the engine, the clock, the drafts,
// who is who, and the calm note that explains the last refusal. Not a view model itself: the
// screens talk to CheckInModel, StepModel, PauseModel, SignalsModel and SummaryModel.
class SessionContext final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString myName;
        QString partnerName; // host: the guest's name for startSession
        QString language;    // for the flow texts: a code of supportedLanguages()
        int pauseMinutes = 10;
    };

    SessionContext(sync::SyncEngine& engine, session::Clock& clock, DraftStore& drafts, Options options,
                   QObject* parent = nullptr);

    sync::SyncEngine& engine() const { return m_engine; }
    session::Clock& clock() const { return m_clock; }
    DraftStore& drafts() const { return m_drafts; }
    const session::State& state() const { return m_engine.session().state(); }
    const session::FlowDefinition* flow() const { return m_engine.session().flow(); }
    const session::StepDef* step() const { return m_engine.session().currentStep(); }
    QString language() const { return m_options.language; }

    session::Partner me() const { return m_engine.me(); }
    bool isHost() const { return m_engine.role() == sync::Role::Host; }
    bool linked() const { return m_engine.linked(); }
    QString nameOf(session::Partner partner) const;
    QString myName() const { return nameOf(me()); }
    QString partnerName() const { return nameOf(session::other(me())); }
    // A name as it goes into a sentence on screen: an isolated run (U+2068 … U+2069, so a name in Arabic
    // or Hebrew cannot turn the sentence around it) whose over-long words may wrap (text::breakable, so
    // a 64-character name without a space wraps instead of widening the window). For display only:
    // announcements and accessible names drop the break marks (text::withoutBreaks).
    QString nameInText(session::Partner partner) const;
    QString partnerInText() const { return nameInText(session::other(me())); }
    QString configuredName(bool mine) const { return mine ? m_options.myName : m_options.partnerName; }

    // "I need N minutes": the pause length setting, 5–30.
    int pauseMinutes() const { return m_options.pauseMinutes; }
    void setPauseMinutes(int minutes);

    // Which conversation this is: the shared session's id (empty until the partners have spoken).
    QString sessionId() const { return m_engine.sessionId(); }
    // The DraftStore key of one field of one action of one step in this conversation:
    // "<session id>/statement/share/feel". A conversation's drafts go when it ends or another begins.
    QString draftKey(const QString& step, const QString& action, const QString& field) const;

    // Submits an intent; an immediate refusal becomes the notice. True when accepted or queued.
    bool act(const session::Payload& payload);

    // A time on the host's time line (an event's `at`, a pause's end; ms) as this computer's wall clock
    // shows it (ms since the epoch), using the clock offset learnt from the heartbeat: for "Back at 14:32",
    // a received signal's time and the breathing pacer's shared origin.
    qint64 toWallMs(qint64 hostMs) const { return hostMs - m_engine.hostNowMs() + m_clock.wallMs(); }

    // A refusal as this partner reads it: in this side's language, times on this computer's clock, and
    // every field named by the label on screen (never its id).
    QString explain(const Error& refusal) const;
    // A calm, inline explanation of the last refusal; empty when there is none.
    QString notice() const { return m_notice; }
    void setNotice(const QString& notice);

    // While unlinked: the partner's app closed on purpose (it said so), rather than the network dropping.
    bool partnerClosedApp() const { return m_partnerClosedApp && !linked(); }
    void setPartnerClosedApp();

Q_SIGNALS:
    void noticeChanged(const QString& notice);
    void pauseMinutesChanged(int minutes);
    void partnerPresenceChanged(); // linked, or the partner's app closed

private:
    QString fieldLabel(const QString& field) const;
    void onEventApplied(const session::Event& event);
    // What an event means for the drafts kept on disk, live or replayed after a restart.
    void keepDraftsInStep(const session::Event& event);
    void forgetDraftsOfOtherSessions();

    sync::SyncEngine& m_engine;
    session::Clock& m_clock;
    DraftStore& m_drafts;
    Options m_options;
    QString m_notice;
    QChar m_directionMark; // the window language's: U+200E (left to right) or U+200F, see nameInText()
    bool m_partnerClosedApp = false;
    QString m_lastStep;
};

} // namespace twofold::app
