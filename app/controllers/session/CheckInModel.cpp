#include "app/controllers/session/CheckInModel.h"

#include "app/controllers/session/SessionContext.h"

#include <algorithm>

namespace twofold::app {

CheckInModel::CheckInModel(SessionContext& context, QObject* parent) : QObject(parent), m_context(context) {
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &CheckInModel::changed);
    connect(&m_context.engine(), &sync::SyncEngine::sessionReset, this, &CheckInModel::changed);
    connect(&m_context, &SessionContext::partnerPresenceChanged, this, &CheckInModel::changed);
}

void CheckInModel::setActivation(session::Activation activation) {
    if (m_activation != activation) {
        m_activation = activation;
        Q_EMIT changed();
    }
}

bool CheckInModel::suggestsPause() const {
    return session::suggestsPause(m_activation);
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
    m_context.setNotice({});
    Q_EMIT changed();
}

void CheckInModel::beginAgain() {
    m_beginAgain = true;
    Q_EMIT changed();
}

QString CheckInModel::partnerName() const {
    return m_context.partnerName();
}

bool CheckInModel::linked() const {
    return m_context.linked();
}

} // namespace twofold::app
