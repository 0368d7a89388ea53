#pragma once

#include "core/coach/LanguageSettings.h"
#include "core/coach/Pattern.h"
#include "core/coach/Token.h"

#include <QHash>
#include <QString>
#include <utility>
#include <vector>

namespace twofold::coach {

// A token trie over every expanded pattern of a rule set. Words, stems and prefixes are interned to integer
// ids once, so matching a text costs a few hash lookups per word plus a walk that only follows edges the text
// allows. Fillers of the language ("really", "doch") may be skipped between two pattern words.
class PhraseTrie {
public:
    // The text prepared for matching: its tokens and, per token, the ids of the words, stems and prefixes it
    // matches (for each of its forms: the word as typed and what the language's "normalize" makes of it).
    struct Text {
        std::vector<Token> tokens;
        std::vector<int> ids;
        std::vector<int> idOffsets; // ids of token i are ids[idOffsets[i] .. idOffsets[i + 1]), sorted
        std::vector<char> filler;   // token i is one of the language's fillers
        std::vector<char> negation; // token i is one of the language's negations
        std::vector<char> bridge;   // token i carries a negation on across the comma before it ("dass")
    };

    struct Match {
        int first = 0; // first and last token of the whole match
        int last = 0;
        int focusFirst = 0; // first and last token of the reported span
        int focusLast = 0;
        int rule = 0;
        int literals = 0;
        int gapWords = 0;     // words skipped by gaps, "?" and fillers
        int literalChars = 0; // code units of the pattern's own words inside the reported span
    };

    explicit PhraseTrie(const LanguageSettings& language);

    void insert(const Pattern& pattern, int rule);

    // Call once after the last insert(): indexes wide nodes for constant-time lookups.
    void finalize();

    Text prepare(const QString& text) const;

    // Appends every match that begins at token `start`.
    void matchAt(const Text& text, int start, std::vector<Match>& out) const;

    int nodeCount() const { return static_cast<int>(m_nodes.size()); }

private:
    struct Edge {
        PatternElement::Kind kind;
        int gap;
        bool stopsAtNegation;
        int child;
    };
    struct Accept {
        int rule;
        int literals;
    };
    struct Node {
        std::vector<std::pair<int, int>> words; // word, stem, prefix or suffix id -> child, sorted by id
        std::vector<int> direct;                // for wide nodes (the root): child by id, -1 for none
        std::vector<Edge> others;               // gaps, any-word, commas, focus and clause markers
        std::vector<Accept> accepts;
    };
    struct Walk {
        const Text& text;
        int start;
        std::vector<Match>& out;
    };
    struct Position {
        int next = 0;  // the next token to consume
        int last = -1; // the last token consumed
        int focusFirst = -1;
        int focusLast = -1;
        bool commaAllowed = false;
        int fillersInARow = 0; // > 0: the last tokens consumed were skipped fillers; only a word may follow
        int gapWords = 0;
        int focusLiteralChars = 0; // code units of the words matched by literal elements inside the reported span
    };

    // How one folded word reads: the ids of its forms and what kind of word it is.
    struct WordInfo {
        std::vector<int> ids;
        bool filler = false;
        bool negation = false;
        bool bridge = false;
    };
    static constexpr qsizetype maxCachedWords = 4096; // per thread and trie

    WordInfo readWord(const QString& key) const;
    int intern(QHash<QString, int>& ids, const QString& key);
    int internClass(const QString& key);
    int childFor(int node, const PatternElement& element);
    void addIds(const QString& form, std::vector<int>& ids, std::size_t from) const;
    bool canConsume(const Walk& walk, const Position& at, int token) const;
    void walk(const Walk& walk, int node, Position at) const;
    void consumeWords(const Walk& walk, const Node& node, const Position& at) const;
    void followEdges(const Walk& walk, const Node& node, const Position& at) const;

    LanguageSettings m_language; // a copy: a Coach may be copied or moved with its trie
    std::vector<Node> m_nodes;
    QHash<QString, int> m_wordIds;
    QHash<QString, int> m_stemIds;
    QHash<QString, int> m_prefixIds;
    QHash<quint32, std::vector<std::pair<QString, int>>> m_prefixesByStart; // by their first two code units
    QHash<QString, int> m_suffixIds;
    QHash<QString, int> m_classIds;
    QHash<int, std::vector<int>> m_classesOf; // word, stem, prefix or suffix id -> the classes it belongs to
    QHash<quint32, std::vector<std::pair<QString, int>>> m_suffixesByEnd; // by their last two code units
    int m_nextId = 0;
    quint64 m_id = 0; // identifies the trie's content for the per-thread word cache; copies share it
};

} // namespace twofold::coach
