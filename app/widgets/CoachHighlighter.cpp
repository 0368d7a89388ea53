#include "app/widgets/CoachHighlighter.h"

namespace twofold::app {

CoachHighlighter::CoachHighlighter(const TextCoach& coach, QTextDocument* document, QColor colour)
    : QSyntaxHighlighter(document), m_coach(coach), m_colour(colour) {}

void CoachHighlighter::setLeadIn(const QString& leadIn) {
    if (m_leadIn != leadIn) {
        m_leadIn = leadIn;
        rehighlight();
    }
}

void CoachHighlighter::highlightBlock(const QString& text) {
    QTextCharFormat blame;
    blame.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    blame.setUnderlineColor(m_colour);
    // The softer, optional hint ("unheard": not blame, DESIGN §3) is a fainter dotted line.
    QTextCharFormat hint;
    hint.setUnderlineStyle(QTextCharFormat::DotLine);
    QColor faint = m_colour;
    faint.setAlphaF(0.55f);
    hint.setUnderlineColor(faint);
    for (const auto& finding : m_coach.check(text, currentBlock().blockNumber() == 0 ? m_leadIn : QString())) {
        setFormat(finding.start, finding.length, finding.severity == coach::Severity::Hint ? hint : blame);
    }
}

} // namespace twofold::app
