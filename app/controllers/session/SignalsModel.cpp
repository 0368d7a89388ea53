#include "app/controllers/session/SignalsModel.h"

#include "app/controllers/Chime.h"
#include "app/controllers/session/SessionContext.h"
#include "core/session/SignalCatalogue.h"

namespace twofold::app {

SignalsModel::SignalsModel(SessionContext& context, Chime& chime, QObject* parent)
    : QObject(parent), m_context(context), m_chime(chime) {
    connect(&m_context.engine(), &sync::SyncEngine::eventApplied, this, &SignalsModel::onEventApplied);
}

bool SignalsModel::partnerPausing() const {
    const auto& pause = m_context.state().pause;
    return pause && pause->by != m_context.me() && pause->phase == session::PauseState::Phase::Running;
}

bool SignalsModel::available(const QString& signalId) const {
    return !partnerPausing() || session::isReassuring(signalId);
}

QString SignalsModel::availabilityNote() const {
    return partnerPausing() ? tr("While %1 takes a pause, only reassuring signals reach them. The others can "
                                 "wait until you're both back.")
                                  .arg(m_context.partnerInText())
                            : QString();
}

void SignalsModel::send(const QString& signalId) {
    if (!available(signalId)) {
        m_context.setNotice(availabilityNote());
        return;
    }
    const qint64 now = m_context.clock().nowMs();
    while (!m_sent.empty() && (now - m_sent.front().first >= kBurstMs || now < m_sent.front().first)) {
        m_sent.pop_front();
    }
    const bool again = std::any_of(m_sent.begin(), m_sent.end(), [&](const auto& sent) {
        return sent.second == signalId && now - sent.first < kSameSignalMs;
    });
    if (again || int(m_sent.size()) >= kBurstCount) {
        m_context.setNotice(
            tr("That one wasn't sent: a few signals just went to %1. Give it a moment, then send it again if you "
               "still want to.")
                .arg(m_context.partnerInText()));
        return;
    }
    if (m_context.act(session::SignalSent{signalId})) {
        m_sent.emplace_back(now, signalId);
    }
}

void SignalsModel::deliver(ReceivedSignalView view) {
    m_received.push_back(view);
    while (m_received.size() > std::size_t(kMaxReceived)) {
        m_received.pop_front();
    }
    m_chime.play(ChimeKind::Signal);
    Q_EMIT signalReceived(view);
}

void SignalsModel::onEventApplied(const session::Event& event) {
    const auto* signal = std::get_if<session::SignalSent>(&event.payload);
    if (signal == nullptr) {
        Q_EMIT availabilityChanged();
        return;
    }
    if (event.by == m_context.me()) {
        Q_EMIT signalSent(session::signalText(signal->signalId));
        return;
    }
    ReceivedSignalView view{event.seq, m_context.partnerInText(), session::signalText(signal->signalId),
                            signal->signalId, m_context.toWallMs(event.at)};
    // During my break only reassuring signals were accepted (the host keeps that rule: SignalRules.h).
    deliver(view);
}

} // namespace twofold::app
