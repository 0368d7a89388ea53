#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace twofold::app {

struct PartnerEntry {
    QString id;                // device id
    QString name;              // display name, as the partner sent it: plain text, never markup
    QString address;           // host:port
    bool foundJustNow = false; // nearby: first heard within the last minute
    // Nearby: the protocol version its announcement gave against ours (docs/PROTOCOL.md "Versions"):
    // 0 the same; < 0 the partner's Twofold is older and needs an update; > 0 this one is older.
    int versionGap = 0;
};

// Why pairing or connecting did not work, each shown with a calm sentence that tells each side the truth.
enum class PairingProblem {
    YouDeclined,        // this user answered "Not now"
    YouStopped,         // this user stopped the pairing
    PartnerDeclined,    // the partner answered "Not now"
    PartnerStopped,     // the partner stopped the pairing (cancel)
    TimedOut,           // no answer within the pairing time
    Unreachable,        // nobody answered at that address
    PartnerClosed,      // the partner's app closed during pairing
    CodesDiffer,        // one of you saw different codes: nothing was stored
    Busy,               // the partner is in a session with someone else
    NotAvailable,       // this computer's network side could not start
    StoreFailed,        // the partner could not be remembered on this computer
    PartnerStoreFailed, // the partner's computer could not remember this one; nothing was kept here either
    // The partner's device is answering (or making) another invitation right now; it is in no session.
    PartnerPairingElsewhere,
    // The partner's Twofold speaks an older protocol version: it needs an update before you can connect.
    PartnerNeedsUpdate,
    // This Twofold speaks an older protocol version than the partner's: this one needs an update.
    NeedsUpdate,
};

// What the partners page needs from the network layer: discovery, invite / accept, the 6-digit code
// both confirm, and remembered partners. The page talks only to this interface; the real one wraps
// core/link (NetworkPartnersController); tests use their own.
class PartnersController : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~PartnersController() override = default;

    virtual std::vector<PartnerEntry> nearby() const = 0;
    virtual std::vector<PartnerEntry> remembered() const = 0;
    // Every "host:port" a partner could type under "Connect by address" to reach this computer: each
    // non-loopback IPv4 and global/site IPv6 address in lan scope, 127.0.0.1 in loopback scope. Empty
    // until the network side listens.
    virtual QStringList ownAddresses() const { return {}; }
    // False when this computer cannot look for partners nearby (another program holds the discovery
    // port): "Connect by address" still works. Changes are told with partnersChanged().
    virtual bool discoveryAvailable() const { return true; }

    virtual void invite(const QString& partnerId) = 0;
    virtual void connectTo(const QString& address) = 0;
    virtual void accept() = 0; // the invitation shown with invited()
    virtual void decline() = 0;
    virtual void confirmCode(bool matches) = 0;
    virtual void cancel() = 0;
    // Forgets a remembered partner (e.g. after its identity changed), so that it can be paired afresh.
    virtual void forget(const QString& partnerId) = 0;

Q_SIGNALS:
    void partnersChanged();
    void addressesChanged(); // ownAddresses() changed: the server started, or the network changed
    void connecting(const QString& name);
    void invited(const QString& name);
    void codeShown(const QString& code, const QString& name);
    void waitingForPartnerConfirmation(const QString& name);
    void paired(const QString& name);
    void failed(twofold::app::PairingProblem problem, const QString& name);
    // A remembered partner's computer answered but could not prove it is theirs (its certificate changed).
    void identityChanged(const QString& partnerId, const QString& name);
};

} // namespace twofold::app
