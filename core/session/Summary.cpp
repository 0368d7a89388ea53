#include "core/session/Summary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace twofold::session {
namespace {

class SessionExport {
    Q_DECLARE_TR_FUNCTIONS(SessionExport)
};

// The words of an entry, as one line.
QString entryText(const Entry& entry) {
    QStringList parts;
    for (const auto& [name, value] : entry.fields) {
        if (!value.trimmed().isEmpty()) {
            parts.append(value.trimmed());
        }
    }
    return parts.join(QStringLiteral(" · "));
}

// Markdown-safe single paragraph: no headings or HTML sneak in from what someone typed.
QString quoteText(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    for (const auto special : {QLatin1Char('#'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('*'), QLatin1Char('_'),
                               QLatin1Char('`'), QLatin1Char('[')}) {
        text.replace(special, QLatin1Char('\\') + QString(special));
    }
    return text.simplified();
}

} // namespace

QString summaryTagTitle(const QString& tag) {
    if (tag == QLatin1String("feeling")) {
        return SessionExport::tr("Feelings named");
    }
    if (tag == QLatin1String("need")) {
        return SessionExport::tr("Needs named");
    }
    if (tag == QLatin1String("request")) {
        return SessionExport::tr("Requests");
    }
    if (tag == QLatin1String("appreciation")) {
        return SessionExport::tr("Appreciations");
    }
    if (tag == QLatin1String("next-time")) {
        return SessionExport::tr("Next time");
    }
    if (tag == QLatin1String("heard")) {
        return SessionExport::tr("What was heard");
    }
    if (tag == QLatin1String("validation")) {
        return SessionExport::tr("What made sense");
    }
    if (tag == QLatin1String("empathy")) {
        return SessionExport::tr("Empathy offered");
    }
    if (tag == QLatin1String("trigger")) {
        return SessionExport::tr("What may have triggered it");
    }
    if (tag == QLatin1String("come-back-to")) {
        return SessionExport::tr("To come back to");
    }
    return tag;
}

const QStringList& Summary::named(Partner partner, const QString& tag) const {
    static const QStringList none;
    const auto& map = byPartner[static_cast<std::size_t>(indexOf(partner))];
    const auto it = map.find(tag);
    return it == map.end() ? none : it->second;
}

Summary summarize(const State& state, const FlowDefinition& flow, const QString& language) {
    Summary summary;
    for (const auto& entry : state.entries) {
        const auto* step = flow.step(entry.step);
        const auto* action = step ? step->action(entry.action) : nullptr;
        if (action == nullptr) {
            continue;
        }
        auto& mine = summary.byPartner[static_cast<std::size_t>(indexOf(entry.by))];
        if (!action->summaryTag.isEmpty()) {
            // An answer that asks to come back: name what it answered, in the partner's own words.
            QString answered;
            for (const auto& earlier : state.entries) {
                if (earlier.seq == entry.answers) {
                    answered = entryText(earlier);
                }
            }
            mine[action->summaryTag].append(answered.isEmpty() ? step->title.text(language) : answered);
        }
        for (const auto& field : action->fields) {
            const auto it = entry.fields.find(field.name);
            if (field.summaryTag.isEmpty() || it == entry.fields.end() || it->second.trimmed().isEmpty()) {
                continue;
            }
            summary.byPartner[static_cast<std::size_t>(indexOf(entry.by))][field.summaryTag].append(
                it->second.trimmed());
        }
    }
    return summary;
}

Result<QString> exportMarkdown(const State& state, const FlowDefinition& flow, const QString& language,
                               ExportContent content) {
    if (!state.flaggedByBoth(flagFor(content))) {
        return Error{QStringLiteral("export-not-agreed"),
                     SessionExport::tr("An export needs both of you to agree first.")};
    }
    const auto summary = summarize(state, flow, language);
    QString out;
    out += QStringLiteral("# ") + quoteText(flow.title.text(language)) + QStringLiteral("\n\n");
    out += quoteText(state.name(Partner::A)) + QStringLiteral(" & ") + quoteText(state.name(Partner::B));
    if (!state.entries.empty()) {
        const auto when = QDateTime::fromMSecsSinceEpoch(state.entries.front().at);
        out += QStringLiteral(" — ") + QLocale().toString(when, QLocale::LongFormat);
    }
    out += QStringLiteral("\n\n## ") + SessionExport::tr("Summary") + QStringLiteral("\n");
    for (const auto partner : {Partner::A, Partner::B}) {
        out += QStringLiteral("\n### ") + quoteText(state.name(partner)) + QStringLiteral("\n");
        for (const auto& [tag, items] : summary.byPartner[static_cast<std::size_t>(indexOf(partner))]) {
            out += QStringLiteral("\n") + summaryTagTitle(tag) + QStringLiteral(":\n");
            for (const auto& item : items) {
                out += QStringLiteral("- ") + quoteText(item) + QStringLiteral("\n");
            }
        }
    }
    if (content == ExportContent::Summary) {
        return out;
    }
    out += QStringLiteral("\n## ") + SessionExport::tr("What was said") + QStringLiteral("\n");
    for (const auto& entry : state.entries) {
        const auto* step = flow.step(entry.step);
        const auto* action = step ? step->action(entry.action) : nullptr;
        out += QStringLiteral("\n**") + quoteText(state.name(entry.by)) + QStringLiteral("**");
        if (step) {
            out += QStringLiteral(" (") + quoteText(step->title.text(language)) + QStringLiteral(")");
        }
        out += QStringLiteral("\n");
        if (action == nullptr) {
            continue;
        }
        if (entry.fields.empty()) { // an answer without words: "Yes, that's it"
            out += QStringLiteral("> ") + quoteText(action->label.text(language)) + QStringLiteral("\n");
        }
        for (const auto& field : action->fields) {
            const auto it = entry.fields.find(field.name);
            if (field.kind != FieldKind::Text || it == entry.fields.end() || it->second.trimmed().isEmpty()) {
                continue;
            }
            out += QStringLiteral("> ") + quoteText(field.label.text(language)) + QStringLiteral(" ") +
                   quoteText(it->second) + QStringLiteral("\n");
        }
    }
    return out;
}

} // namespace twofold::session
