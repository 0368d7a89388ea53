#include "app/widgets/DraftEdit.h"

#include "app/widgets/CoachHighlighter.h"
#include "app/widgets/Theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <algorithm>

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
    // kHintLines lines are kept for the hint whether it shows or not, measured as the label lays them out
    // with its style's padding and font, and the label never grows past them: no hint, however long and
    // however narrow the window, pushes the form down. A longer hint is cut at a word with "…"; its whole
    // text stays the label's tooltip and the field's accessible description.
    m_hint->ensurePolished();
    const QString shown = m_hint->text();
    m_hint->setMinimumHeight(0);
    m_hint->setMaximumHeight(QWIDGETSIZE_MAX);
    m_hint->setText(QStringList(kHintLines, QStringLiteral("X")).join(QLatin1Char('\n')));
    const int reserved = m_hint->sizeHint().height();
    m_hint->setText(shown);
    m_hint->setFixedHeight(reserved);
}

bool DraftEdit::hintFits(const QString& text) {
    // Measured by the label itself, at the width it has: its margins, indent and style sheet padding are
    // then counted as it lays the text out (a font-metrics guess missed them, and a fourth line was cut).
    m_hint->setText(text);
    return m_hint->heightForWidth(m_hint->width()) <= m_hint->height();
}

QString DraftEdit::fittedHint(const QString& full) {
    if (full.isEmpty() || hintFits(full)) {
        return full;
    }
    // The longest opening (whole graphemes) that fits with "…" after it, then back to the last word break.
    QList<qsizetype> breaks;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, full);
    for (auto at = graphemes.toNextBoundary(); at > 0; at = graphemes.toNextBoundary()) {
        breaks << at;
    }
    const QChar ellipsis(0x2026);
    const auto cut = [&](qsizetype length) {
        return full.left(length).trimmed() + ellipsis;
    };
    qsizetype low = 0;
    qsizetype high = breaks.size() - 1;
    qsizetype best = 0;
    while (low <= high) {
        const auto mid = (low + high) / 2;
        if (hintFits(cut(breaks[mid]))) {
            best = breaks[mid];
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, full);
    words.setPosition(best);
    if (!words.isAtBoundary()) {
        const auto wordStart = words.toPreviousBoundary();
        if (wordStart > 0) {
            best = wordStart;
        }
    }
    return cut(best);
}

bool DraftEdit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_hint && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
        reserveHintSpace(); // a larger font or another style: measure again
        showHint();
    } else if (watched == m_hint && event->type() == QEvent::Resize) {
        showHint(); // narrower or wider: the lines break elsewhere
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
                const QString alternatives = nearest->alternatives.join(QStringLiteral(", "));
                // A suggestion that leads into them already ("Maybe one of these fits:") is not followed by
                // a second lead-in ("… fits: Perhaps: lonely").
                hint += QLatin1Char(' ') + (nearest->suggestion.trimmed().endsWith(QLatin1Char(':'))
                                                ? alternatives
                                                : tr("Perhaps: %1").arg(alternatives));
            }
        }
    }
    if (m_hint->property("active").toBool() != !hint.isEmpty()) {
        m_hint->setProperty("active", !hint.isEmpty()); // the warm box only around a hint
        m_hint->style()->unpolish(m_hint);
        m_hint->style()->polish(m_hint);
    }
    // The whole hint reaches a screen reader both as the label's name and as the field's description; set
    // first, so fitting the shown text below changes neither.
    m_hint->setAccessibleName(hint.isEmpty() ? QString() : tr("Gentler words: %1").arg(hint));
    m_hint->setAccessibleDescription(hint);
    setAccessibleDescription(hint);
    m_fullHint = hint;
    showHint(); // measured in the style of a shown hint (its box's padding)
}

void DraftEdit::showHint() {
    const QString shown = fittedHint(m_fullHint);
    if (m_hint->text() != shown) {
        m_hint->setText(shown);
    }
    const QString tip = shown == m_fullHint ? QString() : m_fullHint; // the whole of a shortened hint
    if (m_hint->toolTip() != tip) {
        m_hint->setToolTip(tip);
    }
}

} // namespace twofold::app
