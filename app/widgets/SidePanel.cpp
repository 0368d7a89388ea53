#include "app/widgets/SidePanel.h"

#include "app/controllers/session/PauseModel.h"
#include "app/controllers/session/SignalsModel.h"
#include "app/widgets/KeyboardActivation.h"
#include "app/widgets/TabOrder.h"
#include "app/widgets/WrapButton.h"
#include "core/session/SignalCatalogue.h"
#include "core/text/UserText.h"

#include <QAction>
#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace twofold::app {

SidePanel::SidePanel(PauseModel& pause, SignalsModel& signalsModel, QWidget* parent)
    : QFrame(parent), m_pause(pause), m_signalsModel(signalsModel), m_break(new WrapButton(QString(), this)),
      m_breath(new WrapButton(tr("Ask for a pause"), this)), m_sent(new QLabel(this)),
      m_end(new QPushButton(tr("End session"), this)) {
    setObjectName(QStringLiteral("sidePanel"));
    setAccessibleName(tr("Private buttons"));
    // One width on every page, whatever each page shows; at 200 % it scales with the font.
    const int em = fontMetrics().averageCharWidth();
    setFixedWidth(em * 38);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The vertical bar keeps its own place, so it never covers the ends of the lines.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    scroll->setAccessibleName(tr("Private buttons"));
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(8);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto* heading = new QLabel(tr("Just for you"), content);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    heading->setWordWrap(true);
    auto* note = new QLabel(tr("These send a short, gentle signal. Nothing you type is sent."), content);
    note->setObjectName(QStringLiteral("muted"));
    note->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(note);

    m_break->setObjectName(QStringLiteral("breakButton"));
    m_break->setProperty("primary", true);
    addKey(m_break, QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_break, &QPushButton::clicked, this, [this] { startPause(m_break, PauseKind::Break); });
    m_breath->setObjectName(QStringLiteral("breathButton"));
    m_breath->setAccessibleName(tr("Ask for a pause"));
    addKey(m_breath, QKeySequence(Qt::CTRL | Qt::Key_B));
    m_breath->setToolTip(tr("A one-minute pause to breathe together (Ctrl+B)"));
    connect(m_breath, &QPushButton::clicked, this, [this] { startPause(m_breath, PauseKind::Breath); });
    m_break->installEventFilter(this);
    m_breath->installEventFilter(this);
    layout->addWidget(m_break);
    layout->addWidget(m_breath);

    auto* repair = new QLabel(tr("Repair"), content);
    repair->setObjectName(QStringLiteral("sectionTitle"));
    repair->setWordWrap(true);
    layout->addSpacing(6);
    layout->addWidget(repair);
    const auto& catalogue = session::signalCatalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        const auto id = catalogue[i].id;
        auto* button = new WrapButton(session::signalText(id), content);
        button->setObjectName(QStringLiteral("signal-") + id);
        button->setAccessibleName(session::signalText(id));
        if (i < 10) {
            const auto key = QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + int((i + 1) % 10)));
            addKey(button, key);
            button->setToolTip(tr("Send this gently (%1)").arg(key.toString(QKeySequence::NativeText)));
        }
        connect(button, &QPushButton::clicked, this, [this, id] { m_signalsModel.send(id); });
        button->setProperty("signalId", id);
        layout->addWidget(button);
        m_signals.append(button);
    }
    m_waitNote = new QLabel(content);
    m_waitNote->setObjectName(QStringLiteral("muted"));
    m_waitNote->setWordWrap(true);
    m_waitNote->setTextFormat(Qt::PlainText);
    m_waitNote->hide();
    layout->addWidget(m_waitNote);
    m_sent->setObjectName(QStringLiteral("muted"));
    m_sent->setWordWrap(true);
    layout->addWidget(m_sent);
    // What arrived, still findable after its card faded.
    m_receivedTitle = new QLabel(tr("Received"), content);
    m_receivedTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_received = new QListWidget(content);
    m_received->setObjectName(QStringLiteral("receivedSignals"));
    m_received->setAccessibleName(tr("Signals received"));
    m_received->setWordWrap(true);
    m_received->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_received->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_received->setMinimumWidth(0);
    m_received->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never wider than the panel
    m_receivedTitle->hide();
    m_received->hide();
    layout->addWidget(m_receivedTitle);
    layout->addWidget(m_received);
    layout->addStretch(1);
    m_end->setObjectName(QStringLiteral("quiet"));
    m_end->setAccessibleName(tr("End session"));
    m_end->setToolTip(tr("Ends the session for both of you. Nothing alarming is sent."));
    connect(m_end, &QPushButton::clicked, this, &SidePanel::endRequested);
    layout->addWidget(m_end, 0, Qt::AlignLeft);
    // The pause buttons and End session exist before the signals are built, so the Tab chain would jump
    // from "Ask for a pause" to End session at the bottom: put it in the order the panel shows.
    QList<QWidget*> stops;
    collectTabStops(layout, stops);
    for (qsizetype i = 1; i < stops.size(); ++i) {
        QWidget::setTabOrder(stops[i - 1], stops[i]);
    }

    m_sentTimer.setSingleShot(true);
    m_sentTimer.setInterval(6000);
    connect(&m_sentTimer, &QTimer::timeout, m_sent, &QLabel::clear);
    connect(&m_signalsModel, &SignalsModel::signalSent, this, &SidePanel::confirmSent);
    connect(&m_signalsModel, &SignalsModel::availabilityChanged, this, &SidePanel::refresh);
    connect(&m_signalsModel, &SignalsModel::signalReceived, this, &SidePanel::addReceived);
    connect(&m_pause, &PauseModel::minutesChanged, this, &SidePanel::refresh);
    refresh();
}

