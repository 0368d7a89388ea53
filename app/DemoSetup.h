#pragma once

#include "app/controllers/RuleCoach.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/Settings.h"
#include "app/controllers/SoundChime.h"
#include "app/controllers/UnwiredPartnersController.h"
#include "app/pages/MainWindow.h"
#include "core/sync/LoopbackChannel.h"

#include <QTemporaryDir>
#include <memory>

namespace twofold::app {

// `twofold --demo`: Alex and Sam, two windows side by side with their own temporary profiles, joined
// in-process by a LoopbackChannel pair so one person can try the whole flow on one machine.
// (The network layer will later replace the channel pair with a real loopback TLS link here.)
class DemoSetup final {
public:
    DemoSetup(session::Clock& clock, const QString& language);
    ~DemoSetup();

    struct Side {
        QTemporaryDir profile;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<SoundChime> chime;
        std::unique_ptr<UnwiredPartnersController> partners;
        std::unique_ptr<sync::SyncEngine> engine;
        std::unique_ptr<SessionController> controller;
        std::unique_ptr<MainWindow> window;
    };

    void show();
    Side& alex() { return m_alex; }
    Side& sam() { return m_sam; }
    sync::LoopbackChannel& alexChannel() { return *m_alexChannel; }

private:
    void build(Side& side, sync::Role role, const QString& me, const QString& partner, session::Clock& clock);

    session::SystemRandom m_random;
    RuleCoach m_coach;
    QString m_language;
    std::unique_ptr<sync::LoopbackChannel> m_alexChannel;
    std::unique_ptr<sync::LoopbackChannel> m_samChannel;
    Side m_alex;
    Side m_sam;
};

} // namespace twofold::app
