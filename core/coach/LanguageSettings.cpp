#include "core/coach/LanguageSettings.h"

#include <QJsonArray>

namespace twofold::coach {
namespace {

Error formatError(const QString& message) {
    return Error{QStringLiteral("coach.format"), message};
}

// One folded word from a rule file string that must be exactly one word ("can't", "u", or an elided "m'"), or an
// error.
Result<QString> oneWord(const QString& text, const Tokenizer::Elisions& elisions, const QString& where) {
    const QString folded = Tokenizer::fold(text);
    if (folded.endsWith(QLatin1Char('\'')) && elisions.contains(folded.chopped(1))) {
        return folded; // "m'" as the tokenizer splits it off "m'écoutes"
    }
    const QStringList words = Tokenizer::foldedWords(text, elisions);
    if (words.size() != 1) {
        return formatError(QStringLiteral("%1: “%2” is not a single word").arg(where, text));
    }
    return words.front();
}

// An optional array of single words; absent = empty.
Result<QSet<QString>> wordSet(const QJsonObject& root, const QString& key, const Tokenizer::Elisions& elisions) {
    QSet<QString> out;
    const QJsonValue value = root.value(key);
    if (value.isUndefined()) {
        return out;
    }
    if (!value.isArray()) {
        return formatError(QStringLiteral("“%1” must be an array of words").arg(key));
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array[i].isString()) {
            return formatError(QStringLiteral("%1 must be a string").arg(where));
        }
        auto word = oneWord(array[i].toString(), elisions, where);
        if (!word) {
            return word.error();
        }
        out.insert(*word);
    }
    return out;
}

Result<Tokenizer::Elisions> readElisions(const QJsonObject& root) {
    Tokenizer::Elisions out;
    const QJsonValue value = root.value(QLatin1String("elisions"));
    if (value.isUndefined()) {
        return out;
    }
    if (!value.isArray()) {
        return formatError(QStringLiteral("“elisions” must be an array of word beginnings"));
    }
    const QJsonArray items = value.toArray(); // const: never detached
    for (const QJsonValue& item : items) {
        const QString text = item.toString();
        if (!item.isString() || Tokenizer::foldedWords(text).size() != 1 || text.contains(QLatin1Char('\''))) {
            return formatError(QStringLiteral("“elisions” entries are letters without the apostrophe (\"qu\")"));
        }
        out.insert(Tokenizer::fold(text));
    }
    return out;
}

Result<QHash<QString, QStringList>> readNormalize(const QJsonObject& root, const Tokenizer::Elisions& elisions) {
    QHash<QString, QStringList> out;
    const QJsonValue value = root.value(QLatin1String("normalize"));
    if (value.isUndefined()) {
        return out;
    }
    if (!value.isObject()) {
        return formatError(QStringLiteral("“normalize” must be an object of word → word or array of words"));
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString where = QStringLiteral("normalize.%1").arg(it.key());
        auto from = oneWord(it.key(), elisions, where);
        if (!from) {
            return from.error();
        }
        QJsonArray targets = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        if (targets.isEmpty()) {
            return formatError(QStringLiteral("%1 must name at least one word").arg(where));
        }
        QStringList words;
        for (const QJsonValue& target : targets) {
            if (!target.isString()) {
                return formatError(QStringLiteral("%1 must be a word or an array of words").arg(where));
            }
            auto to = oneWord(target.toString(), elisions, where);
            if (!to) {
                return to.error();
            }
            if (*to != *from && !words.contains(*to)) {
                words.append(*to);
            }
        }
        out.insert(*from, words);
    }
    return out;
}

// "respell": {"ae": "ä"}: when a typed word holds the key, it is also read with the value in its place.
Result<QList<std::pair<QString, QString>>> readRespell(const QJsonObject& root) {
    QList<std::pair<QString, QString>> out;
    const QJsonValue value = root.value(QLatin1String("respell"));
    if (value.isUndefined()) {
        return out;
    }
    if (!value.isObject()) {
        return formatError(QStringLiteral("“respell” must be an object of letters → letters"));
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString from = Tokenizer::fold(it.key());
        const QString to = Tokenizer::fold(it.value().toString());
        if (!it.value().isString() || from.isEmpty() || to.isEmpty() || from == to) {
            return formatError(QStringLiteral("respell.%1 must be other, non-empty letters").arg(it.key()));
        }
        out.append({from, to});
    }
    return out;
}

} // namespace

Result<LanguageSettings> LanguageSettings::fromJson(const QJsonObject& root) {
    LanguageSettings settings;
    const QJsonValue stemmer = root.value(QLatin1String("stemmer"));
    if (!stemmer.isUndefined()) {
        auto created = Stemmer::create(stemmer.toString());
        if (!stemmer.isString() || !created) {
            return formatError(QStringLiteral("“stemmer” must be a Snowball algorithm: %1")
                                   .arg(Stemmer::algorithms().join(QStringLiteral(", "))));
        }
        settings.stemmer = *created;
    }
    auto elisions = readElisions(root);
    if (!elisions) {
        return elisions.error();
    }
    settings.elisions = *elisions;
    auto normalize = readNormalize(root, settings.elisions);
    auto fillers = wordSet(root, QStringLiteral("fillers"), settings.elisions);
    auto negations = wordSet(root, QStringLiteral("negations"), settings.elisions);
    auto bridges = wordSet(root, QStringLiteral("negationBridges"), settings.elisions);
    for (const Error* error : {normalize ? nullptr : &normalize.error(), fillers ? nullptr : &fillers.error(),
                               negations ? nullptr : &negations.error(), bridges ? nullptr : &bridges.error()}) {
        if (error != nullptr) {
            return *error;
        }
    }
    settings.normalize = *normalize;
    settings.fillers = *fillers;
    settings.negations = *negations;
    settings.negationBridges = *bridges;
    auto respell = readRespell(root);
    if (!respell) {
        return respell.error();
    }
    settings.respell = *respell;
    const QJsonValue window = root.value(QLatin1String("negationWindow"));
    if (!window.isUndefined()) {
        const double n = window.toDouble(-1);
        if (!window.isDouble() || n != static_cast<int>(n) || n < 1 || n > maxNegationWindow) {
            return formatError(
                QStringLiteral("“negationWindow” must be a whole number from 1 to %1").arg(maxNegationWindow));
        }
        settings.negationWindow = static_cast<int>(n);
    }
    return settings;
}

} // namespace twofold::coach
