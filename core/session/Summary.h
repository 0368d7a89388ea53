#pragma once

#include "core/Result.h"
#include "core/session/Flow.h"
#include "core/session/SessionState.h"

#include <QStringList>
#include <array>
#include <map>

namespace twofold::session {

// What each partner named, by the flow's summary tags ("feeling", "need", "appreciation", ...).
struct Summary {
    std::array<std::map<QString, QStringList>, 2> byPartner;
    const QStringList& named(Partner partner, const QString& tag) const;
};

Summary summarize(const State& state, const FlowDefinition& flow);

// The flag both partners set to agree to a local export.
inline const QString& exportFlag() {
    static const QString flag = QStringLiteral("export");
    return flag;
}

// A Markdown record of the session: the summary and every contribution in order. Refused unless
// both partners agreed to export.
Result<QString> exportMarkdown(const State& state, const FlowDefinition& flow, const QString& language);

} // namespace twofold::session
