#include "core/coach/RuleSet.h"

#include "core/coach/PatternParser.h"
#include "core/log/Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <optional>

namespace twofold::coach {
namespace {

const QLatin1String fallbackLanguage{"en"};

Error formatError(const QString& message) {
    return Error{QStringLiteral("coach.format"), message};
}

// Keys starting with "_" are comments and ignored; any other unknown key is an error (catches typos).
std::optional<Error> checkKeys(const QJsonObject& object, const QStringList& known, const QString& where) {
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1Char('_')) && !known.contains(it.key())) {
            return formatError(QStringLiteral("%1: unknown key “%2”").arg(where, it.key()));
        }
    }
    return std::nullopt;
}

bool isIdentifier(const QString& text) {
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return identifier.match(text).hasMatch();
}

Result<QString> requiredString(const QJsonObject& object, const QString& key, const QString& where) {
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return formatError(QStringLiteral("%1.%2 must be a non-empty string").arg(where, key));
    }
    return value.toString();
}

// An optional array of non-empty strings; absent = empty list.
Result<QStringList> stringList(const QJsonObject& object, const QString& key, const QString& where) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return QStringList{};
    }
    if (!value.isArray() || value.toArray().isEmpty()) {
        return formatError(QStringLiteral("%1.%2 must be a non-empty array of strings").arg(where, key));
    }
    QStringList list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString() || array[i].toString().trimmed().isEmpty()) {
            return formatError(QStringLiteral("%1.%2[%3] must be a non-empty string").arg(where, key).arg(i));
        }
        list.append(array[i].toString());
    }
    return list;
}

struct CategoryDefinition {
    QString suggestion;
    QStringList patterns;
    QStringList except;
    Severity severity = Severity::Blame;
    bool negatable = false;
    bool stem = true;
};

// An optional boolean; absent = `fallback`.
Result<bool> optionalBool(const QJsonObject& object, const QString& key, bool fallback, const QString& where) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isBool()) {
        return formatError(QStringLiteral("%1.%2 must be true or false").arg(where, key));
    }
    return value.toBool();
}

Result<Severity> readSeverity(const QJsonObject& category, const QString& where) {
    const QJsonValue value = category.value(QLatin1String("severity"));
    if (value.isUndefined() || value == QJsonValue(QStringLiteral("blame"))) {
        return Severity::Blame;
    }
    if (value == QJsonValue(QStringLiteral("hint"))) {
        return Severity::Hint;
    }
    return formatError(QStringLiteral("%1.severity must be \"blame\" or \"hint\"").arg(where));
}

struct FileHeader {
    QString language;
    QString name;
    int maxGap = 3;
};

Result<FileHeader> readHeader(const QJsonObject& root) {
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble() || format.toDouble() != 1.0) {
        return formatError(QStringLiteral("“format” must be 1"));
    }
    FileHeader header;
    const QJsonValue language = root.value(QLatin1String("language"));
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
    if (!language.isString() || !code.match(language.toString()).hasMatch()) {
        return formatError(QStringLiteral("“language” must be a lower-case language code such as \"en\""));
    }
    header.language = language.toString();
    auto name = requiredString(root, QStringLiteral("name"), QStringLiteral("top level"));
    if (!name) {
        return name.error();
    }
    header.name = *name;
    const QJsonValue maxGap = root.value(QLatin1String("maxGap"));
    if (!maxGap.isUndefined()) {
        const double gap = maxGap.toDouble(-1);
        if (!maxGap.isDouble() || gap != static_cast<int>(gap) || gap < 1 || gap > PatternParser::maxGapLimit) {
            return formatError(
                QStringLiteral("“maxGap” must be a whole number from 1 to %1").arg(PatternParser::maxGapLimit));
        }
        header.maxGap = static_cast<int>(gap);
    }
    return header;
}

Result<QHash<QString, CategoryDefinition>> readCategories(const QJsonObject& root) {
    const QJsonValue value = root.value(QLatin1String("categories"));
    if (!value.isObject() || value.toObject().isEmpty()) {
        return formatError(QStringLiteral("“categories” must be a non-empty object"));
    }
    QHash<QString, CategoryDefinition> categories;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString where = QStringLiteral("categories.%1").arg(it.key());
        if (!isIdentifier(it.key())) {
            return formatError(QStringLiteral("%1: a category id is lower-case letters, digits and -").arg(where));
        }
        if (!it.value().isObject()) {
            return formatError(QStringLiteral("%1 must be an object").arg(where));
        }
        const QJsonObject category = it.value().toObject();
        if (auto bad = checkKeys(category,
                                 {QStringLiteral("suggestion"), QStringLiteral("patterns"), QStringLiteral("except"),
                                  QStringLiteral("severity"), QStringLiteral("negatable"), QStringLiteral("stem")},
                                 where)) {
            return *bad;
        }
        auto suggestion = requiredString(category, QStringLiteral("suggestion"), where);
        auto patterns = stringList(category, QStringLiteral("patterns"), where);
        auto except = stringList(category, QStringLiteral("except"), where);
        auto severity = readSeverity(category, where);
        auto negatable = optionalBool(category, QStringLiteral("negatable"), false, where);
        auto stem = optionalBool(category, QStringLiteral("stem"), true, where);
        for (const Error* error : {suggestion ? nullptr : &suggestion.error(), patterns ? nullptr : &patterns.error(),
                                   except ? nullptr : &except.error(), severity ? nullptr : &severity.error(),
                                   negatable ? nullptr : &negatable.error(), stem ? nullptr : &stem.error()}) {
            if (error != nullptr) {
                return *error;
            }
        }
        categories.insert(it.key(), CategoryDefinition{*suggestion, *patterns, *except, *severity, *negatable, *stem});
    }
    return categories;
}

