#pragma once

#include <QValidator>

class QLineEdit;

namespace twofold::app {

// Keeps a line edit at most `maxGraphemes` user-perceived characters long (Unicode UAX #29, counted by
// core/text/UserText.h). QLineEdit::setMaxLength counts UTF-16 units, so a name ending in "👍🏽" at the
// limit would lose its emoji, or keep half of it; this cuts typed or pasted text between characters.
class GraphemeLimitValidator final : public QValidator {
    Q_OBJECT
public:
    explicit GraphemeLimitValidator(int maxGraphemes, QObject* parent = nullptr);

    // Never Invalid: text over the limit is cut to it (the cursor kept inside the text), so a paste
    // keeps its beginning, as setMaxLength does.
    State validate(QString& input, int& position) const override;
    void fixup(QString& input) const override;

private:
    int m_maxGraphemes;
};

// Installs a GraphemeLimitValidator owned by `edit`.
void limitGraphemes(QLineEdit* edit, int maxGraphemes);

} // namespace twofold::app
