// What a partner typed but has not sent lives on disk in the profile: kept, restored, never destroyed.
#include "app/controllers/DraftStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using app::DraftStore;

TEST(DraftStore, keeps_drafts_across_instances_and_removes_the_file_when_empty) {
    QTemporaryDir profile;
    {
        DraftStore store(profile.path());
        ASSERT_TRUE(store.load().ok());
        store.set(QStringLiteral("s1/statement/share/feel"), QStringLiteral("lonely, and a bit scared"));
        store.set(QStringLiteral("s1/statement/share/need"), QStringLiteral("time together"));
    } // the destructor flushes, as at a normal close
    DraftStore again(profile.path());
    ASSERT_TRUE(again.load().ok());
    EXPECT_EQ(again.value(QStringLiteral("s1/statement/share/feel")), QStringLiteral("lonely, and a bit scared"));
    again.removeIf([](const QString& key, const QString&) { return key.endsWith(QStringLiteral("/feel")); });
    again.set(QStringLiteral("s1/statement/share/need"), QString());
    ASSERT_TRUE(again.flush().ok());
    EXPECT_FALSE(QFile::exists(again.path()));
}

TEST(DraftStore, writes_soon_after_typing_without_waiting_for_a_close) {
    QTemporaryDir profile;
    DraftStore store(profile.path());
    store.set(QStringLiteral("k"), QStringLiteral("typed"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(store.path()); }, 2000));
    DraftStore reader(profile.path());
    ASSERT_TRUE(reader.load().ok());
    EXPECT_EQ(reader.value(QStringLiteral("k")), QStringLiteral("typed"));
}

TEST(DraftStore, a_damaged_file_is_kept_aside_and_the_store_starts_empty) {
    QTemporaryDir profile;
    const auto path = QDir(profile.path()).filePath(DraftStore::fileName());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"version\":1,\"drafts\":{\"k\":\"half");
    file.close();
    DraftStore store(profile.path());
    const auto status = store.load();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("damaged"));
    EXPECT_TRUE(store.keys().empty());
    const auto kept = QDir(profile.path()).entryList({DraftStore::fileName() + QStringLiteral(".damaged-*")});
    ASSERT_EQ(kept.size(), 1) << "nothing is destroyed";
    QFile aside(QDir(profile.path()).filePath(kept.front()));
    ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
    EXPECT_EQ(aside.readAll(), QByteArray("{\"version\":1,\"drafts\":{\"k\":\"half"));
    EXPECT_EQ(aside.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{})
        << "kept owner-only, as every profile file";
}

// A second damaged file does not destroy the copy of the first (the drafts store once removed
// drafts.json.damaged before keeping the new one there; every other profile file kept both).
TEST(DraftStore, a_second_damaged_file_keeps_the_first_copy_too) {
    QTemporaryDir profile;
    const auto path = QDir(profile.path()).filePath(DraftStore::fileName());
    for (const char* bytes : {"first damage", "second damage"}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        DraftStore store(profile.path());
        ASSERT_FALSE(store.load().ok());
    }
    QStringList contents;
    for (const auto& name : QDir(profile.path()).entryList({DraftStore::fileName() + QStringLiteral(".damaged*")})) {
        QFile kept(QDir(profile.path()).filePath(name));
        ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
        contents << QString::fromUtf8(kept.readAll());
    }
    contents.sort();
    EXPECT_EQ(contents, (QStringList{QStringLiteral("first damage"), QStringLiteral("second damage")}));
}

TEST(DraftStore, a_failed_write_says_so_and_keeps_the_text_in_memory) {
    QTemporaryDir profile;
    // Something that is not a file stands where the drafts go (works the same for root, who ignores modes).
    ASSERT_TRUE(QDir(profile.path()).mkdir(DraftStore::fileName()));
    DraftStore store(profile.path());
    QSignalSpy failed(&store, &DraftStore::writeFailed);
    store.set(QStringLiteral("k"), QStringLiteral("still here"));
    ASSERT_TRUE(failed.wait(2000));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(store.value(QStringLiteral("k")), QStringLiteral("still here"));
    EXPECT_FALSE(store.flush().ok());
}

// Qt 6.4's QSaveFile::commit() reports success after a failed flush, so on a full disk the drafts file was
// replaced by an empty one. The test runs itself again inside a private mount namespace (unshare, as root)
// with its profile on a tiny tmpfs: root ignores permissions, but not a full disk.
TEST(DraftStore, a_full_disk_is_an_error_and_the_saved_drafts_stay) {
    const QString inside = qEnvironmentVariable("TWOFOLD_TEST_FULL_DISK");
    if (inside.isEmpty()) {
        QTemporaryDir mountPoint;
        QProcess self;
        self.setProcessChannelMode(QProcess::MergedChannels);
        self.start(QStringLiteral("unshare"),
                   {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("mount -t tmpfs -o size=8k tmpfs '%1' || exit 77; "
                                   "TWOFOLD_TEST_FULL_DISK='%1' exec \"$@\"")
                        .arg(mountPoint.path()),
                    QStringLiteral("sh"), QCoreApplication::applicationFilePath(),
                    QStringLiteral("--gtest_filter=DraftStore.a_full_disk_is_an_error_and_the_saved_drafts_stay")});
        ASSERT_TRUE(self.waitForFinished(30000));
        const auto output = QString::fromLocal8Bit(self.readAll());
        if (self.exitCode() == 77 || output.contains(QStringLiteral("unshare: "))) {
            GTEST_SKIP() << "needs a private mount namespace (root and util-linux): " << output.toStdString();
        }
        EXPECT_EQ(self.exitCode(), 0) << output.toStdString();
        EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << output.toStdString();
        return;
    }
    DraftStore store(inside);
    store.set(QStringLiteral("k"), QStringLiteral("what I wrote first"));
    ASSERT_TRUE(store.flush().ok());
    QFile filler(QDir(inside).filePath(QStringLiteral("filler")));
    ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    while (filler.write(QByteArray(512, 'f')) == 512) {
    }
    store.set(QStringLiteral("k"), QString(3000, QLatin1Char('x')));
    const auto flushed = store.flush();
    ASSERT_FALSE(flushed.ok());
    EXPECT_EQ(flushed.error().code, QStringLiteral("io"));
    DraftStore reader(inside);
    ASSERT_TRUE(reader.load().ok());
    EXPECT_EQ(reader.value(QStringLiteral("k")), QStringLiteral("what I wrote first"));
}

} // namespace
} // namespace twofold::test
