#include "core/coach/PhraseTrie.h"
// Building the trie and preparing a text; walking it over a text is in PhraseTrieWalk.cpp.

#include "core/coach/Tokenizer.h"

#include <algorithm>
#include <array>
#include <atomic>

namespace twofold::coach {
namespace {

using Kind = PatternElement::Kind;

// The bucket key of a prefix or suffix: its two outer code units (one for a one-unit affix).
quint32 affixKey(QChar first, QChar second) {
    return (static_cast<quint32>(first.unicode()) << 16) | second.unicode();
}

constexpr std::size_t wideNode = 24; // nodes with more word edges than this get a direct index

} // namespace

namespace {
std::atomic<quint64> nextTrieId{1};
} // namespace

PhraseTrie::PhraseTrie(const LanguageSettings& language) : m_language(language), m_nodes(1), m_id(nextTrieId++) {}

int PhraseTrie::intern(QHash<QString, int>& ids, const QString& key) {
    auto it = ids.constFind(key);
    if (it != ids.constEnd()) {
        return *it;
    }
    const int id = m_nextId++;
    ids.insert(key, id);
    if (&ids == &m_prefixIds) {
        m_prefixesByStart[affixKey(key.front(), key.size() > 1 ? key[1] : QChar())].emplace_back(key, id);
    } else if (&ids == &m_suffixIds) {
        m_suffixesByEnd[affixKey(key.size() > 1 ? key[key.size() - 2] : QChar(), key.back())].emplace_back(key, id);
    }
    return id;
}

int PhraseTrie::internClass(const QString& key) {
    if (auto it = m_classIds.constFind(key); it != m_classIds.constEnd()) {
        return *it;
    }
    const int id = m_nextId++;
    m_classIds.insert(key, id);
    for (const QString& member : key.split(QChar(0x1f))) {
        const QChar code = member.front();
        QHash<QString, int>& ids = code == QLatin1Char('s')   ? m_stemIds
                                   : code == QLatin1Char('w') ? m_wordIds
                                   : code == QLatin1Char('p') ? m_prefixIds
                                                              : m_suffixIds;
        m_classesOf[intern(ids, member.mid(1))].push_back(id);
    }
    return id;
}

int PhraseTrie::childFor(int node, const PatternElement& element) {
    if (element.isLiteral()) {
        QHash<QString, int>& ids = element.kind == Kind::Word     ? m_wordIds
                                   : element.kind == Kind::Stem   ? m_stemIds
                                   : element.kind == Kind::Suffix ? m_suffixIds
                                                                  : m_prefixIds;
        const int id = element.kind == Kind::Class ? internClass(element.text) : intern(ids, element.text);
        auto& words = m_nodes[static_cast<std::size_t>(node)].words;
        auto it = std::lower_bound(words.begin(), words.end(), std::pair{id, 0},
                                   [](const auto& a, const auto& b) { return a.first < b.first; });
        if (it != words.end() && it->first == id) {
            return it->second;
        }
        const int child = static_cast<int>(m_nodes.size());
        words.insert(it, {id, child});
        m_nodes.emplace_back();
        return child;
    }
    const int gap = element.kind == Kind::Gap ? element.maxGap : 0;
    for (const Edge& edge : m_nodes[static_cast<std::size_t>(node)].others) {
        if (edge.kind == element.kind && edge.gap == gap && edge.stopsAtNegation == element.stopsAtNegation) {
            return edge.child;
        }
    }
    const int child = static_cast<int>(m_nodes.size());
    m_nodes[static_cast<std::size_t>(node)].others.push_back(Edge{element.kind, gap, element.stopsAtNegation, child});
    m_nodes.emplace_back();
    return child;
}

void PhraseTrie::insert(const Pattern& pattern, int rule) {
    m_id = nextTrieId++; // words read for the trie as it was are no longer valid
    int node = 0;
    for (const PatternElement& element : pattern.elements) {
        node = childFor(node, element);
    }
    auto& accepts = m_nodes[static_cast<std::size_t>(node)].accepts;
    const bool known = std::any_of(accepts.begin(), accepts.end(), [&](const Accept& a) { return a.rule == rule; });
    if (!known) {
        accepts.push_back(Accept{rule, pattern.literals});
    }
}

// The ids one form of a token matches: the exact word, its stem, every prefix it starts with and every suffix it
// ends with (a suffix never matches the whole word). `from` is
// where this token's ids begin in `ids`; an id is added once per token.
void PhraseTrie::addIds(const QString& form, std::vector<int>& ids, std::size_t from) const {
    const auto add = [&ids, from](int id) {
        if (std::find(ids.begin() + static_cast<std::ptrdiff_t>(from), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    };
    if (auto it = m_wordIds.constFind(form); it != m_wordIds.constEnd()) {
        add(*it);
    }
    if (!m_stemIds.isEmpty()) {
        if (auto it = m_stemIds.constFind(m_language.stemmer.stem(form)); it != m_stemIds.constEnd()) {
            add(*it);
        }
    }
    const auto scan = [&](const QHash<quint32, std::vector<std::pair<QString, int>>>& buckets, quint32 key,
                          bool prefixes) {
        const auto bucket = buckets.constFind(key);
        if (bucket == buckets.constEnd()) {
            return;
        }
        for (const auto& [affix, id] : *bucket) {
            if (prefixes ? form.startsWith(affix) : (form.size() > affix.size() && form.endsWith(affix))) {
                add(id);
            }
        }
    };
    if (!m_prefixesByStart.isEmpty()) {
        scan(m_prefixesByStart, affixKey(form.front(), QChar()), true);
        if (form.size() > 1) {
            scan(m_prefixesByStart, affixKey(form.front(), form[1]), true);
        }
    }
    if (!m_suffixesByEnd.isEmpty()) {
        scan(m_suffixesByEnd, affixKey(QChar(), form.back()), false);
        if (form.size() > 1) {
            scan(m_suffixesByEnd, affixKey(form[form.size() - 2], form.back()), false);
        }
    }
}

void PhraseTrie::finalize() {
    for (Node& node : m_nodes) {
        node.direct.clear();
        if (node.words.size() > wideNode) {
            node.direct.assign(static_cast<std::size_t>(m_nextId), -1);
            for (const auto& [id, child] : node.words) {
                node.direct[static_cast<std::size_t>(id)] = child;
            }
        }
    }
}

PhraseTrie::WordInfo PhraseTrie::readWord(const QString& key) const {
    WordInfo info;
    const auto visit = [&](const QString& form) {
        addIds(form, info.ids, 0);
        info.filler = info.filler || m_language.fillers.contains(form);
        info.negation = info.negation || m_language.negations.contains(form);
        info.bridge = info.bridge || m_language.negationBridges.contains(form);
    };
    visit(key);
    const auto classes = [&] { // after all forms: the classes of every id found
        const std::size_t direct = info.ids.size();
        for (std::size_t k = 0; k < direct; ++k) {
            if (auto it = m_classesOf.constFind(info.ids[k]); it != m_classesOf.constEnd()) {
                for (const int id : *it) {
                    if (std::find(info.ids.begin(), info.ids.end(), id) == info.ids.end()) {
                        info.ids.push_back(id);
                    }
                }
            }
        }
    };
    if (auto it = m_language.normalize.constFind(key); it != m_language.normalize.constEnd()) {
        for (const QString& form : *it) {
            visit(form);
        }
    }
    if (!m_language.respell.isEmpty()) {
        QString respelled = key;
        for (const auto& [from, to] : m_language.respell) {
            respelled.replace(from, to);
        }
        if (respelled != key) {
            visit(respelled);
        }
    }
    classes();
    std::sort(info.ids.begin(), info.ids.end());
    return info;
}

PhraseTrie::Text PhraseTrie::prepare(const QString& source) const {
    // Each thread remembers how it read the words of the last few tries: a draft is checked again on every
    // keystroke, so nearly every word was read a moment ago.
    struct Cache {
        quint64 trie = 0;
        QHash<QString, WordInfo> words;
    };
    thread_local std::array<Cache, 4> caches;
    Cache* cache = nullptr;
    for (Cache& candidate : caches) {
        if (candidate.trie == m_id) {
            cache = &candidate;
        }
    }
    if (cache == nullptr) {
        cache = &*std::min_element(caches.begin(), caches.end(),
                                   [](const Cache& a, const Cache& b) { return a.words.size() < b.words.size(); });
        cache->trie = m_id;
        cache->words.clear();
    }
    if (cache->words.size() > maxCachedWords) {
        cache->words.clear();
    }

    Text text;
    text.tokens = Tokenizer::tokenize(source, m_language.elisions);
    const std::size_t count = text.tokens.size();
    text.idOffsets.reserve(count + 1);
    text.ids.reserve(count * 2);
    text.filler.assign(count, 0);
    text.negation.assign(count, 0);
    text.bridge.assign(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const Token& token = text.tokens[i];
        text.idOffsets.push_back(static_cast<int>(text.ids.size()));
        const QString key = Tokenizer::fold(QStringView(source).mid(token.start, token.end - token.start));
        auto known = cache->words.constFind(key);
        if (known == cache->words.constEnd()) {
            cache->words.insert(key, readWord(key));
            known = cache->words.constFind(key); // a const_iterator, as clazy's strict-iterators asks
        }
        text.ids.insert(text.ids.end(), known->ids.begin(), known->ids.end());
        text.filler[i] = known->filler;
        text.negation[i] = known->negation;
        text.bridge[i] = known->bridge;
    }
    text.idOffsets.push_back(static_cast<int>(text.ids.size()));
    return text;
}

} // namespace twofold::coach
