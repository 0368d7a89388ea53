#pragma once

#include "core/coach/Finding.h"
#include "core/coach/Pattern.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace twofold::coach {

// One rule of a rule file after loading: its expanded patterns and what a finding of it carries.
struct Rule {
    QString category;         // stable id ("you-accusation", ...); empty for allow rules
    QString suggestion;       // short kind text in the rule file's language
    QStringList alternatives; // real feelings offered instead of a pseudo-feeling
    std::vector<Pattern> patterns;
    bool allow = false;    // an allowed phrase: hides findings that start inside it
    int allowOnlyFor = -1; // for an allow rule: the one rule it hides ("except"), or -1 for every rule
    Severity severity = Severity::Blame;
    bool negatable = false; // a negation shortly before the reported span hides the finding ("not lazy")
};

} // namespace twofold::coach
