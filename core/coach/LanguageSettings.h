#pragma once

#include "core/Result.h"
#include "core/coach/Stemmer.h"
#include "core/coach/Tokenizer.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <utility>

namespace twofold::coach {

// How one language's words are read before rules are matched (the top-level keys of a rule file besides the
// rules; resources/coach/README.md). Every word here is already folded (Tokenizer::fold).
struct LanguageSettings {
    Stemmer stemmer;                       // "stemmer": a Snowball algorithm; absent = words are compared as written
    Tokenizer::Elisions elisions;          // "elisions": word beginnings an apostrophe splits off ("l", "qu")
    QHash<QString, QStringList> normalize; // "normalize": a typed word -> the words it may stand for ("u" -> "you")
    QSet<QString> fillers;                 // "fillers": words a pattern may skip between two of its words ("really")
    QSet<QString> negations;               // "negations": words that negate what follows in their clause ("not")
    QList<std::pair<QString, QString>> respell; // "respell": typed letters -> the letters meant ("ue" -> "ü")
    QSet<QString> negationBridges; // "negationBridges": a comma before these does not end a negation ("dass")
    int negationWindow = 4;        // "negationWindow": how many words before a finding a negation reaches, 1..8

    static constexpr int maxNegationWindow = 8;
    static constexpr int maxFillersInARow = 2; // a pattern skips at most this many fillers between two words

    // Reads the settings from a rule file's top level. Errors have code "coach.format" and name the key.
    static Result<LanguageSettings> fromJson(const QJsonObject& root);
};

} // namespace twofold::coach
