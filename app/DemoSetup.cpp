#include "app/DemoSetup.h"

#include <QGuiApplication>
#include <QHostAddress>
#include <QScreen>

namespace twofold::app {

DemoSetup::DemoSetup(session::Clock& clock, const QString& language) : m_coach(language), m_language(language) {
    build(m_alex, QStringLiteral("Alex"), clock);
    build(m_sam, QStringLiteral("Sam"), clock);
}

DemoSetup::~DemoSetup() {
    for (auto* side : {&m_alex, &m_sam}) {
        side->window.reset();
        side->partnership.reset();
    }
}

void DemoSetup::build(Side& side, const QString& me, session::Clock& clock) {
    auto lock = side.profile.isValid() ? ProfileLock::acquire(side.profile.path())
                                       : Result<std::unique_ptr<ProfileLock>>(
                                             Error{QStringLiteral("profile-unavailable"), side.profile.errorString()});
    if (lock) {
        side.lock = std::move(lock).value();
    } else if (!m_setupError) {
        m_setupError = lock.error();
    }
    side.settings = std::make_unique<Settings>(side.profile.path());
    side.settings->setDisplayName(me);
    side.settings->setFirstRunDone(true);
    side.chime = std::make_unique<SoundChime>(*side.settings);
    Partnership::Options options;
    options.profile = side.profile.path();
    options.name = me;
    options.language = m_language;
    options.pauseMinutes = side.settings->pauseMinutes();
    options.scope = net::Scope::Loopback;
    options.tcpPort = 0;
    options.discovery = false;
    side.partnership = std::make_unique<Partnership>(options, clock, *side.chime);
    side.partnership->peer().setPrompt(&side.autoConfirm); // the demo pairs its two windows by itself
    side.window = std::make_unique<MainWindow>(*side.settings, m_coach, side.partnership->partners());
    side.window->setWindowLabel(tr("%1 (demo)").arg(me));
    auto* window = side.window.get();
    connect(side.partnership.get(), &Partnership::sessionCreated, this, [this, window](SessionController* session) {
        window->setSession(session);
        if (isReady()) {
            Q_EMIT ready();
        }
    });
    connect(&side.partnership->peer(), &link::Peer::pairingFailed, this,
            [this](net::PairingFailure failure, const QString&) { Q_EMIT failed(QString(net::wireWord(failure))); });
    connect(window, &MainWindow::closedByUser, this, &DemoSetup::closeBoth);
    connect(side.partnership.get(), &Partnership::profileProblem, window, &MainWindow::showNotice);
    connect(side.chime.get(), &SoundChime::unavailable, window, &MainWindow::showNotice);
}

void DemoSetup::closeBoth() {
    // Closing one demo window never strands the other on "Reconnecting…": both close, both say goodbye.
    if (m_closing) {
        return;
    }
    m_closing = true;
    for (auto* side : {&m_alex, &m_sam}) {
        side->partnership->closeForExit();
        side->window->closeConfirmed();
    }
    Q_EMIT closed();
}

Status DemoSetup::start() {
    if (m_setupError) {
        return *m_setupError;
    }
    for (auto* side : {&m_alex, &m_sam}) {
        if (auto status = side->partnership->start(); !status) {
            return status;
        }
    }
    // Alex invites Sam, exactly as across two computers; both accept the matching code.
    m_alex.partnership->peer().invite(QHostAddress(QHostAddress::LocalHost),
                                      m_sam.partnership->peer().node().server()->port());
    return Ok{};
}

void DemoSetup::show() {
    const auto available = QGuiApplication::primaryScreen()->availableGeometry();
    const int width = available.width() / 2;
    int x = available.left();
    for (auto* side : {&m_alex, &m_sam}) {
        side->window->resize(width, std::max(side->window->height(), available.height() * 9 / 10));
        side->window->move(x, available.top());
        side->window->show();
        x += width;
    }
}

} // namespace twofold::app