Result<PatternParser::Sets> readSets(const QJsonObject& root) {
    PatternParser::Sets sets;
    const QJsonValue value = root.value(QLatin1String("sets"));
    if (value.isUndefined()) {
        return sets;
    }
    if (!value.isObject()) {
        return formatError(QStringLiteral("“sets” must be an object of name → array of phrases"));
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isIdentifier(it.key())) {
            return formatError(QStringLiteral("sets.%1: a set name is lower-case letters, digits and -").arg(it.key()));
        }
        auto phrases = stringList(object, it.key(), QStringLiteral("sets"));
        if (!phrases || phrases->isEmpty()) {
            return phrases ? formatError(QStringLiteral("sets.%1 must be a non-empty array").arg(it.key()))
                           : phrases.error();
        }
        sets.insert(it.key(), *phrases);
    }
    return sets;
}

Error atPattern(const QString& where, int index, const QString& pattern, const Error& error) {
    return Error{error.code, QStringLiteral("%1[%2] “%3” %4").arg(where).arg(index).arg(pattern, error.message)};
}

Result<std::vector<Pattern>> parseAll(const PatternParser& parser, const QStringList& sources,
                                      const PatternParser::Sets& localSets, const QString& where, bool stem = true,
                                      bool allowPattern = false) {
    std::vector<Pattern> all;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        auto patterns = parser.parse(sources[i], localSets, stem, allowPattern);
        if (!patterns) {
            return atPattern(where, static_cast<int>(i), sources[i], patterns.error());
        }
        for (auto& pattern : *patterns) {
            all.push_back(std::move(pattern));
        }
    }
    return all;
}

// Reads rules[] and allow[] into `rules`. Each rule's "except" patterns follow it as allow rules.
std::optional<Error> readRules(const QJsonObject& root, const QHash<QString, CategoryDefinition>& categories,
                               const PatternParser& parser, std::vector<Rule>& rules) {
    const QJsonValue value = root.value(QLatin1String("rules"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        return formatError(QStringLiteral("“rules” must be a non-empty array"));
    }
    const QJsonArray array = value.toArray();
    const QStringList known{QStringLiteral("category"),  QStringLiteral("patterns"),     QStringLiteral("except"),
                            QStringLiteral("words"),     QStringLiteral("alternatives"), QStringLiteral("suggestion"),
                            QStringLiteral("negatable"), QStringLiteral("stem")};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        if (!array[i].isObject()) {
            return formatError(QStringLiteral("%1 must be an object").arg(where));
        }
        const QJsonObject object = array[i].toObject();
        if (auto bad = checkKeys(object, known, where)) {
            return bad;
        }
        auto categoryId = requiredString(object, QStringLiteral("category"), where);
        if (!categoryId) {
            return categoryId.error();
        }
        const auto category = categories.constFind(*categoryId);
        if (category == categories.constEnd()) {
            return formatError(
                QStringLiteral("%1.category “%2” is not declared in “categories”").arg(where, *categoryId));
        }
        auto patterns = stringList(object, QStringLiteral("patterns"), where);
        auto except = stringList(object, QStringLiteral("except"), where);
        auto words = stringList(object, QStringLiteral("words"), where);
        auto alternatives = stringList(object, QStringLiteral("alternatives"), where);
        auto negatable = optionalBool(object, QStringLiteral("negatable"), category->negatable, where);
        auto stem = optionalBool(object, QStringLiteral("stem"), category->stem, where);
        for (const Error* error : {patterns ? nullptr : &patterns.error(), except ? nullptr : &except.error(),
                                   words ? nullptr : &words.error(), alternatives ? nullptr : &alternatives.error(),
                                   negatable ? nullptr : &negatable.error(), stem ? nullptr : &stem.error()}) {
            if (error != nullptr) {
                return *error;
            }
        }
        QString suggestion = category->suggestion;
        if (object.contains(QLatin1String("suggestion"))) {
            auto own = requiredString(object, QStringLiteral("suggestion"), where);
            if (!own) {
                return own.error();
            }
            suggestion = *own;
        }
        const QStringList& patternSources = patterns->isEmpty() ? category->patterns : *patterns;
        if (patternSources.isEmpty()) {
            return formatError(QStringLiteral("%1 has no “patterns” and neither has its category").arg(where));
        }
        PatternParser::Sets localSets;
        if (!words->isEmpty()) {
            localSets.insert(QStringLiteral("words"), *words);
        }
        auto compiled = parseAll(parser, patternSources, localSets, where + QStringLiteral(".patterns"), *stem);
        if (!compiled) {
            return compiled.error();
        }
        rules.push_back(Rule{*categoryId, suggestion, *alternatives, std::move(compiled).value(), false, -1,
                             category->severity, *negatable});
        const int owner = static_cast<int>(rules.size()) - 1;
        const QStringList& exceptSources = except->isEmpty() ? category->except : *except;
        if (!exceptSources.isEmpty()) {
            auto allowed = parseAll(parser, exceptSources, localSets, where + QStringLiteral(".except"), *stem, true);
            if (!allowed) {
                return allowed.error();
            }
            rules.push_back(Rule{{}, {}, {}, std::move(allowed).value(), true, owner, Severity::Blame, false});
        }
    }
    auto allow = stringList(root, QStringLiteral("allow"), QStringLiteral("top level"));
    if (!allow) {
        return allow.error();
    }
    if (!allow->isEmpty()) {
        auto allowed = parseAll(parser, *allow, {}, QStringLiteral("allow"), true, true);
        if (!allowed) {
            return allowed.error();
        }
        rules.push_back(Rule{{}, {}, {}, std::move(allowed).value(), true, -1, Severity::Blame, false});
    }
    return std::nullopt;
}

} // namespace

