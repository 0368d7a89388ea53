// The Nearby list under many devices: the controller gathers discovery's changes, the page updates its
// rows in place (a flood of 5,000 fresh ids froze the window for seconds: the page cleared, rebuilt and
// sorted the whole list on every change). Timing is measured in twofold-bench; here counts and bounds.
#include "app/Partnership.h"
#include "app/pages/PartnersPage.h"
#include "core/net/Announcement.h"
#include "core/protocol/MessageTypes.h"
#include "tests/app/FakeChime.h"
#include "tests/app/FakePartners.h"
#include "tests/fakes/FreePort.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using app::PartnerEntry;

using ListedPartners = FakePartners;

PartnerEntry entry(const char* id, const char* name) {
    return {QString::fromLatin1(id), QString::fromLatin1(name), QStringLiteral("127.0.0.1:1"), false};
}

QListWidgetItem* rowFor(QListWidget* list, const QString& id) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id) {
            return list->item(row);
        }
    }
    return nullptr;
}

} // namespace

TEST(PartnersPage, updates_nearby_rows_in_place_and_keeps_the_selection) {
    ListedPartners partners;
    app::PartnersPage page(partners);
    auto* list = page.findChild<QListWidget*>(QStringLiteral("nearbyList"));
    ASSERT_NE(list, nullptr);
    partners.show({entry("a", "Alex"), entry("b", "Sam"), entry("c", "Kim")});
    ASSERT_EQ(list->count(), 3);
    auto* sam = rowFor(list, QStringLiteral("b"));
    ASSERT_NE(sam, nullptr);
    list->setCurrentItem(sam);
    sam->setData(Qt::UserRole + 7, QStringLiteral("the same row")); // gone if the row were rebuilt

    partners.show({entry("a", "Alex"), entry("d", "Dee"), entry("b", "Sam B."), entry("e", "Eli")});
    EXPECT_EQ(list->count(), 4);
    auto* after = rowFor(list, QStringLiteral("b"));
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(after->data(Qt::UserRole + 7).toString(), QStringLiteral("the same row")) << "the row was rebuilt";
    EXPECT_EQ(after->text(), QStringLiteral("Sam B."));
    EXPECT_EQ(list->currentItem(), after) << "the selection moved";
    EXPECT_EQ(rowFor(list, QStringLiteral("c")), nullptr);
    EXPECT_EQ(list->item(1)->data(Qt::UserRole).toString(), QStringLiteral("d")) << "rows follow the order given";

    partners.show({});
    ASSERT_EQ(list->count(), 1);
    EXPECT_FALSE(list->item(0)->flags() & Qt::ItemIsEnabled) << "the 'looking for partners' placeholder";
}

// 1,000 announcements with fresh ids: the list stays bounded and the page hears about it a few times, not
// once per announcement.
TEST(NetworkPartnersController, gathers_a_flood_of_nearby_changes_into_few_updates) {
    QTemporaryDir dir;
    session::SystemClock clock;
    FakeChime chime;
    app::Partnership::Options options;
    options.profile = dir.path();
    options.name = QStringLiteral("Alex");
    options.language = QStringLiteral("en");
    options.scope = net::Scope::Loopback;
    options.tcpPort = 0;
    options.discoveryPort = freeUdpPort();
    app::Partnership partnership(options, clock, chime);
    ASSERT_TRUE(partnership.start().ok());
    QSignalSpy changed(&partnership.partners(), &app::PartnersController::partnersChanged);
    QUdpSocket sender;
    constexpr int kFlood = 1000;
    constexpr int kBatch = 50;
    int changes = 0;
    QObject::connect(&partnership.peer().node(), &net::Node::nearbyChanged, &sender, [&] { ++changes; });
    for (int sent = 0; sent < kFlood; sent += kBatch) {
        for (int i = sent; i < sent + kBatch; ++i) {
            const net::Announcement fake{protocol::kProtocolVersion,
                                         QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')), QStringLiteral("Guest"),
                                         40003};
            sender.writeDatagram(net::encodeAnnouncement(fake), QHostAddress(QStringLiteral("127.255.255.255")),
                                 *options.discoveryPort);
        }
        ASSERT_TRUE(QTest::qWaitFor([&] { return changes >= sent + kBatch; }, 3000));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return partnership.partners().nearby().size() == 50; }, 2000));
    QTest::qWait(app::NetworkPartnersController::kNearbyCoalesceMs * 2); // the last gathered update
    EXPECT_LE(partnership.partners().nearby().size(), 50U);
    EXPECT_GE(changes, kFlood) << "discovery reported every arrival";
    EXPECT_LE(changed.count(), kFlood / 10) << "one update per change reaches the window";
    EXPECT_GE(changed.count(), 1);
}

} // namespace twofold::test
