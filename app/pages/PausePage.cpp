#include "app/pages/PausePage.h"

#include "app/controllers/session/PauseModel.h"
#include "app/widgets/BreathingPacer.h"
#include "app/widgets/GraphemeLimit.h"
#include "app/widgets/WrapButton.h"
#include "core/Limits.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace twofold::app {

PausePage::PausePage(PauseModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_headline(new QLabel(this)), m_countdown(new QLabel(this)),
      m_note(new QLabel(this)), m_soothe(new QLabel(this)),
      m_showPacer(new WrapCheckBox(tr("Show the breathing guide"), this)), m_pacer(new BreathingPacer(this)),
      m_acknowledge(new WrapButton(tr("OK, take your time"), this)), m_extend(new WrapButton(QString(), this)),
      m_returnEarly(new WrapButton(tr("I'm ready to come back"), this)), m_reEntry(new QWidget(this)),
      m_reEntryQuestion(new QLabel(tr("How are you now? One line is enough."), m_reEntry)),
      m_reEntryLine(new QLineEdit(m_reEntry)), m_reEntrySend(new QPushButton(tr("Come back"), m_reEntry)),
      m_partnerLine(new QLabel(this)) {
    setObjectName(QStringLiteral("pausePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addStretch(1);
    m_headline->setObjectName(QStringLiteral("pauseHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setAlignment(Qt::AlignCenter);
    m_countdown->setObjectName(QStringLiteral("pauseCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setObjectName(QStringLiteral("pauseNote"));
    m_soothe->setObjectName(QStringLiteral("muted"));
    m_soothe->setWordWrap(true);
    m_soothe->setAlignment(Qt::AlignCenter);
    m_soothe->setText(tr("Perhaps a glass of water, a look out of the window, or a few slow breaths: in for four, "
                         "out for six."));
    m_showPacer->setChecked(true);
    m_showPacer->setAccessibleName(tr("Show the breathing guide"));
    connect(m_showPacer, &QCheckBox::toggled, m_pacer, &QWidget::setVisible);
    m_partnerLine->setWordWrap(true);
    m_partnerLine->setTextFormat(Qt::PlainText);
    m_partnerLine->setAlignment(Qt::AlignCenter);

    layout->addWidget(m_headline);
    layout->addWidget(m_countdown);
    layout->addWidget(m_note);
    layout->addWidget(m_pacer, 0, Qt::AlignHCenter);
    layout->addWidget(m_showPacer, 0, Qt::AlignHCenter);
    layout->addWidget(m_soothe);

    // Side by side when they fit, else one above the other (resizeEvent): never wider than the window.
    m_buttons = new QBoxLayout(QBoxLayout::LeftToRight);
    m_buttons->addStretch(1);
    for (QPushButton* button : {m_acknowledge, m_extend, m_returnEarly}) {
        m_buttons->addWidget(button);
    }
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setAccessibleName(m_acknowledge->text());
    m_acknowledge->setProperty("primary", true);
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_returnEarly->setObjectName(QStringLiteral("returnButton"));
    m_returnEarly->setAccessibleName(m_returnEarly->text());
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { m_model.acknowledge(); });
    connect(m_extend, &QPushButton::clicked, this, [this] { m_model.extend(); });
    connect(m_returnEarly, &QPushButton::clicked, this, [this] { m_model.returnEarly(); });

    auto* reEntryLayout = new QVBoxLayout(m_reEntry);
    reEntryLayout->setContentsMargins(0, 0, 0, 0);
    m_reEntryQuestion->setAlignment(Qt::AlignCenter);
    m_reEntryQuestion->setWordWrap(true);
    m_reEntryQuestion->setBuddy(m_reEntryLine);
    m_reEntryLine->setObjectName(QStringLiteral("reEntryLine"));
    m_reEntryLine->setAccessibleName(tr("How are you now?"));
    limitGraphemes(m_reEntryLine, limits::kReEntryGraphemes); // as the host counts (an emoji stays whole)
    m_reEntryLine->setPlaceholderText(tr("e.g. calmer, still a bit shaky, ready to listen"));
    m_reEntrySend->setObjectName(QStringLiteral("reEntryButton"));
    m_reEntrySend->setAccessibleName(m_reEntrySend->text());
    m_reEntrySend->setProperty("primary", true);
    auto* row = new ButtonRow(m_reEntry); // the button goes under the line when the window is narrow
    row->addButton(m_reEntryLine, 1);
    row->addButton(m_reEntrySend);
    reEntryLayout->addWidget(m_reEntryQuestion);
    reEntryLayout->addWidget(row);
    m_reEntryHint = new QLabel(m_reEntry);
    m_reEntryHint->setObjectName(QStringLiteral("reEntryNote"));
    m_reEntryHint->setWordWrap(true);
    m_reEntryHint->hide();
    reEntryLayout->addWidget(m_reEntryHint);
    const auto send = [this] {
        if (m_reEntryLine->text().trimmed().isEmpty()) {
            // Never a silent no-op: the same soft note as any other refusal.
            m_reEntryHint->setText(tr("A few words about how you are now, first — one line is enough."));
            m_reEntryHint->show();
            m_reEntryLine->setFocus();
            return;
        }
        m_reEntryHint->hide();
        m_model.reEnter(m_reEntryLine->text());
    };
    connect(m_reEntrySend, &QPushButton::clicked, this, send);
    connect(m_reEntryLine, &QLineEdit::returnPressed, this, send);
    connect(m_reEntryLine, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_model.setReEntryDraft(text); });
    // The countdown's text changes once a second; the rest only when the pause itself does.
    connect(&m_model, &PauseModel::countdownChanged, this, [this] { showCountdown(m_model.view()); });
    connect(&m_model, &PauseModel::stateChanged, this, &PausePage::refresh);
    connect(&m_model, &PauseModel::minutesChanged, this, &PausePage::refresh);
    layout->addWidget(m_reEntry);
    layout->addWidget(m_partnerLine);
    layout->addStretch(2);
    refresh();
}

void PausePage::setReducedMotion(bool reduced) {
    m_pacer->setReducedMotion(reduced);
}

void PausePage::refresh() {
    const auto view = m_model.view();
    if (!view.active) {
        m_reEntryLine->clear();
        m_reEntryHint->hide();
        m_lastPhase.clear();
        return;
    }
    m_pacer->setOrigin(view.startedAtMs); // both partners breathe in together
    if (view.reEntry && m_reEntryLine->text().isEmpty()) {
        m_reEntryLine->setText(m_model.reEntryDraft()); // kept on disk, like every draft
    }
    m_headline->setText(view.headline);
    showCountdown(view);
    QStringList notes;
    if (!view.extensionNote.isEmpty()) {
        notes << view.extensionNote;
    }
    if (view.mine && view.acknowledged) {
        notes << tr("%1 says: OK, take your time.").arg(m_model.partnerInText());
    }
    if (!view.mine && view.acknowledged && !view.reEntry) {
        notes << tr("You let %1 know: OK, take your time.").arg(m_model.partnerInText());
    }
    if (view.aboutAMinuteLeft) {
        notes << tr("About a minute left.");
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    m_pacer->setVisible(!view.reEntry && m_showPacer->isChecked());
    m_showPacer->setVisible(!view.reEntry);
    m_soothe->setVisible(!view.reEntry);
    m_acknowledge->setVisible(view.canAcknowledge);
    m_extend->setVisible(view.canExtend);
    m_extend->setText(view.reEntry ? tr("I need a little longer") : tr("A little more time, please"));
    m_extend->setAccessibleName(m_extend->text());
    const QString extendHint = tr("Adds %1 minutes; %2 will see the new return time.")
                                   .arg(m_model.pauseMinutes())
                                   .arg(m_model.partnerInText());
    m_extend->setToolTip(Qt::convertFromPlainText(extendHint)); // rich text, so the tooltip wraps
    m_extend->setAccessibleDescription(extendHint);             // a screen reader reads plain words, not <p>
    m_returnEarly->setVisible(view.canReturnEarly && !view.breath);
    arrangeButtons();
    m_reEntry->setVisible(view.reEntry && !view.myReEntryDone);
    m_partnerLine->setVisible(view.reEntry && (view.myReEntryDone || !view.partnerReEntry.isEmpty()));
    QString partner;
    if (!view.partnerReEntry.isEmpty()) {
        partner = tr("%1: “%2”").arg(m_model.partnerInText(), view.partnerReEntry);
    }
    if (view.myReEntryDone && view.partnerReEntry.isEmpty()) {
        partner = tr("Thank you. Waiting for %1 to say how they are.").arg(m_model.partnerInText());
    }
    m_partnerLine->setText(partner);
    // When the pause begins, or its phase changes, focus goes to what this partner can do here, never to
    // a button elsewhere that a stray key could press ("End session").
    const QString phase = QStringLiteral("%1/%2/%3").arg(view.startedAtMs).arg(view.reEntry).arg(view.myReEntryDone);
    if (phase != m_lastPhase && isVisible()) {
        m_lastPhase = phase;
        focusFirstAction();
    }
}

void PausePage::showCountdown(const PauseView& view) {
    if (!view.active) {
        return; // the pause is over: refresh() says so
    }
    m_countdown->setText(view.countdown);
    m_countdown->setAccessibleName(tr("Time left: %1").arg(view.countdown));
    m_countdown->setVisible(!view.reEntry);
}

void PausePage::focusFirstAction() {
    for (QWidget* candidate : {static_cast<QWidget*>(m_reEntryLine), static_cast<QWidget*>(m_acknowledge),
                               static_cast<QWidget*>(m_returnEarly), static_cast<QWidget*>(m_showPacer)}) {
        if (candidate->isVisibleTo(this) && candidate->isEnabled()) {
            candidate->setFocus();
            return;
        }
    }
}

void PausePage::arrangeButtons() {
    int wanted = 0;
    for (QPushButton* button : {m_acknowledge, m_extend, m_returnEarly}) {
        if (button->isVisibleTo(this)) {
            wanted += button->sizeHint().width() + m_buttons->spacing();
        }
    }
    const auto margins = contentsMargins() + layout()->contentsMargins();
    const bool sideBySide = wanted <= width() - margins.left() - margins.right();
    m_buttons->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void PausePage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrangeButtons();
}

void PausePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_lastPhase.clear();
    refresh();
}

} // namespace twofold::app
