#pragma once

#include "app/controllers/SessionViews.h"
#include "core/session/Event.h"
#include "core/session/SignalRules.h"

#include <QObject>
#include <deque>

namespace twofold::app {

class Chime;
class SessionContext;

// The gentle signals (DESIGN §5): sending one from the private buttons, and the partner's arriving as a
// soft card with an optional chime, kept in a short list so a partner who looked away can find them.
// Each side shows the catalogue text in its own language. During a pause the one who paused receives
// only reassuring signals; the others wait and are shown, gently, when they are back (DESIGN §4).
class SignalsModel final : public QObject {
    Q_OBJECT
public:
    // How many received signals are kept for the "received" list.
    static constexpr int kMaxReceived = 20;
    // Sending is gently rate-limited with the host's own limits (core/session/SignalRules.h), checked here
    // first so that the note comes at once, without a round trip.
    static constexpr qint64 kSameSignalMs = session::kSameSignalMs;
    static constexpr int kBurstCount = session::kBurstCount;
    static constexpr qint64 kBurstMs = session::kBurstMs;

    SignalsModel(SessionContext& context, Chime& chime, QObject* parent = nullptr);

    // Sends `signalId`, unless the partner is pausing and it is not reassuring, or the rate limit holds it:
    // then a soft note says why and nothing is sent.
    void send(const QString& signalId);
    // Whether `signalId` reaches the partner now (during the partner's pause only reassuring ones do).
    bool available(const QString& signalId) const;
    // Why some signals wait now ("While Sam takes a pause, …"); empty when all are available.
    QString availabilityNote() const;
    const std::deque<ReceivedSignalView>& received() const { return m_received; }

Q_SIGNALS:
    void signalReceived(const twofold::app::ReceivedSignalView& signal);
    void signalSent(const QString& text);
    void availabilityChanged();

private:
    void onEventApplied(const session::Event& event);
    bool partnerPausing() const;
    void deliver(ReceivedSignalView view);

    SessionContext& m_context;
    Chime& m_chime;
    std::deque<ReceivedSignalView> m_received;
    std::deque<std::pair<qint64, QString>> m_sent; // (when, id) of recent sends, oldest first
};

} // namespace twofold::app
