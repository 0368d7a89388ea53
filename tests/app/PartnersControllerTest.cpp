#include "app/Partnership.h"
#include "app/pages/PartnersPage.h"
#include "tests/app/FakeChime.h"
#include "tests/fakes/AsRead.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using app::PairingProblem;
using app::PartnersController;

// One partner's app side on loopback: a real Partnership (TLS, pairing, sync) with its own profile.
struct AppSide {
    explicit AppSide(const QString& name) {
        app::Partnership::Options options;
        options.profile = dir.path();
        options.name = name;
        options.language = QStringLiteral("en");
        options.scope = net::Scope::Loopback;
        options.tcpPort = 0;
        options.discovery = false;
        partnership = std::make_unique<app::Partnership>(options, clock, chime);
        EXPECT_TRUE(partnership->start().ok());
    }
    QString address() const {
        return QStringLiteral("127.0.0.1:") + QString::number(partnership->peer().node().server()->port());
    }
    PartnersController& partners() { return partnership->partners(); }

    QTemporaryDir dir;
    session::SystemClock clock;
    FakeChime chime;
    std::unique_ptr<app::Partnership> partnership;
};

TEST(PartnersController, both_screens_show_the_same_code_and_a_session_starts_once_both_confirm) {
    AppSide alex(QStringLiteral("Alex"));
    AppSide sam(QStringLiteral("Sam"));
    QSignalSpy invited(&sam.partners(), &PartnersController::invited);
    QSignalSpy alexCode(&alex.partners(), &PartnersController::codeShown);
    QSignalSpy samCode(&sam.partners(), &PartnersController::codeShown);
    QSignalSpy waiting(&alex.partners(), &PartnersController::waitingForPartnerConfirmation);
    QSignalSpy alexSession(alex.partnership.get(), &app::Partnership::sessionCreated);
    QSignalSpy samSession(sam.partnership.get(), &app::Partnership::sessionCreated);

    alex.partners().connectTo(sam.address());
    ASSERT_TRUE(invited.wait(5000));
    EXPECT_EQ(invited.at(0).at(0).toString(), QStringLiteral("Alex"));
    sam.partners().accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return alexCode.count() == 1 && samCode.count() == 1; }, 5000));
    const auto code = alexCode.at(0).at(0).toString();
    EXPECT_EQ(code.size(), 6);
    EXPECT_EQ(samCode.at(0).at(0).toString(), code);
    EXPECT_EQ(samCode.at(0).at(1).toString(), QStringLiteral("Alex"));
    alex.partners().confirmCode(true);
    EXPECT_EQ(waiting.count(), 1);
    EXPECT_EQ(alexSession.count(), 0); // nothing before both confirmed
    sam.partners().confirmCode(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return alexSession.count() == 1 && samSession.count() == 1; }, 5000));
    ASSERT_EQ(alex.partners().remembered().size(), 1U);
    EXPECT_EQ(alex.partners().remembered()[0].name, QStringLiteral("Sam"));
    EXPECT_TRUE(alex.partnership->session()->checkIn().canStart());
}

TEST(PartnersController, a_declined_invitation_tells_each_side_the_truth_and_nothing_is_remembered) {
    AppSide alex(QStringLiteral("Alex"));
    AppSide sam(QStringLiteral("Sam"));
    QSignalSpy invited(&sam.partners(), &PartnersController::invited);
    QSignalSpy failed(&alex.partners(), &PartnersController::failed);
    QSignalSpy samFailed(&sam.partners(), &PartnersController::failed);
    alex.partners().connectTo(sam.address());
    ASSERT_TRUE(invited.wait(5000));
    sam.partners().decline();
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<PairingProblem>(), PairingProblem::PartnerDeclined);
    EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("Sam")); // the name from Sam's hello, not the address
    ASSERT_EQ(samFailed.count(), 1);
    EXPECT_EQ(samFailed.at(0).at(0).value<PairingProblem>(), PairingProblem::YouDeclined);
    EXPECT_EQ(samFailed.at(0).at(1).toString(), QStringLiteral("Alex"));
    EXPECT_TRUE(alex.partners().remembered().empty());
    EXPECT_TRUE(sam.partners().remembered().empty());
}

