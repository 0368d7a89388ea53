#pragma once

#include "core/Result.h"
#include "core/session/Flow.h"

#include <QByteArray>
#include <memory>

namespace twofold::session {

// Parses a flow definition from its JSON file (format: docs/ARCHITECTURE.md, "Flows are data").
// Checks that every transition names an existing step, so a broken file never reaches the engine.
Result<FlowDefinition> parseFlow(const QByteArray& json);

// The flows a session can run, by id.
class FlowLibrary {
public:
    // The flows shipped as resources (:/flows/*.json): "conversation" and "practice".
    static Result<FlowLibrary> builtin();

    Status add(FlowDefinition flow);
    const FlowDefinition* find(const QString& id) const;
    std::vector<const FlowDefinition*> all() const;

private:
    std::vector<std::shared_ptr<const FlowDefinition>> m_flows;
};

} // namespace twofold::session
