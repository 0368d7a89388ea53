#include "app/controllers/RuleCoach.h"

#include "core/log/Log.h"

namespace twofold::app {

RuleCoach::RuleCoach(const QString& language) {
    auto rules = coach::RuleSet::forLanguage(language);
    if (rules.ok()) {
        m_coach.emplace(std::move(rules).value());
    } else {
        log::get(log::Module::App)->warn("coach rules not loaded: {}", rules.error().code.toStdString());
    }
}

std::vector<coach::Finding> RuleCoach::check(const QString& text, const QString& leadIn) const {
    return m_coach ? m_coach->check(text, leadIn) : std::vector<coach::Finding>{};
}

std::vector<coach::Finding> RuleCoach::check(const QString& text) const {
    return m_coach ? m_coach->check(text) : std::vector<coach::Finding>{};
}

} // namespace twofold::app
