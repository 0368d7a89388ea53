#include "app/widgets/DraftEdit.h"

#include "app/widgets/CoachHighlighter.h"
#include "app/widgets/Theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QTextBlock>

namespace twofold::app {

DraftEdit::DraftEdit(const TextCoach& coach, bool multiline, int maxLength, QWidget* parent)
    : QPlainTextEdit(parent), m_coach(coach), m_multiline(multiline), m_maxLength(maxLength) {
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = new CoachHighlighter(coach, document(), Theme::coachUnderline(palette()));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
    connect(this, &QPlainTextEdit::textChanged, this, &DraftEdit::updateHint);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &DraftEdit::updateHint);
}

void DraftEdit::setHintLabel(QLabel* hint) {
    m_hint = hint;
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->installEventFilter(this);
    reserveHintSpace();
    updateHint();
}

void DraftEdit::reserveHintSpace() {
    // Two lines are kept for the hint whether it shows or not, measured as the label lays them out with its
    // style's padding and font: a one- or two-line hint appearing never pushes the form down.
    m_hint->ensurePolished();
    const QString shown = m_hint->text();
    m_hint->setMinimumHeight(0);
    m_hint->setText(QStringLiteral("X\nX"));
    const int twoLines = m_hint->sizeHint().height();
    m_hint->setText(shown);
    m_hint->setMinimumHeight(twoLines);
}

bool DraftEdit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_hint && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
        reserveHintSpace(); // a larger font or another style: measure again
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

void DraftEdit::setCoachLeadIn(const QString& leadIn) {
    m_leadIn = leadIn;
    m_highlighter->setLeadIn(leadIn);
    updateHint();
}

void DraftEdit::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers().testFlag(Qt::ControlModifier) || !m_multiline)) {
        Q_EMIT submitRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QSize DraftEdit::sizeHint() const {
    const int lineHeight = fontMetrics().lineSpacing();
    const int frame = 2 * frameWidth() + int(document()->documentMargin() * 2) + 10;
    return {fontMetrics().averageCharWidth() * 40, lineHeight * (lines() + (m_multiline ? 1 : 0)) + frame};
}

QSize DraftEdit::minimumSizeHint() const {
    return {fontMetrics().averageCharWidth() * 12, sizeHint().height()};
}

void DraftEdit::updateHint() {
    if (m_hint == nullptr) {
        return;
    }
    const auto text = toPlainText();
    QString hint;
    if (text.size() > m_maxLength) {
        hint = tr("A little shorter, please: at most %1 characters.").arg(m_maxLength);
    } else {
        const auto findings = m_coach.check(text, m_leadIn);
        const int cursor = textCursor().position();
        const coach::Finding* nearest = findings.empty() ? nullptr : &findings.front();
        for (const auto& finding : findings) {
            if (cursor >= finding.start && cursor <= finding.start + finding.length) {
                nearest = &finding;
            }
        }
        if (nearest != nullptr) {
            hint = QStringLiteral("“%1” · %2").arg(text.mid(nearest->start, nearest->length), nearest->suggestion);
            if (!nearest->alternatives.isEmpty()) {
                hint += QLatin1Char(' ') + tr("Perhaps: %1").arg(nearest->alternatives.join(QStringLiteral(", ")));
            }
        }
    }
    m_hint->setText(hint);
    if (m_hint->property("active").toBool() != !hint.isEmpty()) {
        m_hint->setProperty("active", !hint.isEmpty()); // the warm box only around a hint
        m_hint->style()->unpolish(m_hint);
        m_hint->style()->polish(m_hint);
    }
    // The hint reaches a screen reader both as the label's own text and as the field's description.
    m_hint->setAccessibleName(hint.isEmpty() ? QString() : tr("Gentler words: %1").arg(hint));
    setAccessibleDescription(hint);
}

} // namespace twofold::app
