#include "core/session/Summary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace twofold::session {
namespace {

class SessionExport {
    Q_DECLARE_TR_FUNCTIONS(SessionExport)
};

QString tagTitle(const QString& tag) {
    if (tag == QLatin1String("feeling")) {
        return SessionExport::tr("Feelings named");
    }
    if (tag == QLatin1String("need")) {
        return SessionExport::tr("Needs named");
    }
    if (tag == QLatin1String("appreciation")) {
        return SessionExport::tr("Appreciations");
    }
    if (tag == QLatin1String("next-time")) {
        return SessionExport::tr("Next time");
    }
    return tag;
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

const QStringList& Summary::named(Partner partner, const QString& tag) const {
    static const QStringList none;
    const auto& map = byPartner[static_cast<std::size_t>(indexOf(partner))];
    const auto it = map.find(tag);
    return it == map.end() ? none : it->second;
}

Summary summarize(const State& state, const FlowDefinition& flow) {
    Summary summary;
    for (const auto& entry : state.entries) {
        const auto* step = flow.step(entry.step);
        const auto* action = step ? step->action(entry.action) : nullptr;
        if (action == nullptr) {
            continue;
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

Result<QString> exportMarkdown(const State& state, const FlowDefinition& flow, const QString& language) {
    if (!state.flaggedByBoth(exportFlag())) {
        return Error{QStringLiteral("export-not-agreed"),
                     SessionExport::tr("An export needs both of you to agree first.")};
    }
    const auto summary = summarize(state, flow);
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
            out += QStringLiteral("\n") + tagTitle(tag) + QStringLiteral(":\n");
            for (const auto& item : items) {
                out += QStringLiteral("- ") + quoteText(item) + QStringLiteral("\n");
            }
        }
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
