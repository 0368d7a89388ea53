#include "app/pages/SessionPage.h"

#include "app/controllers/session/SessionController.h"
#include "app/pages/CheckInPage.h"
#include "app/pages/ConversationPage.h"
#include "app/pages/PausePage.h"
#include "app/pages/SummaryPage.h"
#include "app/widgets/LiveRegion.h"
#include "app/widgets/SidePanel.h"
#include "app/widgets/SignalCardStack.h"
#include "core/text/UserText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <algorithm>

namespace twofold::app {

SessionPage::SessionPage(SessionController& controller, const TextCoach& coach, QWidget* parent)
    : QWidget(parent), m_controller(controller) {
    setObjectName(QStringLiteral("sessionPage"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto* main = new QWidget(this);
    auto* column = new QVBoxLayout(main);
    column->setContentsMargins(20, 16, 16, 16);
    column->setSpacing(12);

    m_reconnect = new QLabel(main);
    m_reconnect->setObjectName(QStringLiteral("reconnectBanner"));
    m_reconnect->setWordWrap(true);
    m_reconnect->setTextFormat(Qt::PlainText);
    m_floor = new QLabel(main);
    m_floor->setObjectName(QStringLiteral("floorBanner"));
    m_floor->setWordWrap(true);
    m_cards = new SignalCardStack(main); // a fixed slot: a card never moves what is being typed
    m_stack = new QStackedWidget(main);
    m_checkIn = new CheckInPage(controller.checkIn(), m_stack);
    m_conversation = new ConversationPage(controller.step(), controller.pause(), coach, m_stack);
    m_pause = new PausePage(controller.pause(), m_stack);
    m_summary = new SummaryPage(controller.summary(), controller.step(), controller.checkIn(), m_stack);
    // The pause page scrolls too, so the window never needs to be taller than the screen (200 %).
    m_pauseScroll = new QScrollArea(m_stack);
    m_pauseScroll->setWidgetResizable(true);
    m_pauseScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pauseScroll->setFrameShape(QFrame::NoFrame);
    m_pauseScroll->setFocusPolicy(Qt::NoFocus);
    m_pauseScroll->setWidget(m_pause);
    for (QWidget* page : {static_cast<QWidget*>(m_checkIn), static_cast<QWidget*>(m_conversation),
                          static_cast<QWidget*>(m_pauseScroll), static_cast<QWidget*>(m_summary)}) {
        m_stack->addWidget(page);
    }
    column->addWidget(m_reconnect);
    column->addWidget(m_floor);
    column->addWidget(m_cards);
    column->addWidget(m_stack, 1);
    m_side = new SidePanel(controller.pause(), controller.repairSignals(), this);
    row->addWidget(main, 1);
    row->addWidget(m_side);

    connect(&m_controller, &SessionController::screenChanged, this, &SessionPage::refresh);
    connect(&m_controller, &SessionController::presenceChanged, this, &SessionPage::refresh);
    connect(&m_controller.step(), &StepModel::floorChanged, this, &SessionPage::refresh); // the floor banner
    m_live = new LiveRegion(this);
    connect(&m_controller.repairSignals(), &SignalsModel::signalReceived, this,
            [this](const ReceivedSignalView& signal) {
                m_cards->show(signal.from, signal.text);
                m_live->announce(tr("Signal from %1: %2").arg(signal.from, signal.text));
            });
    connect(m_side, &SidePanel::endRequested, this, &SessionPage::confirmEnd);
    refresh();
}

void SessionPage::announceChanges(const QString& away, const QString& banner) {
    const bool closed = !m_controller.linked() && m_controller.partnerClosedApp();
    const auto pause = m_controller.pause().view();
    const QString pauseText = pause.active ? pause.headline : QString();
    quint64 newestFromPartner = 0;
    QString partnerWords;
    auto entries = m_controller.step().turnEntries();
    for (auto&& entry : m_controller.step().fromPartner()) {
        entries.push_back(std::move(entry)); // what passed the floor (the validation) is on a From card
    }
    for (const auto& entry : entries) {
        if (!entry.mine && entry.seq > newestFromPartner) {
            newestFromPartner = entry.seq;
            partnerWords =
                (entry.answer ? tr("%1 answered").arg(entry.who) : tr("%1 · %2").arg(entry.who, entry.stepTitle)) +
                QLatin1String(": ") + entry.lines.join(QLatin1Char(' '));
        }
    }
    if (!m_noted) {
        m_noted = true;
    } else {
        if (closed && !m_wasClosed) {
            m_live->announce(away); // a dropped link that comes back within seconds is not worth a word
        }
        if (newestFromPartner > m_spokenEntry) {
            m_live->announce(partnerWords);
        }
        if (!banner.isEmpty() && banner != m_spokenBanner) {
            m_live->announce(banner); // the floor passed (a banner that only hid and came back is no news)
        }
        if (pauseText != m_spokenPause) {
            m_live->announce(pauseText.isEmpty() ? tr("The pause is over. You're back in the conversation.")
                                                 : pauseText);
        }
    }
    m_wasClosed = closed;
    m_spokenEntry = std::max(m_spokenEntry, newestFromPartner);
    if (!banner.isEmpty()) {
        m_spokenBanner = banner;
    }
    m_spokenPause = pauseText;
}

void SessionPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int em = m_side->fontMetrics().averageCharWidth();
    const int width = std::clamp(this->width() * 2 / 5, em * 24, em * 38);
    if (width != m_side->width()) {
        m_side->setFixedWidth(width);
    }
}

void SessionPage::setReducedMotion(bool reduced) {
    m_cards->setReducedMotion(reduced);
    m_pause->setReducedMotion(reduced);
    m_checkIn->setReducedMotion(reduced);
}

void SessionPage::setSignalShowMs(int ms) {
    m_cards->setShowMs(ms);
}

void SessionPage::refresh() {
    const auto screen = m_controller.screen();
    const QString away = m_controller.partnerClosedApp()
                             ? tr("%1's Twofold closed. Your conversation is kept and continues when %1 opens it "
                                  "again.")
                                   .arg(m_controller.partnerInText())
                             : tr("Reconnecting… Everything you've written is kept.");
    m_reconnect->setText(away);
    m_reconnect->setAccessibleName(away);
    m_reconnect->setVisible(!m_controller.linked());
    const auto banner = screen == Screen::Conversation ? m_controller.step().floorBanner() : QString();
    m_floor->setText(banner);
    m_floor->setAccessibleName(text::withoutBreaks(banner)); // a long name read whole
    m_floor->setVisible(!banner.isEmpty());
    announceChanges(away, banner);
    auto* before = m_stack->currentWidget();
    const bool hadFocus = before != nullptr && before->isAncestorOf(QApplication::focusWidget());
    // A page shown keeps itself up to date from its model's precise signals, and redraws all of itself
    // when it is shown; only one that cannot be seen (the window not shown yet) is drawn from here.
    const auto show = [this](QWidget* page, auto* view) {
        m_stack->setCurrentWidget(page);
        if (!view->isVisible()) {
            view->refresh();
        }
    };
    switch (screen) {
    case Screen::CheckIn:
        show(m_checkIn, m_checkIn);
        break;
    case Screen::Conversation:
        show(m_conversation, m_conversation);
        break;
    case Screen::Pause:
        show(m_pauseScroll, m_pause);
        break;
    case Screen::Summary:
        show(m_summary, m_summary);
        break;
    }
    if (m_stack->currentWidget() != before && (hadFocus || m_side->isAncestorOf(QApplication::focusWidget()))) {
        // The screen changed under the keyboard: focus goes to the new screen's next thing to read or do,
        // never to the side panel. (The conversation and pause pages focus themselves when shown.)
        if (screen == Screen::Summary) {
            m_summary->focusFirst();
        } else if (screen == Screen::CheckIn) {
            m_checkIn->focusFirst();
        }
    }
    const bool running = !m_controller.summary().ended() && screen != Screen::CheckIn;
    // The card slot exists only where the couple is in the middle of it (talking or pausing); on those
    // screens it never changes size. On the summary a signal goes to the received list, with its chime.
    m_cards->setVisible(running && (screen == Screen::Conversation || screen == Screen::Pause));
    // Pauses are offered in the conversation and at its summary, and only when the host would take one.
    m_side->setAvailability(
        (screen == Screen::Conversation || screen == Screen::Summary) && m_controller.pause().canRequest(), running);
}

void SessionPage::confirmEnd() {
    auto* box = new QMessageBox(QMessageBox::Question, tr("End this session?"),
                                tr("This ends the session for both of you. %1 will simply see that it has "
                                   "ended; what you both named stays in the summary.")
                                    .arg(m_controller.partnerInText()),
                                QMessageBox::NoButton, this);
    box->setTextFormat(Qt::PlainText); // carries the partner's name
    auto* end = box->addButton(tr("End session"), QMessageBox::AcceptRole);
    auto* keep = box->addButton(tr("Keep going"), QMessageBox::RejectRole);
    box->setDefaultButton(keep); // Space then Enter never ends the conversation by accident
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, end](QAbstractButton* clicked) {
        if (clicked == static_cast<QAbstractButton*>(end)) {
            m_controller.endSession();
        }
    });
    box->open();
}

} // namespace twofold::app