Result<RuleSet> RuleSet::fromJson(const QByteArray& json) {
    auto logger = log::get(log::Module::Coach);
    if (json.size() > maxFileSize) {
        return formatError(QStringLiteral("the rule file is larger than %1 bytes").arg(maxFileSize));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{
            QStringLiteral("coach.json"),
            QStringLiteral("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    }
    if (!document.isObject()) {
        return formatError(QStringLiteral("the top level must be a JSON object"));
    }
    const QJsonObject root = document.object();
    if (auto bad = checkKeys(root,
                             {QStringLiteral("format"), QStringLiteral("language"), QStringLiteral("name"),
                              QStringLiteral("maxGap"), QStringLiteral("categories"), QStringLiteral("sets"),
                              QStringLiteral("rules"), QStringLiteral("allow"), QStringLiteral("stemmer"),
                              QStringLiteral("elisions"), QStringLiteral("normalize"), QStringLiteral("fillers"),
                              QStringLiteral("negations"), QStringLiteral("negationWindow"), QStringLiteral("respell"),
                              QStringLiteral("negationBridges")},
                             QStringLiteral("top level"))) {
        return *bad;
    }
    auto header = readHeader(root);
    if (!header) {
        return header.error();
    }
    auto categories = readCategories(root);
    if (!categories) {
        return categories.error();
    }
    auto sets = readSets(root);
    if (!sets) {
        return sets.error();
    }
    auto language = LanguageSettings::fromJson(root);
    if (!language) {
        return language.error();
    }
    RuleSet ruleSet;
    ruleSet.m_settings = std::move(language).value();
    int budget = maxExpandedPatterns;
    const PatternParser parser(*sets, ruleSet.m_settings, header->maxGap, budget);
    if (auto bad = readRules(root, *categories, parser, ruleSet.m_rules)) {
        logger->warn("rule file rejected code={} bytes={}", bad->code.toStdString(), json.size());
        return *bad;
    }
    ruleSet.m_language = header->language;
    ruleSet.m_name = header->name;
    ruleSet.m_categories = categories->keys();
    ruleSet.m_categories.sort();
    logger->debug("rules loaded language={} rules={} patterns={}", ruleSet.m_language.toStdString(),
                  ruleSet.m_rules.size(), ruleSet.patternCount());
    return ruleSet;
}

Result<RuleSet> RuleSet::forLanguage(const QString& language) {
    QString code = language.toLower();
    static const QRegularExpression localeSeparators(QStringLiteral("[_\\-.@]"));
    const qsizetype cut = code.indexOf(localeSeparators);
    if (cut >= 0) {
        code.truncate(cut);
    }
    static const QRegularExpression plain(QStringLiteral("^[a-z]{2,3}$"));
    QString path = QStringLiteral(":/coach/%1.json").arg(code);
    if (!plain.match(code).hasMatch() || !QFile::exists(path)) {
        log::get(log::Module::Coach)
            ->info("no coach rules for this language, using {}", std::string(fallbackLanguage.data()));
        code = fallbackLanguage;
        path = QStringLiteral(":/coach/%1.json").arg(code);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("coach.missing"), QStringLiteral("cannot open %1").arg(path)};
    }
    return fromJson(file.readAll());
}

int RuleSet::patternCount() const {
    std::size_t count = 0;
    for (const auto& rule : m_rules) {
        count += rule.patterns.size();
    }
    return static_cast<int>(count);
}

} // namespace twofold::coach
