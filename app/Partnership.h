#pragma once

#include "app/controllers/DraftStore.h"
#include "app/controllers/NetworkPartnersController.h"
#include "app/controllers/session/SessionController.h"
#include "core/link/Peer.h"
#include "core/net/NonceSource.h"
#include "core/session/Random.h"

#include <memory>

namespace twofold::app {

class Chime;
class Settings;

// One partner's side of the app on the network: the link::Peer (identity, discovery, pairing, the
// live link), the partners page's controller over it, the drafts kept in the profile, and — once a
// partner is linked — the SessionController the session pages show. At start it relinks with the
// remembered partner it hosts for, so a reopened app continues where the couple left off.
class Partnership final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString profile;
        QString name;
        QString language;
        int pauseMinutes = 10;
        net::Scope scope = net::Scope::Lan;
        quint16 tcpPort = net::kDefaultTcpPort;
        std::optional<quint16> discoveryPort; // else the default 47913
        bool discovery = true;
    };

    Partnership(Options options, session::Clock& clock, Chime& chime, QObject* parent = nullptr);
    ~Partnership() override;

    Status start();
    // Before the app quits: say goodbye to the partner ("app-closed", not a lost network), save the drafts.
    void closeForExit();
    link::Peer& peer() { return *m_peer; }
    PartnersController& partners() { return *m_partners; }
    SessionController* session() const { return m_session.get(); }
    DraftStore& drafts() { return m_drafts; }
    // The name shown to the partner, e.g. after the first run or a change in Settings.
    void setName(const QString& name);

Q_SIGNALS:
    // A session controller was created, or (nullptr) the current one is about to go.
    void sessionCreated(twofold::app::SessionController* session);
    // Something in the profile could not be read or written; `message` says what, for a visible notice.
    void profileProblem(const QString& message);

private:
    void onEngine(sync::SyncEngine* engine);
    // A notice for a start error that comes from the profile (the identity), else empty.
    QString identityProblem(const QString& code) const;

    Options m_options;
    session::Clock& m_clock;
    Chime& m_chime;
    session::SystemRandom m_random;
    net::SystemNonceSource m_nonces;
    DraftStore m_drafts;
    std::unique_ptr<link::Peer> m_peer;
    std::unique_ptr<NetworkPartnersController> m_partners;
    std::unique_ptr<SessionController> m_session;
};

} // namespace twofold::app
