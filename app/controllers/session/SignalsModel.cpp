#include "app/controllers/session/SignalsModel.h"

#include "app/controllers/Chime.h"
#include "app/controllers/session/SessionContext.h"
#include "core/session/SignalCatalogue.h"

namespace twofold::app {

SignalsModel::SignalsModel(SessionContext& context, Chime& chime, QObject* parent)
    : QObject(parent), m_context(context), m_chime(chime) {
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &SignalsModel::onEventApplied);
}

void SignalsModel::send(const QString& signalId) {
    m_context.act(session::SignalSent{signalId});
}

void SignalsModel::onEventApplied(const session::Event& event) {
    const auto* signal = std::get_if<session::SignalSent>(&event.payload);
    if (signal == nullptr) {
        return;
    }
    if (event.by == m_context.me()) {
        Q_EMIT signalSent(session::signalText(signal->signalId));
        return;
    }
    ReceivedSignalView view{event.seq, m_context.partnerName(), session::signalText(signal->signalId)};
    m_received.push_back(view);
    while (m_received.size() > std::size_t(kMaxReceived)) {
        m_received.pop_front();
    }
    m_chime.play(ChimeKind::Signal);
    Q_EMIT signalReceived(view);
}

} // namespace twofold::app
