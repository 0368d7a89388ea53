#include "app/pages/MainWindow.h"

#include "app/controllers/Settings.h"
#include "app/controllers/session/SessionController.h"
#include "app/pages/AboutDialog.h"
#include "app/pages/FirstRunPage.h"
#include "app/pages/PartnersPage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SettingsDialog.h"
#include "core/log/Log.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace twofold::app {

MainWindow::MainWindow(Settings& settings, const TextCoach& coach, PartnersController& partners, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_coach(coach) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Twofold"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* header = new QWidget(central);
    header->setObjectName(QStringLiteral("header"));
    auto* headerRow = new QHBoxLayout(header);
    headerRow->setContentsMargins(20, 10, 14, 6);
    auto* name = new QLabel(tr("Twofold"), header);
    name->setObjectName(QStringLiteral("sectionTitle"));
    m_who = new QLabel(header);
    m_who->setObjectName(QStringLiteral("muted"));
    m_who->setTextFormat(Qt::PlainText); // the user's own name, as typed
    auto* settingsButton = new QPushButton(tr("Settings"), header);
    settingsButton->setObjectName(QStringLiteral("settingsButton"));
    settingsButton->setAccessibleName(tr("Settings"));
    settingsButton->setShortcut(QKeySequence(QKeySequence::Preferences));
    auto* aboutButton = new QPushButton(tr("About"), header);
    aboutButton->setObjectName(QStringLiteral("aboutButton"));
    aboutButton->setAccessibleName(tr("About Twofold"));
    headerRow->addWidget(name, 0, Qt::AlignBaseline);
    headerRow->addWidget(m_who, 0, Qt::AlignBaseline); // "Twofold · Alex" on one baseline
    headerRow->addStretch(1);
    headerRow->addWidget(settingsButton);
    headerRow->addWidget(aboutButton);
    connect(settingsButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(aboutButton, &QPushButton::clicked, this, &MainWindow::openAbout);

    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("windowNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();

    m_stack = new QStackedWidget(central);
    m_firstRun = new FirstRunPage(settings, m_stack);
    m_partners = new PartnersPage(partners, m_stack);
    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_partners);
    layout->addWidget(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    connect(&partners, &PartnersController::identityChanged, this, [this] {
        m_partnersForced = true;
        showCurrent();
    });
    connect(m_partners, &PartnersPage::identityNoticeClosed, this, [this] {
        m_partnersForced = false;
        showCurrent();
    });
    setCentralWidget(central);
    connect(m_firstRun, &FirstRunPage::completed, this, &MainWindow::showCurrent);
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key != SettingKey::WindowGeometry) { // saved as the window closes: nothing shown follows it
            applySettings();
        }
    });
    const int em = fontMetrics().averageCharWidth();
    // Remembered size and place; else a size that fits a small screen (pages scroll, at 200 % too).
    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(em * 118, fontMetrics().lineSpacing() * 36);
    }
    applySettings();
    showCurrent();
}

void MainWindow::setSession(SessionController* session) {
    if (m_session != nullptr) {
        // At once, not later: the controller it shows is about to go.
        m_stack->removeWidget(m_session);
        delete m_session;
        m_session = nullptr;
    }
    if (session != nullptr) {
        m_session = new SessionPage(*session, m_coach, m_stack);
        m_stack->addWidget(m_session);
    }
    applySettings();
    showCurrent();
}

void MainWindow::showCurrent() {
    if (!m_settings.firstRunDone()) {
        m_stack->setCurrentWidget(m_firstRun);
    } else if (m_session != nullptr && !m_partnersForced) {
        m_stack->setCurrentWidget(m_session);
    } else {
        m_stack->setCurrentWidget(m_partners);
    }
    // Focus left on a page that went out of sight (the Nearby list when the session begins) stays there
    // for a screen reader, which reads that hidden widget as the focus: move it into the page shown.
    QMetaObject::invokeMethod(this, &MainWindow::keepFocusInSight, Qt::QueuedConnection);
    m_who->setText(m_settings.displayName().isEmpty() ? QString() : tr("· %1").arg(m_settings.displayName()));
}

void MainWindow::keepFocusInSight() {
    auto* page = m_stack->currentWidget();
    auto* focus = focusWidget();
    if (page == nullptr || (focus != nullptr && focus->isVisible())) {
        return;
    }
    for (auto* next = page->nextInFocusChain(); next != nullptr && next != page; next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus) == Qt::TabFocus) {
            next->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::applySettings() {
    if (m_session != nullptr) {
        m_session->setReducedMotion(m_settings.reducedMotion());
        m_session->controller().setPauseMinutes(m_settings.pauseMinutes());
        m_session->refresh();
    }
    m_who->setText(m_settings.displayName().isEmpty() ? QString() : tr("· %1").arg(m_settings.displayName()));
    if (m_titleFromName) {
        // Qt adds " — Twofold" itself (the application's display name): the title is just whose window it is.
        setWindowTitle(m_settings.displayName());
    }
}

void MainWindow::setWindowLabel(const QString& label) {
    m_titleFromName = false;
    m_rememberGeometry = false; // a demo window: its place is chosen each time
    setWindowTitle(label);
}

void MainWindow::openSettings() {
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAbout() {
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::closeConfirmed() {
    m_closeConfirmed = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    const bool talking = m_session != nullptr && m_session->controller().inConversation();
    if (!talking || m_closeConfirmed) {
        if (m_rememberGeometry) {
            m_settings.setWindowGeometry(saveGeometry());
        }
        event->accept();
        Q_EMIT closedByUser();
        return;
    }
    event->ignore();
    askBeforeClosing();
}

void MainWindow::askBeforeClosing() {
    if (m_asking) {
        return;
    }
    m_asking = true;
    auto& session = m_session->controller();
    const QString breakLabel = tr("I need %1 minutes").arg(session.pauseMinutes());
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Close Twofold?"),
        tr("You're in a conversation with %1. Close anyway? You could take “%2” instead: the conversation waits, "
           "and %1 knows you'll be back.")
            .arg(session.partnerInText(), breakLabel),
        QMessageBox::NoButton, this);
    box->setTextFormat(Qt::PlainText); // carries the partner's name
    auto* pause = box->addButton(breakLabel, QMessageBox::ActionRole);
    pause->setAccessibleName(breakLabel);
    auto* close = box->addButton(tr("Close anyway"), QMessageBox::DestructiveRole);
    close->setAccessibleName(tr("Close anyway"));
    auto* keep = box->addButton(tr("Keep going"), QMessageBox::RejectRole);
    keep->setAccessibleName(tr("Keep going"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] { m_asking = false; });
    connect(box, &QMessageBox::buttonClicked, this, [this, pause, close](QAbstractButton* clicked) {
        if (clicked == static_cast<QAbstractButton*>(close)) {
            QTimer::singleShot(0, this, &MainWindow::closeConfirmed);
        } else if (clicked == static_cast<QAbstractButton*>(pause) && m_session != nullptr) {
            m_session->controller().pause().requestBreak();
        }
    });
    box->open();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        log::get(log::Module::App)->info("window shown");
        Q_EMIT firstShown();
    }
}

} // namespace twofold::app
