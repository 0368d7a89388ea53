#pragma once

#include "app/controllers/PartnersController.h"

#include <utility>
#include <vector>

namespace twofold::test {

// A partners page controller for widget tests that need a MainWindow but no network: it lists the
// partners it was given and ignores every action.
class FakePartners final : public app::PartnersController {
public:
    explicit FakePartners(std::vector<app::PartnerEntry> nearby = {}, std::vector<app::PartnerEntry> remembered = {})
        : m_nearby(std::move(nearby)), m_remembered(std::move(remembered)) {}
    std::vector<app::PartnerEntry> nearby() const override { return m_nearby; }
    std::vector<app::PartnerEntry> remembered() const override { return m_remembered; }
    void invite(const QString&) override {}
    void connectTo(const QString&) override {}
    void accept() override {}
    void decline() override {}
    void confirmCode(bool) override {}
    void cancel() override {}
    void forget(const QString&) override {}

private:
    std::vector<app::PartnerEntry> m_nearby;
    std::vector<app::PartnerEntry> m_remembered;
};

} // namespace twofold::test
