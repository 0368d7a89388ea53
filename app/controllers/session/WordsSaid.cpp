#include "app/controllers/session/WordsSaid.h"

#include "app/controllers/session/SessionContext.h"

#include <algorithm>

namespace twofold::app {

namespace {

// "when …" + "when you left": the words open with the label's own, as whole words (not "WHEN-phones",
// not "whenever"), so they are said once.
bool opensWith(const QString& words, const QString& leadIn) {
    if (leadIn.isEmpty() || !words.startsWith(leadIn, Qt::CaseInsensitive)) {
        return false;
    }
    if (words.size() == leadIn.size()) {
        return true;
    }
    const QChar next = words.at(leadIn.size());
    return next.isSpace() || QStringLiteral(",;:.!?\u2026").contains(next);
}

bool onlyPunctuation(const QString& text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isPunct(); });
}

} // namespace

QString sentenceOf(const QString& label, const QString& text) {
    // What the partner typed is shown exactly as typed (only blank ends go): never re-cased, cut or
    // re-spaced. Only the label's words around it are left out where the typed words already say them.
    const QChar ellipsis(0x2026);
    const QString words = text.trimmed();
    const QString trimmedLabel = label.trimmed();
    const auto at = trimmedLabel.indexOf(ellipsis);
    if (at < 0) {
        return trimmedLabel.isEmpty() ? words : trimmedLabel + QLatin1Char(' ') + words;
    }
    const QString before = trimmedLabel.left(at).trimmed();
    const QString after = trimmedLabel.mid(at + 1).trimmed();
    QString sentence = before.isEmpty() || opensWith(words, before) ? words : before + QLatin1Char(' ') + words;
    if (after.isEmpty() || (onlyPunctuation(after) && !words.isEmpty() && words.back().isPunct())) {
        return sentence; // "…?" + "help?": their own question mark, one
    }
    return sentence + (after.at(0).isPunct() ? QString() : QStringLiteral(" ")) + after;
}

WordsSaid::WordsSaid(const SessionContext& context) : m_context(context) {}

EntryView WordsSaid::entryView(const session::Entry& entry, bool sharedOnly) const {
    const auto language = m_context.language();
    const auto* flow = m_context.flow();
    const auto* step = flow ? flow->step(entry.step) : nullptr;
    const auto* action = step ? step->action(entry.action) : nullptr;
    EntryView view;
    view.seq = entry.seq;
    view.who = m_context.nameInText(entry.by);
    view.mine = entry.by == m_context.me();
    view.stepTitle = step ? step->title.text(language) : QString();
    if (action == nullptr) {
        return view;
    }
    for (const auto& field : action->fields) {
        const auto it = entry.fields.find(field.name);
        if (it == entry.fields.end() || it->second.trimmed().isEmpty() || (sharedOnly && !field.shared)) {
            continue;
        }
        if (field.kind == session::FieldKind::Text || (sharedOnly && field.kind == session::FieldKind::Choice)) {
            view.lines.append(sentenceOf(field.label.text(language), it->second));
        }
    }
    if (view.lines.isEmpty() && !sharedOnly) { // an answer without words
        view.answer = true;
        view.lines.append(action->label.text(language));
    }
    return view;
}

std::vector<EntryView> WordsSaid::recent(int count) const {
    std::vector<EntryView> views;
    const auto& entries = m_context.state().entries;
    const int size = int(entries.size());
    for (int i = std::max(0, size - count); i < size; ++i) {
        views.push_back(entryView(entries[std::size_t(i)]));
    }
    return views;
}

std::vector<EntryView> WordsSaid::thisTurn(int limit) const {
    std::vector<EntryView> views;
    const auto& state = m_context.state();
    const auto& entries = state.entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& entry = entries[i];
        // The check-in's topic belongs to the check-in; a turn shows what was said in it. The answer that
        // just passed the floor ("Thanks for telling me.") stays in view until something new is said.
        const bool checkIn = entry.step == QLatin1String("checkin");
        const bool thisTurn = entry.round == state.round && (!checkIn || state.step == QLatin1String("checkin"));
        const bool lastWord = i + 1 == entries.size() && entry.fields.empty() && !checkIn;
        if (thisTurn || lastWord) {
            views.push_back(entryView(entry));
        }
    }
    if (int(views.size()) > limit) {
        views.erase(views.begin(), views.end() - limit);
    }
    return views;
}

std::vector<EntryView> WordsSaid::fromPartner() const {
    const auto& entries = m_context.state().entries;
    const auto me = m_context.me();
    quint64 myLast = 0;
    for (const auto& entry : entries) {
        if (entry.by == me) {
            myLast = std::max(myLast, entry.seq);
        }
    }
    const auto inTurn = thisTurn();
    std::vector<EntryView> views;
    for (const auto& entry : entries) {
        const bool shown =
            std::any_of(inTurn.begin(), inTurn.end(), [&](const EntryView& view) { return view.seq == entry.seq; });
        if (entry.by == me || entry.seq <= myLast || shown) {
            continue;
        }
        auto view = entryView(entry, true);
        if (!view.lines.isEmpty()) {
            views.push_back(std::move(view));
        }
    }
    return views;
}

std::vector<EntryView> WordsSaid::sharedHistory(int count) const {
    std::vector<EntryView> views;
    const auto& entries = m_context.state().entries;
    for (auto it = entries.rbegin(); it != entries.rend() && int(views.size()) < count; ++it) {
        auto view = entryView(*it, true);
        if (!view.lines.isEmpty()) {
            views.insert(views.begin(), std::move(view));
        }
    }
    return views;
}

} // namespace twofold::app
