// libFuzzer target for the coach's sentence matcher (docs/coach.md):
//   - Coach::check on arbitrary UTF-8 with every shipped rule set (en, de, fr, es: stems, normalize, fillers,
//     negations, elisions, suffixes, respellings);
//   - one arbitrary pattern (the input up to its first line break) compiled into a small rule file that turns on
//     every language feature, then checked against the rest of the input;
//   - RuleSet::fromJson on the arbitrary bytes.
// Crashes, sanitizer reports and broken invariants are findings.
//   cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_coach
//   build/fuzz/bin/fuzz_coach -max_total_time=60
#include "core/coach/Coach.h"
#include "core/coach/Languages.h"
#include "core/coach/RuleSet.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

using twofold::coach::Coach;
using twofold::coach::RuleSet;

const std::vector<std::unique_ptr<Coach>>& shippedCoaches() {
    static const auto coaches = [] {
        std::vector<std::unique_ptr<Coach>> all;
        for (const QString& language : twofold::coach::availableLanguages()) {
            all.push_back(std::make_unique<Coach>(RuleSet::forLanguage(language).value()));
        }
        return all;
    }();
    return coaches;
}

// Findings lie inside the text, are non-empty, sorted, never overlap and name a category.
void checkInvariants(const QString& text, const std::vector<twofold::coach::Finding>& findings) {
    int end = 0;
    for (const auto& finding : findings) {
        if (finding.length <= 0 || finding.start < end || finding.start + finding.length > text.size() ||
            finding.category.isEmpty() ||
            (finding.severity != twofold::coach::Severity::Blame &&
             finding.severity != twofold::coach::Severity::Hint)) {
            std::abort();
        }
        end = finding.start + finding.length;
    }
}

// A rule file with every language feature on and `pattern` as a rule, an except and an allow phrase.
QByteArray ruleFileWith(const QString& pattern) {
    const QJsonArray patterns{pattern};
    const QJsonObject root{
        {QStringLiteral("format"), 1},
        {QStringLiteral("language"), QStringLiteral("xx")},
        {QStringLiteral("name"), QStringLiteral("Fuzz")},
        {QStringLiteral("stemmer"), QStringLiteral("english")},
        {QStringLiteral("elisions"), QJsonArray{QStringLiteral("l"), QStringLiteral("qu")}},
        {QStringLiteral("normalize"), QJsonObject{{QStringLiteral("u"), QStringLiteral("you")},
                                                  {QStringLiteral("l'"), QJsonArray{QStringLiteral("le")}}}},
        {QStringLiteral("respell"), QJsonObject{{QStringLiteral("ue"), QStringLiteral("ü")}}},
        {QStringLiteral("fillers"), QJsonArray{QStringLiteral("really"), QStringLiteral("just")}},
        {QStringLiteral("negations"), QJsonArray{QStringLiteral("not"), QStringLiteral("never")}},
        {QStringLiteral("negationBridges"), QJsonArray{QStringLiteral("that")}},
        {QStringLiteral("sets"),
         QJsonObject{{QStringLiteral("s"), QJsonArray{QStringLiteral("a|b"), QStringLiteral("(c d|e) f")}}}},
        {QStringLiteral("categories"),
         QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("suggestion"), QStringLiteral("A")},
                                                       {QStringLiteral("negatable"), true}}},
                     {QStringLiteral("h"), QJsonObject{{QStringLiteral("suggestion"), QStringLiteral("H")},
                                                       {QStringLiteral("severity"), QStringLiteral("hint")}}}}},
        {QStringLiteral("rules"),
         QJsonArray{
             QJsonObject{{QStringLiteral("category"), QStringLiteral("a")}, {QStringLiteral("patterns"), patterns}},
             QJsonObject{{QStringLiteral("category"), QStringLiteral("h")},
                         {QStringLiteral("patterns"), QJsonArray{QStringLiteral("you ...2 [<s>]")}},
                         {QStringLiteral("except"), patterns}}}},
        {QStringLiteral("allow"), patterns},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    for (const auto& coach : shippedCoaches()) {
        checkInvariants(text, coach->check(text));
    }

    const qsizetype lineBreak = text.indexOf(QLatin1Char('\n'));
    if (lineBreak > 0 && lineBreak < 200) {
        const auto rules = RuleSet::fromJson(ruleFileWith(text.left(lineBreak)));
        if (rules.ok()) {
            const Coach coach(*rules);
            const QString rest = text.mid(lineBreak + 1);
            checkInvariants(rest, coach.check(rest));
        } else if (rules.error().code.isEmpty() || rules.error().message.isEmpty()) {
            std::abort();
        }
    }

    const auto rules = RuleSet::fromJson(bytes);
    if (rules.ok()) {
        const Coach coach(*rules);
        checkInvariants(text, coach.check(text));
    } else if (rules.error().code.isEmpty() || rules.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
