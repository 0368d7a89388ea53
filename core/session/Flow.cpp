#include "core/session/Flow.h"

#include <algorithm>

namespace twofold::session {

QString LocalText::text(const QString& language) const {
    if (const auto it = byLanguage.find(language); it != byLanguage.end()) {
        return it->second;
    }
    if (const auto it = byLanguage.find(QStringLiteral("en")); it != byLanguage.end()) {
        return it->second;
    }
    return byLanguage.empty() ? QString() : byLanguage.begin()->second;
}

const FieldDef* ActionDef::field(const QString& name) const {
    const auto it = std::find_if(fields.begin(), fields.end(), [&](const FieldDef& f) { return f.name == name; });
    return it == fields.end() ? nullptr : &*it;
}

const ActionDef* StepDef::action(const QString& actionId) const {
    const auto it = std::find_if(actions.begin(), actions.end(), [&](const ActionDef& a) { return a.id == actionId; });
    return it == actions.end() ? nullptr : &*it;
}

const StepDef* FlowDefinition::step(const QString& stepId) const {
    const auto it = std::find_if(steps.begin(), steps.end(), [&](const StepDef& s) { return s.id == stepId; });
    return it == steps.end() ? nullptr : &*it;
}

} // namespace twofold::session
