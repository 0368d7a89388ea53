#include "app/controllers/session/CheckInModel.h"

#include "app/controllers/session/SessionContext.h"

#include <algorithm>
#include <utility>

namespace twofold::app {

CheckInModel::CheckInModel(SessionContext& context, QObject* parent) : QObject(parent), m_context(context) {
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &CheckInModel::onEventApplied);
    // Caught up after a restart: an earlier conversation in the history still counts as one.
    connect(&m_context.engine(), &sync::SyncEngine::eventReplayed, this, [this](const session::Event& event) {
        m_sawConversation = m_sawConversation || std::holds_alternative<session::SessionStarted>(event.payload);
    });
    connect(&m_context.engine(), &sync::SyncEngine::sessionReset, this, [this] {
        m_holding = false;
        update();
    });
    connect(&m_context.engine(), &sync::SyncEngine::caughtUp, this, [this] {
        // Restarted while taking a moment: the log still says so, and the choice is still this partner's.
        const auto& state = m_context.state();
        m_holding = m_holding || (state.started && !state.ended && state.takingMoment(m_context.me()));
        update();
    });
    connect(&m_context, &SessionContext::partnerPresenceChanged, this, &CheckInModel::update);
    m_shown = shownNow();
}

CheckInModel::Shown CheckInModel::shownNow() const {
    return {linked(),      connectionNote(), m_activation, canStart(),     m_beginAgain,
            m_joinPending, m_holding,        joinNote(),   partnerInText()};
}

void CheckInModel::update() {
    const auto before = std::exchange(m_shown, shownNow());
    const auto& after = m_shown;
    if (before.linked != after.linked || before.connection != after.connection) {
        Q_EMIT connectionChanged();
    }
    if (before.activation != after.activation) {
        Q_EMIT levelChanged();
    }
    if (before.canStart != after.canStart || before.beginAgain != after.beginAgain ||
        before.joinPending != after.joinPending || before.holding != after.holding ||
        before.joinNote != after.joinNote || before.partner != after.partner) {
        Q_EMIT stageChanged();
    }
}

void CheckInModel::setActivation(session::Activation activation) {
    if (m_activation != activation) {
        m_activation = activation;
        update();
    }
}

bool CheckInModel::suggestsPause() const {
    return m_activation && session::suggestsPause(*m_activation);
}

void CheckInModel::onEventApplied(const session::Event& event) {
    if (std::holds_alternative<session::SessionStarted>(event.payload)) {
        const bool another = m_sawConversation; // an earlier conversation came first
        m_sawConversation = true;
        const bool byPartner = event.by != m_context.me();
        // Flooded, this partner stays with the offer of a few minutes: the partner's "Begin together"
        // never takes it away. The choice made here stays private; only "taking a moment" is shared.
        m_holding = !another && byPartner && suggestsPause();
        if (m_holding) {
            m_context.act(session::MomentTaken{true});
        } else {
            m_activation.reset(); // each conversation begins with a fresh, private check-in
        }
        m_joinPending = another && byPartner;
    } else if (std::holds_alternative<session::SessionEnded>(event.payload) ||
               (std::holds_alternative<session::FlowAction>(event.payload) && event.by == m_context.me())) {
        m_holding = false; // over, or this partner acted in the conversation (and so ended the moment)
    }
    update();
}

QString CheckInModel::joinNote() const {
    if (m_holding) {
        return tr("%1 has begun. The conversation waits for you: take a few minutes first, or join when you're "
                  "ready.")
            .arg(m_context.partnerInText());
    }
    return m_joinPending ? tr("%1 began another conversation. Check in with yourself first, then join when you're "
                              "ready.")
                               .arg(m_context.partnerInText())
                         : QString();
}

void CheckInModel::join() {
    if (m_holding) {
        m_holding = false;
        if (m_context.state().takingMoment(m_context.me())) {
            m_context.act(session::MomentTaken{false});
        }
        update();
        return;
    }
    if (m_joinPending) {
        m_joinPending = false;
        update();
    }
}

QString CheckInModel::connectionNote() const {
    return m_context.linked() ? tr("You and %1 are connected.").arg(m_context.partnerInText())
                              : tr("Waiting for %1's Twofold to connect…").arg(m_context.partnerInText());
}

std::vector<CheckInModel::FlowChoice> CheckInModel::flows() const {
    std::vector<FlowChoice> choices;
    const auto language = m_context.language();
    for (const auto* flow : m_context.engine().session().flows().all()) {
        choices.push_back({flow->id, flow->title.text(language), flow->description.text(language)});
    }
    std::stable_sort(choices.begin(), choices.end(), [](const FlowChoice& a, const FlowChoice& b) {
        const auto rank = [](const QString& id) {
            return id == QLatin1String("conversation") ? 0 : id == QLatin1String("practice") ? 1 : 2;
        };
        return rank(a.id) < rank(b.id);
    });
    return choices;
}

bool CheckInModel::canStart() const {
    const auto& state = m_context.state();
    return m_context.isHost() && (!state.started || state.ended);
}

void CheckInModel::start(const QString& flowId) {
    const auto status =
        m_context.engine().startSession(flowId, m_context.configuredName(true), m_context.configuredName(false));
    if (!status.ok()) {
        m_context.setNotice(status.error().message);
        return;
    }
    m_beginAgain = false;
    m_joinPending = false;
    m_context.setNotice({});
    update();
}

void CheckInModel::beginAgain() {
    m_beginAgain = true;
    update();
}

QString CheckInModel::partnerInText() const {
    return m_context.partnerInText();
}

bool CheckInModel::linked() const {
    return m_context.linked();
}

} // namespace twofold::app
