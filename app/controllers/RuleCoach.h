#pragma once

#include "app/controllers/TextCoach.h"
#include "core/coach/Coach.h"

#include <optional>

namespace twofold::app {

// The shipped rule-based coach for one language (falls back to English; silent if rules fail to load).
class RuleCoach final : public TextCoach {
public:
    explicit RuleCoach(const QString& language);
    std::vector<coach::Finding> check(const QString& text) const override;
    std::vector<coach::Finding> check(const QString& text, const QString& leadIn) const override;

private:
    std::optional<coach::Coach> m_coach;
};

} // namespace twofold::app
