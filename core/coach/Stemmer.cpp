#include "core/coach/Stemmer.h"

#include <libstemmer.h>
#include <map>
#include <memory>
#include <string>

namespace twofold::coach {
namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// This thread's libstemmer instance for `algorithm`, created on first use; nullptr if libstemmer has none.
sb_stemmer* threadInstance(const QByteArray& algorithm) {
    thread_local std::map<std::string, StemmerPtr, std::less<>> instances;
    const std::string key = algorithm.toStdString();
    auto it = instances.find(key);
    if (it == instances.end()) {
        it = instances.emplace(key, StemmerPtr(sb_stemmer_new(key.c_str(), "UTF_8"))).first;
    }
    return it->second.get();
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
    if (m_key.isEmpty() || word.isEmpty() || word.size() > maxWordLength) {
        return word;
    }
    sb_stemmer* stemmer = threadInstance(m_key);
    if (stemmer == nullptr) {
        return word;
    }
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol* stemmed =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(utf8.constData()), static_cast<int>(utf8.size()));
    if (stemmed == nullptr) {
        return word; // out of memory inside libstemmer
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(stemmer));
}

} // namespace twofold::coach