TEST(PartnersController, codes_that_differ_connect_nothing) {
    AppSide alex(QStringLiteral("Alex"));
    AppSide sam(QStringLiteral("Sam"));
    QSignalSpy invited(&sam.partners(), &PartnersController::invited);
    QSignalSpy code(&sam.partners(), &PartnersController::codeShown);
    QSignalSpy failed(&alex.partners(), &PartnersController::failed);
    alex.partners().connectTo(sam.address());
    ASSERT_TRUE(invited.wait(5000));
    sam.partners().accept();
    ASSERT_TRUE(code.wait(5000));
    sam.partners().confirmCode(false);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<PairingProblem>(), PairingProblem::CodesDiffer);
    EXPECT_EQ(alex.partnership->session(), nullptr);
    EXPECT_TRUE(alex.partners().remembered().empty());
}

TEST(PartnersController, an_address_where_nobody_listens_is_unreachable) {
    AppSide alex(QStringLiteral("Alex"));
    QTcpServer placeholder; // find a free port, then close it so nobody listens there
    ASSERT_TRUE(placeholder.listen(QHostAddress::LocalHost, 0));
    const auto port = placeholder.serverPort();
    placeholder.close();
    QSignalSpy failed(&alex.partners(), &PartnersController::failed);
    alex.partners().connectTo(QStringLiteral("127.0.0.1:") + QString::number(port));
    ASSERT_TRUE(failed.wait(8000));
    EXPECT_EQ(failed.at(0).at(0).value<PairingProblem>(), PairingProblem::Unreachable);
    failed.clear();
    alex.partners().connectTo(QStringLiteral("not an address"));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<PairingProblem>(), PairingProblem::Unreachable);
}

TEST(PartnersController, failure_codes_map_to_calm_explanations_that_tell_who_did_what) {
    using C = app::NetworkPartnersController;
    const auto problem = [](const char* code, bool declinedHere = false, bool stoppedHere = false) {
        return C::problemFor(net::pairingFailureFromWire(QString::fromLatin1(code)), declinedHere, stoppedHere);
    };
    EXPECT_EQ(problem("declined", true), PairingProblem::YouDeclined);
    EXPECT_EQ(problem("declined", false), PairingProblem::PartnerDeclined);
    EXPECT_EQ(problem("cancelled", false, true), PairingProblem::YouStopped);
    EXPECT_EQ(problem("cancelled"), PairingProblem::PartnerStopped);
    EXPECT_EQ(problem("timeout"), PairingProblem::TimedOut);
    EXPECT_EQ(problem("rejected"), PairingProblem::CodesDiffer);
    EXPECT_EQ(problem("commitment-mismatch"), PairingProblem::CodesDiffer);
    EXPECT_EQ(problem("busy"), PairingProblem::Busy);
    EXPECT_EQ(problem("partner-closed"), PairingProblem::PartnerClosed);
    EXPECT_EQ(problem("store-failed"), PairingProblem::StoreFailed);
    EXPECT_EQ(problem("partner-store-failed"), PairingProblem::PartnerStoreFailed);
    EXPECT_EQ(problem("pairing-elsewhere"), PairingProblem::PartnerPairingElsewhere); // not "busy"
    EXPECT_EQ(problem("partner-needs-update"), PairingProblem::PartnerNeedsUpdate);
    EXPECT_EQ(problem("needs-update"), PairingProblem::NeedsUpdate);
    EXPECT_EQ(problem("unreachable"), PairingProblem::Unreachable);
    EXPECT_EQ(problem("connection-lost"), PairingProblem::Unreachable);
    EXPECT_EQ(problem("a-word-from-a-later-version"), PairingProblem::Unreachable);
    EXPECT_FALSE(problem("pin-mismatch").has_value()); // told as a security notice instead

    // And what the partners page then says: who did it, in calm words, never a blaming or technical one.
    enum class Who { You, Partner, Nobody };
    const std::vector<std::pair<PairingProblem, Who>> told{
        {PairingProblem::YouDeclined, Who::You},
        {PairingProblem::PartnerDeclined, Who::Partner},
        {PairingProblem::YouStopped, Who::You},
        {PairingProblem::PartnerStopped, Who::Partner},
        {PairingProblem::TimedOut, Who::Partner},
        {PairingProblem::Unreachable, Who::Partner},
        {PairingProblem::PartnerClosed, Who::Partner},
        {PairingProblem::CodesDiffer, Who::Nobody},
        {PairingProblem::Busy, Who::Partner},
        {PairingProblem::PartnerPairingElsewhere, Who::Partner},
        {PairingProblem::PartnerNeedsUpdate, Who::Partner},
        {PairingProblem::NeedsUpdate, Who::Nobody},
        {PairingProblem::StoreFailed, Who::Nobody},
        {PairingProblem::PartnerStoreFailed, Who::Partner},
    };
    static const QRegularExpression harsh(QStringLiteral("\\b(error|fail\\w*|fault|wrong|invalid|refused|denied)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const auto& [kind, who] : told) {
        const QString text = asRead(app::PartnersPage::problemText(kind, QStringLiteral("Sam")));
        const auto where = text.toStdString();
        ASSERT_FALSE(text.isEmpty()) << int(kind);
        EXPECT_FALSE(harsh.match(text).hasMatch()) << where;
        EXPECT_EQ(text.startsWith(QStringLiteral("You ")), who == Who::You) << where;
        if (who == Who::Partner) {
            EXPECT_TRUE(text.contains(QStringLiteral("Sam"))) << "names who did it: " << where;
        }
    }
}

TEST(PartnersController, a_partner_whose_app_closes_mid_pairing_is_reported_as_closed) {
    AppSide alex(QStringLiteral("Alex"));
    auto sam = std::make_unique<AppSide>(QStringLiteral("Sam"));
    QSignalSpy invited(&sam->partners(), &PartnersController::invited);
    QSignalSpy failed(&alex.partners(), &PartnersController::failed);
    alex.partners().connectTo(sam->address());
    ASSERT_TRUE(invited.wait(5000));
    sam->partnership->closeForExit(); // Sam closes Twofold while the invitation is on screen
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<PairingProblem>(), PairingProblem::PartnerClosed);
    EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("Sam"));
}

