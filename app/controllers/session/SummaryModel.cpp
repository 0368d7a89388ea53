#include "app/controllers/session/SummaryModel.h"

#include "app/controllers/session/SessionContext.h"

#include <QDateTime>
#include <utility>

namespace twofold::app {

SummaryModel::SummaryModel(SessionContext& context, QObject* parent) : QObject(parent), m_context(context) {
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &SummaryModel::update);
    connect(&m_context.engine(), &sync::SyncEngine::sessionReset, this, &SummaryModel::update);
    connect(&m_context.engine(), &sync::SyncEngine::caughtUp, this, &SummaryModel::update);
    m_shown = shownNow();
}

SummaryModel::Shown SummaryModel::shownNow() const {
    using session::ExportContent;
    return {summary(),
            title(),
            ended(),
            partnerInText(),
            sessionId(),
            {iAgreedToExport(ExportContent::Summary), partnerAgreedToExport(ExportContent::Summary),
             iAgreedToExport(ExportContent::Transcript), partnerAgreedToExport(ExportContent::Transcript)}};
}

void SummaryModel::update() {
    const auto before = std::exchange(m_shown, shownNow());
    const auto& after = m_shown;
    if (before.summary.byPartner != after.summary.byPartner || before.title != after.title ||
        before.ended != after.ended || before.partner != after.partner || before.sessionId != after.sessionId) {
        Q_EMIT summaryChanged();
    }
    if (before.agreed != after.agreed) {
        Q_EMIT agreementChanged();
    }
}

session::Summary SummaryModel::summary() const {
    const auto* flow = m_context.flow();
    return flow ? session::summarize(m_context.state(), *flow, m_context.language()) : session::Summary{};
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

QString SummaryModel::partnerInText() const {
    return m_context.partnerInText();
}

QString SummaryModel::sessionId() const {
    return m_context.sessionId();
}

bool SummaryModel::iAgreedToExport(session::ExportContent content) const {
    return m_context.state().flagged(session::flagFor(content), m_context.me());
}

bool SummaryModel::partnerAgreedToExport(session::ExportContent content) const {
    return m_context.state().flagged(session::flagFor(content), session::other(m_context.me()));
}

bool SummaryModel::exportAllowed(session::ExportContent content) const {
    return m_context.state().flaggedByBoth(session::flagFor(content));
}

Result<QString> SummaryModel::exportMarkdown(session::ExportContent content) const {
    const auto* flow = m_context.flow();
    if (flow == nullptr) {
        return Error{QStringLiteral("no-flow"), tr("There is nothing to keep yet.")};
    }
    return session::exportMarkdown(m_context.state(), *flow, m_context.language(), content);
}

QString SummaryModel::suggestedFileName(session::ExportContent content) const {
    const auto& entries = m_context.state().entries;
    const auto when =
        entries.empty()
            ? QDateTime::currentDateTime()
            : QDateTime::fromMSecsSinceEpoch(m_context.toWallMs(entries.front().at)); // this computer's clock
    const QString stamp = when.toString(QStringLiteral("yyyy-MM-dd HH.mm"));
    return content == session::ExportContent::Summary ? tr("Twofold summary %1.md").arg(stamp)
                                                      : tr("Twofold transcript %1.md").arg(stamp);
}

} // namespace twofold::app
