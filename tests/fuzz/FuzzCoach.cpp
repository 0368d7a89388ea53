// libFuzzer target for the coach: Coach::check on arbitrary UTF-8 (with both shipped rule sets) and
// RuleSet::fromJson on arbitrary bytes. Crashes, sanitizer reports and broken invariants are findings.
//   cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_coach
//   build/fuzz/bin/fuzz_coach -max_total_time=60
#include "core/coach/Coach.h"
#include "core/coach/RuleSet.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using twofold::coach::Coach;
using twofold::coach::RuleSet;

const Coach& shippedCoach(const char* language) {
    static const Coach english(RuleSet::forLanguage(QStringLiteral("en")).value());
    static const Coach german(RuleSet::forLanguage(QStringLiteral("de")).value());
    return language[0] == 'd' ? german : english;
}

// Findings lie inside the text, are non-empty, sorted and never overlap.
void checkInvariants(const QString& text, const std::vector<twofold::coach::Finding>& findings) {
    int end = 0;
    for (const auto& finding : findings) {
        if (finding.length <= 0 || finding.start < end || finding.start + finding.length > text.size() ||
            finding.category.isEmpty()) {
            std::abort();
        }
        end = finding.start + finding.length;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    for (const char* language : {"en", "de"}) {
        checkInvariants(text, shippedCoach(language).check(text));
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
