#include "app/TerminationSignal.h"

#include "core/log/Log.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace twofold::app {

#ifdef Q_OS_UNIX
namespace {

int g_fds[2] = {-1, -1}; // [0]: written by the handler, [1]: read by the notifier

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_fds[0], &byte, sizeof byte); // async-signal-safe
}

} // namespace
#endif

TerminationSignal::TerminationSignal(QObject* parent) : QObject(parent) {
#ifdef Q_OS_UNIX
    if (g_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0) {
        log::get(log::Module::App)->warn("no SIGTERM handler: socketpair failed or already installed");
        return;
    }
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignal::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGTERM, &action, nullptr) != 0) {
        log::get(log::Module::App)->warn("no SIGTERM handler: sigaction failed");
    }
#endif
}

TerminationSignal::~TerminationSignal() {
#ifdef Q_OS_UNIX
    if (m_notifier == nullptr) {
        return;
    }
    ::signal(SIGTERM, SIG_DFL); // a second SIGTERM after this ends the process as usual
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
#endif
}

void TerminationSignal::onReadable() {
#ifdef Q_OS_UNIX
    m_notifier->setEnabled(false);
    char byte = 0;
    [[maybe_unused]] const auto read = ::read(g_fds[1], &byte, sizeof byte);
    log::get(log::Module::App)->info("SIGTERM: closing quietly, as when the window is closed");
    m_notifier->setEnabled(true);
    Q_EMIT requested();
#endif
}

} // namespace twofold::app
