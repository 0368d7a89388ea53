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

bool writeFileAt(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("x") == 1;
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

TEST(TrustStore, keeps_a_damaged_file_aside_and_starts_empty) {
    QTemporaryDir profile;
    const QString path = QDir(profile.path()).filePath(net::TrustStore::fileName());
    for (const QByteArray& junk : {QByteArray("{not json"), QByteArray("[1,2]"), QByteArray("{\"partners\": 5}"),
                                   QByteArray(2 * 1024 * 1024, 'x')}) {
        writeFile(path, junk);
        net::TrustStore store(profile.path());
        const auto loaded = store.load();
        ASSERT_FALSE(loaded);
        EXPECT_EQ(loaded.error().code, QStringLiteral("trust-store-damaged"));
        ASSERT_TRUE(store.loadProblem().has_value());
        EXPECT_EQ(store.loadProblem()->code, QStringLiteral("trust-store-damaged"));
        EXPECT_TRUE(store.isEmpty());
        EXPECT_FALSE(QFile::exists(path)); // moved, not copied: the next save starts a fresh file
        ASSERT_FALSE(store.keptAside().isEmpty());
        EXPECT_TRUE(loaded.error().message.contains(store.keptAside())) << loaded.error().message.toStdString();
        QFile aside(store.keptAside());
        ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
        EXPECT_EQ(aside.readAll(), junk); // nothing the user had is destroyed
    }
    const auto kept = QDir(profile.path()).entryList({net::TrustStore::fileName() + QStringLiteral(".damaged-*")});
    EXPECT_EQ(kept.size(), 4) << kept.join(QLatin1Char(' ')).toStdString(); // each kept under its own name

    // A good store is written afresh next to what was kept.
    net::TrustStore store(profile.path());
    EXPECT_TRUE(store.load());
    EXPECT_FALSE(store.loadProblem().has_value());
    ASSERT_TRUE(store.add(partner('a', QStringLiteral("Sam"))));
    net::TrustStore reloaded(profile.path());
    EXPECT_TRUE(reloaded.load());
    EXPECT_EQ(reloaded.list().size(), 1U);
}

TEST(TrustStore, keeps_good_entries_and_a_copy_of_a_file_with_bad_ones) {
    QTemporaryDir profile;
    const QString path = QDir(profile.path()).filePath(net::TrustStore::fileName());
    const QByteArray original = QByteArray(R"({"version":1,"partners":[{"deviceId":"short"},)"
                                           R"({"deviceId":")") +
                                QByteArray(64, 'a') + R"(","certificateDigest":")" + QByteArray(64, 'b') +
                                R"(","name":"Sam","lastPort":1}]})";
    writeFile(path, original);
    net::TrustStore store(profile.path());
    const auto loaded = store.load();
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, QStringLiteral("trust-store-damaged"));
    ASSERT_EQ(store.list().size(), 1U);
    EXPECT_EQ(store.list().front().name, QStringLiteral("Sam"));
    QFile copy(store.keptAside());
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly)) << store.keptAside().toStdString();
    EXPECT_EQ(copy.readAll(), original);
    EXPECT_TRUE(QFile::exists(path));
}

TEST(TrustStore, never_writes_over_a_file_it_could_not_read) {
    QTemporaryDir profile;
    const QString path = QDir(profile.path()).filePath(net::TrustStore::fileName());
    // A folder where the file should be: unreadable as a file, also for root.
    ASSERT_TRUE(QDir().mkpath(path));
    ASSERT_TRUE(writeFileAt(QDir(path).filePath(QStringLiteral("keep-me"))));
    net::TrustStore store(profile.path());
    const auto loaded = store.load();
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, QStringLiteral("trust-store-unreadable"));
    EXPECT_TRUE(store.keptAside().isEmpty());
    const auto added = store.add(partner('a', QStringLiteral("Sam")));
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, QStringLiteral("trust-store-unreadable"));
    EXPECT_TRUE(store.isEmpty());
    EXPECT_TRUE(QFile::exists(QDir(path).filePath(QStringLiteral("keep-me"))));
}

TEST(TrustStore, a_failed_write_says_why_and_leaves_the_partners_as_they_were) {
    QTemporaryDir parent;
    const QString blocker = QDir(parent.path()).filePath(QStringLiteral("not-a-folder"));
    ASSERT_TRUE(writeFileAt(blocker));
    net::TrustStore store(QDir(blocker).filePath(QStringLiteral("profile"))); // a file where a folder should be
    EXPECT_TRUE(store.load());
    const auto added = store.add(partner('a', QStringLiteral("Sam")));
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, QStringLiteral("trust-store-unwritable"));
    EXPECT_TRUE(added.error().message.contains(net::TrustStore::fileName())) << added.error().message.toStdString();
    EXPECT_TRUE(store.isEmpty());
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
