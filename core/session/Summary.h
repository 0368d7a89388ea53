#pragma once

#include "core/Result.h"
#include "core/session/Flow.h"
#include "core/session/SessionState.h"

#include <QStringList>
#include <array>
#include <map>

namespace twofold::session {

// What each partner named, by the flow's summary tags ("feeling", "need", "request", "appreciation",
// "next-time"; what each told the other they heard and validated: "heard", "validation", "empathy",
// "trigger"; and "come-back-to": what an answer asked to return to, in the words that were answered).
struct Summary {
    std::array<std::map<QString, QStringList>, 2> byPartner;
    const QStringList& named(Partner partner, const QString& tag) const;
};

// `language`: the window's, for the words the flow itself gives (a step's title, where an answer to come
// back to had no words of its own).
Summary summarize(const State& state, const FlowDefinition& flow, const QString& language);

// The title of a summary tag in the current translation ("Feelings named", ...).
QString summaryTagTitle(const QString& tag);

// What a local copy holds. Consent matches content (DESIGN §2 step 8): the summary is one agreement,
// the whole transcript a separate one, each given by both partners.
enum class ExportContent {
    Summary,    // the feelings, needs, requests, appreciations each named (flag "export")
    Transcript, // the summary and every contribution, word for word (flag "export-transcript")
};

// The flag both partners set to agree to a local copy of the summary.
inline const QString& exportFlag() {
    static const QString flag = QStringLiteral("export");
    return flag;
}

// The flag both partners set to agree to a local copy of the whole transcript.
inline const QString& transcriptFlag() {
    static const QString flag = QStringLiteral("export-transcript");
    return flag;
}

inline const QString& flagFor(ExportContent content) {
    return content == ExportContent::Summary ? exportFlag() : transcriptFlag();
}

// A Markdown copy of the session in `language`: the summary, and with Transcript every contribution in
// order. Error "export-not-agreed" unless both partners agreed to that content.
Result<QString> exportMarkdown(const State& state, const FlowDefinition& flow, const QString& language,
                               ExportContent content = ExportContent::Summary);

} // namespace twofold::session
