#include "core/coach/Tokenizer.h"

#include <QChar>

namespace twofold::coach {
namespace {

enum class CharClass { Word, Symbol, Apostrophe, Hyphen, SentenceBreak, LineBreak, SoftBreak, Quote, Joiner, Other };

CharClass classifyAscii(char32_t c) {
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
        return CharClass::SentenceBreak;
    case u'\n':
    case u'\r':
        return CharClass::LineBreak;
    case u'"':
        return CharClass::Quote;
    case u',':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'*':
    case u'/':
        return CharClass::SoftBreak;
    default:
        return CharClass::Other;
    }
}

CharClass classify(char32_t c) {
    if (c < 0x80) {
        return classifyAscii(c);
    }
    switch (c) {
    case 0x2019: // ’ right single quotation mark, the usual typographic apostrophe (or a closing quote)
    case 0x02BC: // ʼ modifier letter apostrophe
    case 0x2018: // ‘ (an opening single quote; an apostrophe between letters)
        return CharClass::Apostrophe;
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
        return CharClass::Hyphen;
    case 0x2026: // …
    case 0x00A1: // ¡
    case 0x00BF: // ¿
    case 0x3002: // 。
    case 0xFF01: // ！
    case 0xFF1F: // ？
        return CharClass::SentenceBreak;
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x0085: // next line
        return CharClass::LineBreak;
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2039: // ‹
    case 0x203A: // ›
    case 0x300C: // 「
    case 0x300D: // 」
        return CharClass::Quote;
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x201A: // ‚
    case 0x3001: // 、
    case 0xFF0C: // ，
        return CharClass::SoftBreak;
    case 0x200D: // zero-width joiner (inside emoji sequences)
    case 0xFE0E: // text / emoji variation selectors
    case 0xFE0F:
        return CharClass::Joiner;
    default:
        break;
    }
    if (c >= 0x1F3FB && c <= 0x1F3FF) { // skin tone modifiers
        return CharClass::Joiner;
    }
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
        return CharClass::Word;
    }
    if (QChar::category(c) == QChar::Symbol_Other) {
        return CharClass::Symbol;
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

CharClass classAt(QStringView text, qsizetype i) {
    if (i < 0 || i >= text.size()) {
        return CharClass::Other;
    }
    int width = 0;
    return classify(codePointAt(text, i, width));
}

// The class of the code point that ends just before `i` (handles a surrogate pair).
CharClass classBefore(QStringView text, qsizetype i) {
    if (i <= 0) {
        return CharClass::Other;
    }
    if (i >= 2 && text[i - 1].isLowSurrogate() && text[i - 2].isHighSurrogate()) {
        return classAt(text, i - 2);
    }
    return classAt(text, i - 1);
}

// Builds the token list; one instance per tokenize() call.
class Scanner {
public:
    Scanner(QStringView text, const Tokenizer::Elisions& elisions) : m_text(text), m_elisions(elisions) {
        m_tokens.reserve(static_cast<std::size_t>(text.size() / 5 + 1));
    }

    std::vector<Token> run() {
        qsizetype i = 0;
        while (i < m_text.size()) {
            int width = 0;
            const CharClass cls = classify(codePointAt(m_text, i, width));
            switch (cls) {
            case CharClass::Word:
                i = scanWord(i);
                continue;
            case CharClass::Symbol:
                i = scanSymbol(i);
                continue;
            case CharClass::SentenceBreak:
                endSentence();
                break;
            case CharClass::LineBreak:
                endSentence();
                endLine();
                break;
            case CharClass::Quote:
                toggleQuote(m_doubleQuoteFrom);
                m_pendingSoftBreak = true;
                break;
            case CharClass::Apostrophe:
                singleQuoteMark(i, width);
                break;
            case CharClass::SoftBreak:
            case CharClass::Hyphen: // a hyphen that does not join two word characters is a dash ("you - always")
                m_pendingSoftBreak = true;
                break;
            case CharClass::Joiner:
            case CharClass::Other:
                break;
            }
            i += width;
        }
        endLine();
        return std::move(m_tokens);
    }

private:
    qsizetype scanWord(qsizetype start) {
        int width = 0;
        codePointAt(m_text, start, width);
        qsizetype i = start + width;
        while (i < m_text.size()) {
            const CharClass next = classify(codePointAt(m_text, i, width));
            if (next == CharClass::Word) {
                i += width;
            } else if (next == CharClass::Apostrophe && classAt(m_text, i + width) == CharClass::Word) {
                if (!m_elisions.isEmpty() && m_elisions.contains(Tokenizer::fold(m_text.mid(start, i - start)))) {
                    i += width; // "m'" + "écoutes": the apostrophe ends the elided word
                    break;
                }
                i += width;
            } else {
                break;
            }
        }
        push(start, i, false);
        // A hyphen between two word characters joins the next word without a soft break.
        if (i < m_text.size() && classAt(m_text, i) == CharClass::Hyphen && classAt(m_text, i + 1) == CharClass::Word) {
            m_joinNext = true;
            return i + 1;
        }
        return i;
    }

    qsizetype scanSymbol(qsizetype start) {
        int width = 0;
        codePointAt(m_text, start, width);
        qsizetype i = start + width;
        while (i < m_text.size()) {
            const char32_t c = codePointAt(m_text, i, width);
            const CharClass cls = classify(c);
            if (cls == CharClass::Joiner || (cls == CharClass::Word && QChar::isMark(c))) {
                i += width;
                if (c == 0x200D && classAt(m_text, i) == CharClass::Symbol) {
                    codePointAt(m_text, i, width);
                    i += width;
                }
            } else {
                break;
            }
        }
        push(start, i, true);
        return i;
    }

    void push(qsizetype start, qsizetype end, bool symbol) {
        Token token{static_cast<int>(start),
                    static_cast<int>(end),
                    m_sentence,
                    m_pendingSoftBreak && m_wordInSentence && !m_joinNext,
                    false,
                    symbol};
        token.quoted = m_doubleQuoteFrom >= 0 || m_singleQuoteFrom >= 0;
        m_tokens.push_back(token);
        m_wordInSentence = true;
        m_pendingSoftBreak = false;
        m_joinNext = false;
    }

    // A quotation mark opens a quotation or closes the open one; `from` is the first token inside it. The
    // tokens of a closed quotation keep quoted = true.
    void toggleQuote(int& from) { from = from >= 0 ? -1 : static_cast<int>(m_tokens.size()); }

    // An apostrophe that is not between two word characters may be a single quotation mark:
    // 'you never listen' opens before a word and closes after one.
    void singleQuoteMark(qsizetype i, int width) {
        const bool wordBefore = classBefore(m_text, i) == CharClass::Word;
        const bool wordAfter = classAt(m_text, i + width) == CharClass::Word;
        if (m_singleQuoteFrom < 0 && !wordBefore && wordAfter) {
            m_singleQuoteFrom = static_cast<int>(m_tokens.size());
            m_pendingSoftBreak = true;
        } else if (m_singleQuoteFrom >= 0 && !wordAfter) {
            m_singleQuoteFrom = -1;
            m_pendingSoftBreak = true;
        }
    }

    void endSentence() {
        if (m_wordInSentence) {
            ++m_sentence;
        }
        m_wordInSentence = false;
        m_pendingSoftBreak = false;
        m_joinNext = false;
    }

    // A quotation still open at the end of a line was no quotation (a stray mark, or one still being typed).
    void endLine() {
        for (int* from : {&m_doubleQuoteFrom, &m_singleQuoteFrom}) {
            for (std::size_t k = *from < 0 ? m_tokens.size() : static_cast<std::size_t>(*from); k < m_tokens.size();
                 ++k) {
                m_tokens[k].quoted = false;
            }
            *from = -1;
        }
    }

    QStringView m_text;
    const Tokenizer::Elisions& m_elisions;
    std::vector<Token> m_tokens;
    int m_sentence = 0;
    bool m_wordInSentence = false;
    bool m_pendingSoftBreak = false;
    bool m_joinNext = false;
    int m_doubleQuoteFrom = -1; // first token of the open "…" quotation, or -1
    int m_singleQuoteFrom = -1; // first token of the open '…' quotation, or -1
};

} // namespace

std::vector<Token> Tokenizer::tokenize(QStringView text, const Elisions& elisions) {
    return Scanner(text, elisions).run();
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
    out.replace(QChar(0x2018), QLatin1Char('\''));
    out.replace(QChar(0x02BC), QLatin1Char('\''));
    out.replace(QChar(0x2010), QLatin1Char('-'));
    out.replace(QChar(0x2011), QLatin1Char('-'));
    return out;
}

QStringList Tokenizer::foldedWords(QStringView phrase, const Elisions& elisions) {
    QStringList words;
    for (const Token& token : tokenize(phrase, elisions)) {
        words.append(fold(phrase.mid(token.start, token.end - token.start)));
    }
    return words;
}

bool Tokenizer::isWordSequence(QStringView text, const Elisions& elisions) {
    const auto tokens = tokenize(text, elisions);
    if (tokens.empty() || tokens.front().start != 0 || tokens.back().end != text.size()) {
        return false;
    }
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const int gap = tokens[i].start - tokens[i - 1].end;
        if (gap > 1 || (gap == 1 && classAt(text, tokens[i - 1].end) != CharClass::Hyphen)) {
            return false;
        }
    }
    return true;
}

} // namespace twofold::coach
