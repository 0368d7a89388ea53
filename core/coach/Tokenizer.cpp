#include "core/coach/Tokenizer.h"

#include <QChar>

namespace twofold::coach {
namespace {

enum class CharClass { Word, Apostrophe, Hyphen, SentenceBreak, SoftBreak, Other };

CharClass classify(char32_t c) {
    if (c < 0x80) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            return CharClass::Word;
        }
        switch (c) {
        case u'\'':
            return CharClass::Apostrophe;
        case u'-':
            return CharClass::Hyphen;
        case u'.':
        case u'!':
        case u'?':
        case u';':
        case u':':
        case u'\n':
        case u'\r':
            return CharClass::SentenceBreak;
        case u',':
        case u'(':
        case u')':
        case u'[':
        case u']':
        case u'{':
        case u'}':
        case u'"':
        case u'*':
        case u'/':
            return CharClass::SoftBreak;
        default:
            return CharClass::Other;
        }
    }
    switch (c) {
    case 0x2019: // ’ right single quotation mark, the usual typographic apostrophe
    case 0x02BC: // ʼ modifier letter apostrophe
        return CharClass::Apostrophe;
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
        return CharClass::Hyphen;
    case 0x2026: // …
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x0085: // next line
    case 0x00A1: // ¡
    case 0x00BF: // ¿
    case 0x3002: // 。
    case 0xFF01: // ！
    case 0xFF1F: // ？
        return CharClass::SentenceBreak;
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2018: // ‘
    case 0x201A: // ‚
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2039: // ‹
    case 0x203A: // ›
    case 0x3001: // 、
    case 0xFF0C: // ，
        return CharClass::SoftBreak;
    default:
        break;
    }
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
        return CharClass::Word;
    }
    return CharClass::Other;
}

// Reads the code point at `i`; returns it and sets `width` to 1 or 2 code units.
// A lone surrogate reads as U+FFFD (not a word character).
char32_t codePointAt(QStringView text, qsizetype i, int& width) {
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        width = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    width = 1;
    if (c.isSurrogate()) {
        return 0xFFFD;
    }
    return c.unicode();
}

bool isWordAt(QStringView text, qsizetype i) {
    if (i >= text.size()) {
        return false;
    }
    int width = 0;
    return classify(codePointAt(text, i, width)) == CharClass::Word;
}

} // namespace

std::vector<Token> Tokenizer::tokenize(QStringView text) {
    std::vector<Token> tokens;
    tokens.reserve(static_cast<std::size_t>(text.size() / 5 + 1));
    int sentence = 0;
    bool wordInSentence = false;
    bool pendingSoftBreak = false;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        int width = 0;
        const CharClass cls = classify(codePointAt(text, i, width));
        if (cls == CharClass::Word) {
            const qsizetype start = i;
            i += width;
            while (i < size) {
                const CharClass next = classify(codePointAt(text, i, width));
                if (next == CharClass::Word) {
                    i += width;
                } else if ((next == CharClass::Apostrophe || next == CharClass::Hyphen) && isWordAt(text, i + width)) {
                    i += width;
                } else {
                    break;
                }
            }
            tokens.push_back(
                Token{static_cast<int>(start), static_cast<int>(i), sentence, pendingSoftBreak && wordInSentence});
            wordInSentence = true;
            pendingSoftBreak = false;
            continue;
        }
        if (cls == CharClass::SentenceBreak) {
            if (wordInSentence) {
                ++sentence;
            }
            wordInSentence = false;
            pendingSoftBreak = false;
        } else if (cls == CharClass::SoftBreak || cls == CharClass::Hyphen) {
            // A hyphen that does not join two word characters is a dash ("you - always").
            pendingSoftBreak = true;
        }
        i += width;
    }
    return tokens;
}

QString Tokenizer::fold(QStringView word) {
    bool ascii = true;
    for (const QChar c : word) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        QString out(word.size(), Qt::Uninitialized);
        QChar* data = out.data();
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t c = word[i].unicode();
            data[i] = QChar(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c);
        }
        return out;
    }
    QString out = word.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    out.replace(QChar(0x00DF), QLatin1String("ss"));
    out.replace(QChar(0x2019), QLatin1Char('\''));
    out.replace(QChar(0x02BC), QLatin1Char('\''));
    out.replace(QChar(0x2010), QLatin1Char('-'));
    out.replace(QChar(0x2011), QLatin1Char('-'));
    return out;
}

bool Tokenizer::isSingleWord(QStringView word) {
    const auto tokens = tokenize(word);
    return tokens.size() == 1 && tokens.front().start == 0 && tokens.front().end == word.size();
}

} // namespace twofold::coach
