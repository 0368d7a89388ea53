#pragma once

#include <QObject>
#include <QString>
#include <vector>

namespace twofold::app {

struct PartnerEntry {
    QString id;      // device id
    QString name;    // display name
    QString address; // host:port
};

// Why connecting did not work, each shown with a calm, specific sentence.
enum class PairingProblem { Refused, TimedOut, Unreachable, CodesDiffer, Busy, NotAvailable };

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
    // Where the partner can reach this computer ("192.168.1.20:47914"), to type under "connect by
    // address"; empty when unknown.
    virtual QString ownAddress() const { return {}; }

    virtual void invite(const QString& partnerId) = 0;
    virtual void connectTo(const QString& address) = 0;
    virtual void accept() = 0; // the invitation shown with invited()
    virtual void decline() = 0;
    virtual void confirmCode(bool matches) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void partnersChanged();
    void connecting(const QString& name);
    void invited(const QString& name);
    void codeShown(const QString& code, const QString& name);
    void waitingForPartnerConfirmation(const QString& name);
    void paired(const QString& name);
    void failed(twofold::app::PairingProblem problem, const QString& name);
};

} // namespace twofold::app
