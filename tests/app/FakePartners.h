#pragma once

#include "app/controllers/PartnersController.h"

#include <QStringList>
#include <utility>
#include <vector>

namespace twofold::test {

// A partners page controller for widget tests that need no network: it lists the partners it was given
// (show() changes them as discovery would), records invitations, and can play what the network would
// say (an invitation arriving, a declined pairing).
class FakePartners final : public app::PartnersController {
public:
    explicit FakePartners(std::vector<app::PartnerEntry> nearby = {}, std::vector<app::PartnerEntry> remembered = {})
        : m_nearby(std::move(nearby)), m_remembered(std::move(remembered)) {}
    std::vector<app::PartnerEntry> nearby() const override { return m_nearby; }
    std::vector<app::PartnerEntry> remembered() const override { return m_remembered; }
    bool discoveryAvailable() const override { return m_discovery; }
    void invite(const QString& id) override { invitedIds << id; }
    void connectTo(const QString&) override {}
    void accept() override {}
    void decline() override {}
    void confirmCode(bool) override {}
    void cancel() override {}
    void forget(const QString&) override {}

    // Discovery found these (or, with `discovery` false, cannot run at all).
    void show(std::vector<app::PartnerEntry> nearby, bool discovery = true) {
        m_nearby = std::move(nearby);
        m_discovery = discovery;
        Q_EMIT partnersChanged();
    }
    void inviteFrom(const QString& name) { Q_EMIT invited(name); }
    void declined(const QString& name) { Q_EMIT failed(app::PairingProblem::YouDeclined, name); }

    QStringList invitedIds; // ids invite() was called with, in order

private:
    std::vector<app::PartnerEntry> m_nearby;
    std::vector<app::PartnerEntry> m_remembered;
    bool m_discovery = true;
};

} // namespace twofold::test
