#include "app/controllers/session/SummaryModel.h"

#include "app/controllers/session/SessionContext.h"

namespace twofold::app {

SummaryModel::SummaryModel(SessionContext& context, QObject* parent) : QObject(parent), m_context(context) {
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &SummaryModel::changed);
    connect(&m_context.engine(), &sync::SyncEngine::sessionReset, this, &SummaryModel::changed);
}

session::Summary SummaryModel::summary() const {
    const auto* flow = m_context.flow();
    return flow ? session::summarize(m_context.state(), *flow) : session::Summary{};
}

QString SummaryModel::title() const {
    const auto* flow = m_context.flow();
    return flow ? flow->title.text(m_context.language()) : QString();
}

bool SummaryModel::ended() const {
    return m_context.state().ended;
}

session::Partner SummaryModel::me() const {
    return m_context.me();
}

QString SummaryModel::partnerName() const {
    return m_context.partnerName();
}

quint64 SummaryModel::revision() const {
    return m_context.state().lastSeq;
}

quint64 SummaryModel::sessionStartSeq() const {
    return m_context.sessionStartSeq();
}

bool SummaryModel::iAgreedToExport() const {
    return m_context.state().flagged(session::exportFlag(), m_context.me());
}

bool SummaryModel::partnerAgreedToExport() const {
    return m_context.state().flagged(session::exportFlag(), session::other(m_context.me()));
}

bool SummaryModel::exportAllowed() const {
    return m_context.state().flaggedByBoth(session::exportFlag());
}

Result<QString> SummaryModel::exportMarkdown() const {
    const auto* flow = m_context.flow();
    if (flow == nullptr) {
        return Error{QStringLiteral("no-flow"), tr("There is nothing to keep yet.")};
    }
    return session::exportMarkdown(m_context.state(), *flow, m_context.language());
}

} // namespace twofold::app
