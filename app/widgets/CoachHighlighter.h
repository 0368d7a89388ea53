#pragma once

#include "app/controllers/TextCoach.h"

#include <QColor>
#include <QSyntaxHighlighter>

namespace twofold::app {

// Underlines what the coach flags with a soft, wavy, warm line (never red), and its softer optional hints with a
// fainter dotted line. Suggests; never blocks.
class CoachHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    CoachHighlighter(const TextCoach& coach, QTextDocument* document, QColor colour);
    // The field's opening the first line continues (coach::leadInOf); re-highlights.
    void setLeadIn(const QString& leadIn);

protected:
    void highlightBlock(const QString& text) override;

private:
    const TextCoach& m_coach;
    QColor m_colour;
    QString m_leadIn;
};

} // namespace twofold::app