TEST(PartnersController, a_partner_process_that_vanishes_mid_pairing_is_reported_as_closed_too) {
    AppSide alex(QStringLiteral("Alex"));
    auto sam = std::make_unique<AppSide>(QStringLiteral("Sam"));
    QSignalSpy invited(&sam->partners(), &PartnersController::invited);
    QSignalSpy failed(&alex.partners(), &PartnersController::failed);
    alex.partners().connectTo(sam->address());
    ASSERT_TRUE(invited.wait(5000));
    sam.reset(); // the process ends: its sockets close without a goodbye
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<PairingProblem>(), PairingProblem::PartnerClosed);
}

TEST(PartnersController, this_computers_addresses_are_offered_once_it_listens) {
    AppSide alex(QStringLiteral("Alex"));
    const auto addresses = alex.partners().ownAddresses();
    ASSERT_EQ(addresses.size(), 1);
    EXPECT_EQ(addresses.at(0), alex.address()); // loopback scope: 127.0.0.1 with the real port
}

TEST(PartnersController, a_quick_second_invite_replaces_the_first_attempt_without_a_false_failure) {
    AppSide alex(QStringLiteral("Alex"));
    AppSide sam(QStringLiteral("Sam"));
    QSignalSpy invited(&sam.partners(), &PartnersController::invited);
    QSignalSpy alexFailed(&alex.partners(), &PartnersController::failed);
    QSignalSpy alexCode(&alex.partners(), &PartnersController::codeShown);
    QSignalSpy samCode(&sam.partners(), &PartnersController::codeShown);
    alex.partners().connectTo(sam.address());
    alex.partners().connectTo(sam.address()); // a double click on Connect
    ASSERT_TRUE(invited.wait(5000));
    sam.partners().accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return alexCode.count() == 1 && samCode.count() == 1; }, 5000));
    EXPECT_EQ(alexCode.at(0).at(0).toString(), samCode.at(0).at(0).toString());
    EXPECT_EQ(alexFailed.count(), 0);

    // The codes differ on Sam's screen; Alex invites again at once, and this time it works.
    sam.partners().confirmCode(false);
    ASSERT_TRUE(alexFailed.wait(5000));
    EXPECT_EQ(alexFailed.at(0).at(0).value<PairingProblem>(), PairingProblem::CodesDiffer);
    alex.partners().connectTo(sam.address());
    ASSERT_TRUE(QTest::qWaitFor([&] { return invited.count() == 2; }, 5000));
    sam.partners().accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return alexCode.count() == 2 && samCode.count() == 2; }, 5000));
    QSignalSpy alexSession(alex.partnership.get(), &app::Partnership::sessionCreated);
    alex.partners().confirmCode(true);
    sam.partners().confirmCode(true);
    ASSERT_TRUE(alexSession.wait(5000));
    EXPECT_EQ(alexFailed.count(), 1);
}

} // namespace
} // namespace twofold::test
