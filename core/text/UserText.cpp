#include "core/text/UserText.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace twofold::text {
namespace {

bool breaksText(char32_t c) {
    const auto category = QChar::category(c);
    if (category == QChar::Other_Control || category == QChar::Separator_Line ||
        category == QChar::Separator_Paragraph) {
        return true;
    }
    // Bidirectional embeddings, overrides and isolates (LRE..RLO, LRI..PDI) and the marks LRM, RLM, ALM.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

int graphemeCount(QStringView text) {
    if (text.isEmpty()) {
        return 0;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data(), static_cast<int>(text.size()));
    int count = 0;
    while (finder.toNextBoundary() != -1) {
        ++count;
    }
    return count;
}

QString truncateGraphemes(const QString& text, int maxGraphemes) {
    if (maxGraphemes <= 0) {
        return {};
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    qsizetype position = 0;
    while (count < maxGraphemes) {
        const auto next = finder.toNextBoundary();
        if (next == -1) {
            return text;
        }
        position = next;
        ++count;
    }
    return text.left(position);
}

QString truncateCodePoints(const QString& text, int maxCodePoints) {
    if (maxCodePoints <= 0) {
        return {};
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype kept = 0;
    int codePoints = 0;
    for (auto next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        const auto grapheme = QStringView(text).mid(kept, next - kept);
        const int size = int(grapheme.toUcs4().size());
        if (codePoints + size > maxCodePoints) {
            break;
        }
        codePoints += size;
        kept = next;
    }
    return text.left(kept);
}

QString isolated(const QString& name) {
    if (name.isEmpty()) {
        return name;
    }
    return QChar(0x2068) + name + QChar(0x2069);
}

QString breakable(const QString& name, int longWord) {
    QString shown;
    shown.reserve(name.size() * 2);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, name);
    QList<qsizetype> word; // the grapheme boundaries of the current word
    qsizetype start = 0;
    const auto flush = [&](qsizetype end) {
        if (word.size() > longWord) {
            qsizetype from = start;
            for (const qsizetype boundary : std::as_const(word)) {
                if (from != start) {
                    shown += QChar(0x200B);
                }
                shown += name.mid(from, boundary - from);
                from = boundary;
            }
        } else {
            shown += name.mid(start, end - start);
        }
        word.clear();
    };
    qsizetype position = 0;
    for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        if (name.at(position).isSpace()) {
            flush(position);
            shown += name.mid(position, next - position);
            start = next;
        } else {
            word << next;
        }
        position = next;
    }
    flush(name.size());
    return shown;
}

QString withoutBreaks(const QString& shown) {
    return QString(shown).remove(QChar(0x200B));
}

QString cleanName(const QString& name, int maxGraphemes) {
    QString cleaned;
    cleaned.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        if (breaksText(c)) {
            cleaned += QLatin1Char(' ');
        } else {
            cleaned += QString::fromUcs4(&c, 1);
        }
    }
    return truncateGraphemes(cleaned.simplified(), maxGraphemes);
}

} // namespace twofold::text
