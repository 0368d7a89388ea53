#pragma once

#include "core/coach/Finding.h"

#include <QString>
#include <vector>

namespace twofold::app {

// Gentler-words hints for a draft, behind an interface so pages and tests need no rule files.
class TextCoach {
public:
    virtual ~TextCoach() = default;
    virtual std::vector<coach::Finding> check(const QString& text) const = 0;
};

} // namespace twofold::app
