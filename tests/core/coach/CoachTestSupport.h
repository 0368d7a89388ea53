#pragma once

#include "core/coach/Coach.h"
#include "core/coach/RuleSet.h"

#include <QString>
#include <gtest/gtest.h>
#include <ostream>
#include <vector>

namespace twofold::coach {

// gtest prints findings readably in failure messages.
inline void PrintTo(const Finding& finding, std::ostream* out) {
    *out << "{" << finding.start << "+" << finding.length << " " << finding.category.toStdString() << "}";
}

} // namespace twofold::coach

namespace twofold::coach::test {

// The shipped rules of one language ("en", "de", "fr", "es"), loaded once per test program.
inline const Coach& coachFor(const QString& language) {
    static const Coach english(RuleSet::forLanguage(QStringLiteral("en")).value());
    static const Coach german(RuleSet::forLanguage(QStringLiteral("de")).value());
    static const Coach french(RuleSet::forLanguage(QStringLiteral("fr")).value());
    static const Coach spanish(RuleSet::forLanguage(QStringLiteral("es")).value());
    if (language == QLatin1String("de")) {
        return german;
    }
    if (language == QLatin1String("fr")) {
        return french;
    }
    return language == QLatin1String("es") ? spanish : english;
}

// "“you always” (you-accusation), “ignored” (pseudo-feeling)" — for failure messages.
inline std::string describe(const QString& text, const std::vector<Finding>& findings) {
    if (findings.empty()) {
        return "no findings";
    }
    std::string out;
    for (const auto& finding : findings) {
        if (!out.empty()) {
            out += ", ";
        }
        out += "“" + text.mid(finding.start, finding.length).toStdString() + "” (" + finding.category.toStdString() +
               " at " + std::to_string(finding.start) + ")";
    }
    return out;
}

struct BlamingPhrase {
    const char* text;     // UTF-8
    const char* category; // the category one finding must have
    const char* flagged;  // the exact text that finding must cover
};

} // namespace twofold::coach::test
