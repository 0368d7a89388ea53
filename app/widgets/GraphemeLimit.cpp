#include "app/widgets/GraphemeLimit.h"

#include "core/text/UserText.h"

#include <QLineEdit>
#include <algorithm>

namespace twofold::app {

GraphemeLimitValidator::GraphemeLimitValidator(int maxGraphemes, QObject* parent)
    : QValidator(parent), m_maxGraphemes(maxGraphemes) {}

QValidator::State GraphemeLimitValidator::validate(QString& input, int& position) const {
    if (text::graphemeCount(input) > m_maxGraphemes) {
        fixup(input);
        position = std::min(position, int(input.size()));
    }
    return Acceptable;
}

void GraphemeLimitValidator::fixup(QString& input) const {
    input = text::truncateGraphemes(input, m_maxGraphemes);
}

void limitGraphemes(QLineEdit* edit, int maxGraphemes) {
    edit->setValidator(new GraphemeLimitValidator(maxGraphemes, edit));
}

} // namespace twofold::app
