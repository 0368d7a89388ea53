#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace twofold::coach {

// Reduces a word to its stem with a Snowball algorithm (libstemmer, https://snowballstem.org), so that one
// pattern word matches its inflected forms: "ignored" / "ignoring" -> "ignor", "égoïste" / "égoïstes" -> "égoïst".
// A value type; a default-constructed Stemmer leaves words as they are. stem() is const and thread-safe: each
// thread uses its own libstemmer instance (libstemmer instances must not be shared between threads) and keeps
// the last few thousand stems it computed, since a draft is checked again on every keystroke.
class Stemmer {
public:
    Stemmer() = default;

    // A stemmer for a Snowball algorithm name as libstemmer knows it ("english", "german", "french", "spanish",
    // ...; see algorithms()). std::nullopt for an unknown name.
    static std::optional<Stemmer> create(const QString& algorithm);

    // Every algorithm name libstemmer offers, sorted.
    static QStringList algorithms();

    // The stem of an already folded word (lower case, NFC; see Tokenizer::fold). Returns `word` unchanged for
    // the identity stemmer, for words with an apostrophe (contractions: "it's" must not become "it"), for words of
    // more than maxWordLength code units, and if libstemmer fails.
    QString stem(const QString& word) const;

    const QString& algorithm() const { return m_algorithm; } // empty for the identity stemmer

    static constexpr qsizetype maxWordLength = 64;

private:
    explicit Stemmer(const QString& algorithm) : m_algorithm(algorithm), m_key(algorithm.toUtf8()) {}

    QString m_algorithm;
    QByteArray m_key; // m_algorithm in UTF-8, the key of the per-thread instance
};

} // namespace twofold::coach
