#pragma once

#include "app/controllers/SessionViews.h"
#include "core/session/Event.h"

#include <QObject>
#include <deque>

namespace twofold::app {

class Chime;
class SessionContext;

// The gentle signals (DESIGN §5): sending one from the private buttons, and the partner's arriving
// as a soft card with an optional chime, kept in a short list so a partner who looked away can find
// them. Each side shows the catalogue text in its own language.
class SignalsModel final : public QObject {
    Q_OBJECT
public:
    // How many received signals are kept for the "received" list.
    static constexpr int kMaxReceived = 20;

    SignalsModel(SessionContext& context, Chime& chime, QObject* parent = nullptr);

    void send(const QString& signalId);
    const std::deque<ReceivedSignalView>& received() const { return m_received; }

Q_SIGNALS:
    void signalReceived(const twofold::app::ReceivedSignalView& signal);
    void signalSent(const QString& text);

private:
    void onEventApplied(const session::Event& event);

    SessionContext& m_context;
    Chime& m_chime;
    std::deque<ReceivedSignalView> m_received;
};

} // namespace twofold::app
