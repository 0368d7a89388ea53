#include "core/net/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace twofold;

namespace {

net::TrustedPartner partner(char id, const QString& name) {
    net::TrustedPartner p;
    p.deviceId = QString(64, QLatin1Char(id));
    p.name = name;
    p.certificateDigest = QString(64, QLatin1Char('d'));
    p.lastAddress = QStringLiteral("127.0.0.1");
    p.lastPort = 47914;
    p.pairedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30), Qt::UTC);
    return p;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST(TrustStore, adds_finds_lists_and_removes_partners_across_reloads) {
    QTemporaryDir profile;
    net::TrustStore store(profile.path());
    ASSERT_TRUE(store.load());
    EXPECT_TRUE(store.isEmpty());
    ASSERT_TRUE(store.add(partner('a', QStringLiteral("Sam"))));
    ASSERT_TRUE(store.add(partner('b', QStringLiteral("Alex"))));

    net::TrustStore reloaded(profile.path());
    ASSERT_TRUE(reloaded.load());
    ASSERT_EQ(reloaded.list().size(), 2U);
    EXPECT_EQ(*reloaded.find(QString(64, QLatin1Char('a'))), partner('a', QStringLiteral("Sam")));
    EXPECT_FALSE(reloaded.find(QString(64, QLatin1Char('c'))).has_value());

    ASSERT_TRUE(reloaded.remove(QString(64, QLatin1Char('a'))));
    EXPECT_FALSE(reloaded.remove(QString(64, QLatin1Char('a'))));
    net::TrustStore again(profile.path());
    ASSERT_TRUE(again.load());
    ASSERT_EQ(again.list().size(), 1U);
    EXPECT_EQ(again.list().front().name, QStringLiteral("Alex"));
}

TEST(TrustStore, replaces_an_entry_with_the_same_device_id) {
    QTemporaryDir profile;
    net::TrustStore store(profile.path());
    ASSERT_TRUE(store.add(partner('a', QStringLiteral("Sam"))));
    ASSERT_TRUE(store.add(partner('a', QStringLiteral("Sam (new laptop)"))));
    ASSERT_EQ(store.list().size(), 1U);
    EXPECT_EQ(store.list().front().name, QStringLiteral("Sam (new laptop)"));
}

TEST(TrustStore, remembers_the_last_address) {
    QTemporaryDir profile;
    net::TrustStore store(profile.path());
    ASSERT_TRUE(store.add(partner('a', QStringLiteral("Sam"))));
    ASSERT_TRUE(store.updateLastSeen(QString(64, QLatin1Char('a')), QHostAddress(QStringLiteral("127.0.0.2")), 50000));
    net::TrustStore reloaded(profile.path());
    ASSERT_TRUE(reloaded.load());
    EXPECT_EQ(reloaded.list().front().lastAddress, QStringLiteral("127.0.0.2"));
    EXPECT_EQ(reloaded.list().front().lastPort, 50000);
    EXPECT_FALSE(store.updateLastSeen(QString(64, QLatin1Char('f')), QHostAddress::LocalHost, 1));
}

TEST(TrustStore, writes_an_owner_only_file) {
    QTemporaryDir profile;
    net::TrustStore store(profile.path());
    ASSERT_TRUE(store.add(partner('a', QStringLiteral("Sam"))));
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(store.path()).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600U);
}

TEST(TrustStore, treats_a_corrupt_file_as_empty_without_crashing) {
    QTemporaryDir profile;
    const QString path = QDir(profile.path()).filePath(net::TrustStore::fileName());
    for (const QByteArray& junk : {QByteArray("{not json"), QByteArray("[1,2]"), QByteArray("{\"partners\": 5}"),
                                   QByteArray(2 * 1024 * 1024, 'x')}) {
        writeFile(path, junk);
        net::TrustStore store(profile.path());
        EXPECT_FALSE(store.load());
        EXPECT_TRUE(store.isEmpty());
    }
    // A good store can be written over the corrupt file.
    net::TrustStore store(profile.path());
    store.load();
    ASSERT_TRUE(store.add(partner('a', QStringLiteral("Sam"))));
    net::TrustStore reloaded(profile.path());
    EXPECT_TRUE(reloaded.load());
    EXPECT_EQ(reloaded.list().size(), 1U);
}

TEST(TrustStore, skips_corrupt_entries_and_keeps_good_ones) {
    QTemporaryDir profile;
    writeFile(QDir(profile.path()).filePath(net::TrustStore::fileName()),
              QByteArray(R"({"version":1,"partners":[{"deviceId":"short"},)"
                         R"({"deviceId":")") +
                  QByteArray(64, 'a') + R"(","certificateDigest":")" + QByteArray(64, 'b') +
                  R"(","name":"Sam","lastPort":1}]})");
    net::TrustStore store(profile.path());
    EXPECT_TRUE(store.load());
    ASSERT_EQ(store.list().size(), 1U);
    EXPECT_EQ(store.list().front().name, QStringLiteral("Sam"));
}

TEST(TrustStore, refuses_a_partner_without_a_proper_id_or_digest) {
    QTemporaryDir profile;
    net::TrustStore store(profile.path());
    auto bad = partner('a', QStringLiteral("Sam"));
    bad.certificateDigest = QStringLiteral("abc");
    EXPECT_FALSE(store.add(bad));
    EXPECT_TRUE(store.isEmpty());
    EXPECT_FALSE(QFile::exists(store.path()));
}
