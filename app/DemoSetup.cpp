#include "app/DemoSetup.h"

#include <QGuiApplication>
#include <QScreen>

namespace twofold::app {

DemoSetup::DemoSetup(session::Clock& clock, const QString& language) : m_coach(language), m_language(language) {
    auto [a, b] = sync::LoopbackChannel::createPair();
    m_alexChannel = std::move(a);
    m_samChannel = std::move(b);
    build(m_alex, sync::Role::Host, QStringLiteral("Alex"), QStringLiteral("Sam"), clock);
    build(m_sam, sync::Role::Guest, QStringLiteral("Sam"), QStringLiteral("Alex"), clock);
    m_alex.engine->attach(m_alexChannel.get());
    m_sam.engine->attach(m_samChannel.get());
}

DemoSetup::~DemoSetup() {
    for (auto* side : {&m_alex, &m_sam}) {
        side->window.reset();
        side->controller.reset();
        side->engine->detach();
    }
}

void DemoSetup::build(Side& side, sync::Role role, const QString& me, const QString& partner,
                      session::Clock& clock) {
    side.settings = std::make_unique<Settings>(side.profile.path());
    side.settings->setDisplayName(me);
    side.settings->setFirstRunDone(true);
    side.chime = std::make_unique<SoundChime>(*side.settings);
    side.partners = std::make_unique<UnwiredPartnersController>();
    auto flows = session::FlowLibrary::builtin();
    side.engine = std::make_unique<sync::SyncEngine>(role, flows.value(), clock, m_random);
    SessionController::Options options;
    options.myName = me;
    options.partnerName = partner;
    options.language = m_language;
    options.pauseMinutes = side.settings->pauseMinutes();
    side.controller = std::make_unique<SessionController>(*side.engine, clock, *side.chime, options);
    side.window = std::make_unique<MainWindow>(*side.settings, m_coach, *side.partners);
    side.window->setWindowTitle(QObject::tr("Twofold — %1 (demo)").arg(me));
    side.window->setSession(side.controller.get());
}

void DemoSetup::show() {
    const auto available = QGuiApplication::primaryScreen()->availableGeometry();
    const int width = available.width() / 2;
    int x = available.left();
    for (auto* side : {&m_alex, &m_sam}) {
        side->window->resize(std::min(width, side->window->width()), side->window->height());
        side->window->move(x, available.top());
        side->window->show();
        x += width;
    }
}

} // namespace twofold::app
