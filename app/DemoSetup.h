#pragma once

#include "app/Partnership.h"
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/controllers/SoundChime.h"
#include "app/options/ProfileLock.h"
#include "app/pages/MainWindow.h"
#include "core/link/AutoConfirmPrompt.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace twofold::app {

// `twofold --demo`: Alex and Sam, two windows side by side with their own temporary profiles, paired
// over real TLS on loopback (the same path two computers take, only on 127.0.0.1), so one person can
// try the whole flow on one machine. The demo never uses the LAN.
class DemoSetup final : public QObject {
    Q_OBJECT
public:
    DemoSetup(session::Clock& clock, const QString& language);
    ~DemoSetup() override;

    struct Side {
        QTemporaryDir profile;
        std::unique_ptr<ProfileLock> lock; // held while the demo runs, like any profile
        std::unique_ptr<Settings> settings;
        std::unique_ptr<SoundChime> chime;
        link::AutoConfirmPrompt autoConfirm; // declared before partnership, which points at it
        std::unique_ptr<Partnership> partnership;
        std::unique_ptr<MainWindow> window;
        SessionController* controller() const { return partnership ? partnership->session() : nullptr; }
    };

    // Starts both sides and pairs them; ready() once both windows show the session.
    Status start();
    void show();
    bool isReady() const { return m_alex.controller() && m_sam.controller(); }
    Side& alex() { return m_alex; }
    Side& sam() { return m_sam; }

Q_SIGNALS:
    void ready();
    void failed(const QString& reason);
    // One window was closed (after its confirmation): the demo is one program, so both closed together
    // and both said goodbye; the app may quit.
    void closed();

private:
    void build(Side& side, const QString& me, session::Clock& clock);
    void closeBoth();

    RuleCoach m_coach;
    QString m_language;
    std::optional<Error> m_setupError; // a temporary profile could not be made or locked
    Side m_alex;
    Side m_sam;
    bool m_closing = false;
};

} // namespace twofold::app