// A private key for a button, as a window-wide action. (QAbstractButton::setShortcut would not last:
// setText() replaces it with the text's mnemonic, and "I need %1 minutes" is set on every refresh.)
// A disabled button ignores its key.
void SidePanel::addKey(QPushButton* button, const QKeySequence& key) {
    auto* action = new QAction(this);
    action->setObjectName(button->objectName() + QStringLiteral("Key"));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, button, &QAbstractButton::animateClick);
    addAction(action);
}

// Space or Enter on a pause button marks it pressed by key: one stray key must not start a pause for both
// (issue 17 §3). A mouse press, Ctrl+P / Ctrl+B and assistive technology's "press" are deliberate.
bool SidePanel::eventFilter(QObject* watched, QEvent* event) {
    auto* button = qobject_cast<QPushButton*>(watched);
    if (button != nullptr && (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease)) {
        const auto key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
            button->setProperty(KeyboardActivation::kByKeyProperty, true);
        }
    } else if (button != nullptr && event->type() == QEvent::MouseButtonPress) {
        button->setProperty(KeyboardActivation::kByKeyProperty, false);
    }
    return QFrame::eventFilter(watched, event);
}

void SidePanel::startPause(QPushButton* button, PauseKind kind) {
    const bool byKey = button->property(KeyboardActivation::kByKeyProperty).toBool();
    button->setProperty(KeyboardActivation::kByKeyProperty, false);
    const auto request = [this, kind] {
        if (kind == PauseKind::Break) {
            m_pause.requestBreak();
        } else {
            m_pause.requestBreath();
        }
    };
    if (!byKey) {
        request();
        return;
    }
    if (m_confirm != nullptr) {
        return; // already asking
    }
    const bool isBreak = kind == PauseKind::Break;
    auto* box = new QMessageBox(
        QMessageBox::Question, isBreak ? tr("Start a pause for both of you?") : tr("Ask for a pause?"),
        isBreak ? tr("This starts a %1-minute pause for both of you. The conversation waits until you're back.")
                      .arg(m_pause.pauseMinutes())
                : tr("This asks for a one-minute pause to breathe together."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("pauseConfirmation"));
    auto* yes = box->addButton(button->text(), QMessageBox::AcceptRole);
    yes->setAccessibleName(button->text());
    auto* notNow = box->addButton(tr("Not now"), QMessageBox::RejectRole);
    notNow->setAccessibleName(tr("Not now"));
    box->setDefaultButton(notNow); // a second stray Enter or Space keeps the conversation going
    box->setEscapeButton(notNow);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::buttonClicked, this, [yes, request](QAbstractButton* clicked) {
        if (clicked == static_cast<QAbstractButton*>(yes)) {
            request();
        }
    });
    box->open();
}

void SidePanel::addReceived(const ReceivedSignalView& signal) {
    const auto time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(signal.at).time(), QLocale::ShortFormat);
    auto* item = new QListWidgetItem(tr("%1, %2: %3").arg(signal.from, time, signal.text));
    item->setData(Qt::AccessibleTextRole, text::withoutBreaks(item->text())); // a long name read as one word
    m_received->insertItem(0, item);
    while (m_received->count() > SignalsModel::kMaxReceived) {
        delete m_received->takeItem(m_received->count() - 1);
    }
    m_receivedTitle->show();
    m_received->show();
}

void SidePanel::confirmSent(const QString& text) {
    m_sent->setText(tr("Sent gently: “%1”").arg(text)); // unnamed: its text is what a screen reader reads
    m_sentTimer.start();
}

void SidePanel::setAvailability(bool canPause, bool running) {
    m_canPause = canPause;
    m_running = running;
    refresh();
}

void SidePanel::refresh() {
    const int minutes = m_pause.pauseMinutes();
    m_break->setText(tr("I need %1 minutes").arg(minutes));
    m_break->setAccessibleName(m_break->text());
    m_break->setToolTip(tr("A timed pause for both of you; you'll come back (Ctrl+P)"));
    m_break->setEnabled(m_canPause && m_running);
    m_breath->setEnabled(m_canPause && m_running);
    for (auto* button : std::as_const(m_signals)) {
        button->setEnabled(m_running && m_signalsModel.available(button->property("signalId").toString()));
    }
    const auto wait = m_running ? m_signalsModel.availabilityNote() : QString();
    m_waitNote->setText(wait);
    m_waitNote->setVisible(!wait.isEmpty());
    m_end->setEnabled(m_running);
}

} // namespace twofold::app
