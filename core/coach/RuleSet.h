#pragma once

#include "core/Result.h"
#include "core/coach/LanguageSettings.h"
#include "core/coach/Rule.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace twofold::coach {

// The coach rules of one language, loaded and validated from a JSON rule file
// (format: resources/coach/README.md). A value type: copy it, hand it to a Coach.
class RuleSet {
public:
    // Parses and validates a rule file. A malformed file gives an Error with code "coach.json" (not JSON),
    // "coach.format" (wrong structure, an unknown stemmer) or "coach.pattern" (a bad pattern), and a message
    // naming the place.
    static Result<RuleSet> fromJson(const QByteArray& json);

    // Loads the shipped rules ":/coach/<lang>.json". `language` may be "de", "de_DE" or "de-AT";
    // a language without a rule file falls back to English.
    static Result<RuleSet> forLanguage(const QString& language);

    static constexpr qsizetype maxFileSize = 1024 * 1024;
    static constexpr int maxExpandedPatterns = 50000;

    const QString& language() const { return m_language; }
    const QString& name() const { return m_name; }
    const std::vector<Rule>& rules() const { return m_rules; }
    const LanguageSettings& settings() const { return m_settings; }
    QStringList categories() const { return m_categories; }
    int patternCount() const;

private:
    RuleSet() = default;

    QString m_language;
    QString m_name;
    QStringList m_categories;
    LanguageSettings m_settings;
    std::vector<Rule> m_rules;
};

} // namespace twofold::coach
