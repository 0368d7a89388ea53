#include "app/widgets/CoachHighlighter.h"

namespace twofold::app {

CoachHighlighter::CoachHighlighter(const TextCoach& coach, QTextDocument* document, QColor colour)
    : QSyntaxHighlighter(document), m_coach(coach), m_colour(colour) {}

void CoachHighlighter::highlightBlock(const QString& text) {
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(m_colour);
    for (const auto& finding : m_coach.check(text)) {
        setFormat(finding.start, finding.length, format);
    }
}

} // namespace twofold::app
