#include "core/coach/Stemmer.h"

#include <QHash>
#include <libstemmer.h>
#include <memory>
#include <vector>

namespace twofold::coach {
namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// What one thread keeps per algorithm: its libstemmer instance (nullptr if libstemmer has none) and the stems
// it computed lately. A draft is checked on every keystroke, so nearly every word was stemmed a moment ago.
struct ThreadStemmer {
    QByteArray algorithm;
    std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
    QHash<QString, QString> recent;
};

constexpr qsizetype maxRecentStems = 4096; // about 200 KB per thread and language at most

ThreadStemmer& threadStemmer(const QByteArray& algorithm) {
    thread_local std::vector<std::unique_ptr<ThreadStemmer>> stemmers;
    for (const auto& stemmer : stemmers) {
        if (stemmer->algorithm == algorithm) {
            return *stemmer;
        }
    }
    auto created = std::make_unique<ThreadStemmer>();
    created->algorithm = algorithm;
    created->stemmer.reset(sb_stemmer_new(algorithm.constData(), "UTF_8"));
    stemmers.push_back(std::move(created));
    return *stemmers.back();
}

} // namespace

std::optional<Stemmer> Stemmer::create(const QString& algorithm) {
    if (!algorithms().contains(algorithm)) {
        return std::nullopt;
    }
    return Stemmer(algorithm);
}

QStringList Stemmer::algorithms() {
    QStringList names;
    for (const char** name = sb_stemmer_list(); *name != nullptr; ++name) {
        names.append(QString::fromLatin1(*name));
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

QString Stemmer::stem(const QString& word) const {
    // Contractions and elisions ("it's", "don't", "m'") are small closed-class words whose apostrophe carries the
    // meaning; Snowball English would strip "'s" and make "it's" match "it".
    if (m_key.isEmpty() || word.isEmpty() || word.size() > maxWordLength || word.contains(QLatin1Char('\''))) {
        return word;
    }
    ThreadStemmer& thread = threadStemmer(m_key);
    if (thread.stemmer == nullptr) {
        return word;
    }
    if (const auto known = thread.recent.constFind(word); known != thread.recent.constEnd()) {
        return *known;
    }
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol* stemmed = sb_stemmer_stem(
        thread.stemmer.get(), reinterpret_cast<const sb_symbol*>(utf8.constData()), static_cast<int>(utf8.size()));
    if (stemmed == nullptr) {
        return word; // out of memory inside libstemmer
    }
    QString result = QString::fromUtf8(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(thread.stemmer.get()));
    if (thread.recent.size() >= maxRecentStems) {
        thread.recent.clear();
    }
    thread.recent.insert(word, result);
    return result;
}

} // namespace twofold::coach
