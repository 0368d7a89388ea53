#include "core/coach/Coach.h"

#include "core/log/Log.h"

#include <algorithm>

namespace twofold::coach {

namespace {

// Whether a negation of the language ("not", "nicht") stands in the same clause at most `window` words before
// token `first`: "I don't think you're [lazy]", "Du bist nicht [faul]". A comma ends the clause unless the word
// after it is a bridge ("Ich habe nie gesagt, dass du [egoistisch] bist").
bool negatedBefore(const PhraseTrie::Text& text, int first, int window) {
    for (int j = first - 1; j >= 0 && j >= first - window; --j) {
        const Token& after = text.tokens[static_cast<std::size_t>(j + 1)];
        if (after.sentence != text.tokens[static_cast<std::size_t>(j)].sentence ||
            (after.softBreakBefore && !text.bridge[static_cast<std::size_t>(j + 1)])) {
            return false;
        }
        if (text.negation[static_cast<std::size_t>(j)]) {
            return true;
        }
    }
    return false;
}

} // namespace

Coach::Coach(RuleSet rules) : m_rules(std::move(rules)), m_trie(m_rules.settings()) {
    const auto& all = m_rules.rules();
    for (std::size_t i = 0; i < all.size(); ++i) {
        for (const Pattern& pattern : all[i].patterns) {
            m_trie.insert(pattern, static_cast<int>(i));
        }
    }
    m_trie.finalize();
    log::get(log::Module::Coach)
        ->debug("coach ready language={} rules={} patterns={} nodes={}", m_rules.language().toStdString(), all.size(),
                m_rules.patternCount(), m_trie.nodeCount());
}

std::vector<Finding> Coach::check(const QString& text, const QString& leadIn) const {
    if (leadIn.isEmpty()) {
        return check(text);
    }
    const int offset = int(leadIn.size()) + 1; // the lead-in and one space
    std::vector<Finding> findings = check(leadIn + QLatin1Char(' ') + text);
    std::erase_if(findings, [&](const Finding& finding) { return finding.start < offset; });
    for (auto& finding : findings) {
        finding.start -= offset;
        finding.length = std::min(finding.length, int(text.size()) - finding.start);
    }
    return findings;
}

QString leadInOf(const QString& label) {
    const auto ellipsis = label.indexOf(QChar(0x2026));
    return ellipsis <= 0 ? QString() : label.left(ellipsis).trimmed();
}

std::vector<Finding> Coach::check(const QString& text) const {
    const PhraseTrie::Text prepared = m_trie.prepare(text);
    const auto& tokens = prepared.tokens;
    const auto& rules = m_rules.rules();

    std::vector<PhraseTrie::Match> matches;
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
        m_trie.matchAt(prepared, i, matches);
    }
    if (matches.empty()) {
        return {};
    }

    // Allowed phrases ("do you think", "thank you") hide every finding whose reported span starts inside them.
    std::vector<PhraseTrie::Match> allowed;
    std::vector<PhraseTrie::Match> candidates;
    for (const auto& match : matches) {
        (rules[static_cast<std::size_t>(match.rule)].allow ? allowed : candidates).push_back(match);
    }
    // Reported speech ("She said 'you never listen'") is not the speaker's blame, unless the whole draft is quoted.
    const bool someUnquoted = std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return !t.quoted; });
    const int window = m_rules.settings().negationWindow;
    std::erase_if(candidates, [&](const PhraseTrie::Match& candidate) {
        const Rule& rule = rules[static_cast<std::size_t>(candidate.rule)];
        if (someUnquoted && tokens[static_cast<std::size_t>(candidate.focusFirst)].quoted) {
            return true;
        }
        if (rule.negatable && negatedBefore(prepared, candidate.focusFirst, window)) {
            return true;
        }
        return std::any_of(allowed.begin(), allowed.end(), [&](const PhraseTrie::Match& allow) {
            const int scope = rules[static_cast<std::size_t>(allow.rule)].allowOnlyFor;
            return (scope < 0 || scope == candidate.rule) && candidate.focusFirst >= allow.focusFirst &&
                   candidate.focusFirst <= allow.focusLast;
        });
    });

    const auto spanLength = [&](const PhraseTrie::Match& m) {
        return tokens[static_cast<std::size_t>(m.focusLast)].end - tokens[static_cast<std::size_t>(m.focusFirst)].start;
    };
    // Most specific first: the most text matched by the pattern's own words (words skipped by "..." do not
    // count, so "You think you're always" cannot swallow "You think" + "you're always"), then fewer skipped
    // words, the longest span, more literal words, and the earlier rule.
    std::sort(candidates.begin(), candidates.end(), [&](const PhraseTrie::Match& a, const PhraseTrie::Match& b) {
        if (a.literalChars != b.literalChars) {
            return a.literalChars > b.literalChars;
        }
        if (a.gapWords != b.gapWords) {
            return a.gapWords < b.gapWords;
        }
        const int lengthA = spanLength(a);
        const int lengthB = spanLength(b);
        if (lengthA != lengthB) {
            return lengthA > lengthB;
        }
        if (a.literals != b.literals) {
            return a.literals > b.literals;
        }
        if (a.rule != b.rule) {
            return a.rule < b.rule;
        }
        return a.focusFirst < b.focusFirst;
    });

    std::vector<bool> taken(tokens.size(), false);
    std::vector<Finding> findings;
    for (const auto& candidate : candidates) {
        const auto first = taken.begin() + candidate.focusFirst;
        const auto last = taken.begin() + candidate.focusLast + 1;
        if (std::any_of(first, last, [](bool t) { return t; })) {
            continue;
        }
        std::fill(first, last, true);
        const Rule& rule = rules[static_cast<std::size_t>(candidate.rule)];
        const int start = tokens[static_cast<std::size_t>(candidate.focusFirst)].start;
        findings.push_back(
            Finding{start, spanLength(candidate), rule.category, rule.suggestion, rule.alternatives, rule.severity});
    }
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    return findings;
}

} // namespace twofold::coach
