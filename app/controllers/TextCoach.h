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
    // `text` as the words after a field's opening (coach::Coach::check(text, leadIn)); by default the
    // opening is not read.
    virtual std::vector<coach::Finding> check(const QString& text, const QString& leadIn) const {
        (void)leadIn;
        return check(text);
    }
};

} // namespace twofold::app
