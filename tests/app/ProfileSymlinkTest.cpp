// The profile folder cannot be turned against its owner (issue 16 §4): a symbolic link planted in place of
// any file Twofold writes had its outside target rewritten, appended to or chmod-ed. For each kind of file:
// the outside target keeps its content and mode, and what Twofold writes is a file of its own, 0600.
#include "app/controllers/DraftStore.h"
#include "app/controllers/Settings.h"
#include "app/options/ProfileLock.h"
#include "app/options/SettingsKeys.h"
#include "core/log/Log.h"
#include "core/net/Identity.h"
#include "core/net/TrustStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace twofold::test {
namespace {

constexpr mode_t kOutsideMode = 0640;
const QByteArray kPrecious = "the user's own file, nothing to do with Twofold\n";

mode_t modeOf(const QString& path) {
    struct stat info {};
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
    return info.st_mode;
}

// A profile and, outside it, a file the user cares about; `plant(name)` puts a link to it into the profile.
struct Planted {
    explicit Planted(QByteArray content = kPrecious) : precious(std::move(content)) {
        outsidePath = outside.filePath(QStringLiteral("precious.txt"));
        QFile file(outsidePath);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(precious);
        file.close();
        ::chmod(QFile::encodeName(outsidePath).constData(), kOutsideMode);
    }
    QString plant(const QString& name) {
        const QString link = QDir(profile.path()).filePath(name);
        EXPECT_EQ(::symlink(QFile::encodeName(outsidePath).constData(), QFile::encodeName(link).constData()), 0);
        return link;
    }
    void expectOutsideUntouched() const {
        QFile file(outsidePath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), precious) << "written through the link";
        EXPECT_EQ(modeOf(outsidePath) & 07777, kOutsideMode) << "chmod-ed through the link";
    }
    void expectOwnFile(const QString& path) const {
        const mode_t mode = modeOf(path);
        EXPECT_TRUE(S_ISREG(mode)) << path.toStdString() << " is still a link";
        EXPECT_EQ(mode & 07777, 0600U) << path.toStdString();
    }
    QByteArray precious;
    QTemporaryDir profile;
    QTemporaryDir outside;
    QString outsidePath;
};

net::TrustedPartner partner() {
    net::TrustedPartner p;
    p.deviceId = QString(64, QLatin1Char('a'));
    p.name = QStringLiteral("Sam");
    p.certificateDigest = QString(64, QLatin1Char('b'));
    p.lastAddress = QStringLiteral("127.0.0.1");
    p.lastPort = 47914;
    p.pairedAt = QDateTime::currentDateTimeUtc();
    return p;
}

} // namespace

TEST(ProfileSymlinks, a_trust_store_link_is_kept_aside_and_never_followed) {
    Planted planted;
    const QString link = planted.plant(net::TrustStore::fileName());
    net::TrustStore store(planted.profile.path());
    const auto loaded = store.load();
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, QStringLiteral("trust-store-link")) << "a notice that says what was found";
    EXPECT_TRUE(store.keptAside().contains(QStringLiteral(".symlink-"))) << store.keptAside().toStdString();
    EXPECT_TRUE(QFileInfo(store.keptAside()).isSymLink()) << "the link itself is kept, its target untouched";
    ASSERT_TRUE(store.add(partner()));
    planted.expectOutsideUntouched();
    planted.expectOwnFile(link);
}

TEST(ProfileSymlinks, a_trust_store_link_planted_after_loading_is_not_written_through) {
    Planted planted;
    net::TrustStore store(planted.profile.path());
    ASSERT_TRUE(store.load());
    const QString link = planted.plant(net::TrustStore::fileName());
    ASSERT_TRUE(store.add(partner()));
    planted.expectOutsideUntouched();
    planted.expectOwnFile(link);
}

TEST(ProfileSymlinks, identity_links_are_kept_aside_and_both_files_are_owner_only) {
    for (const auto& name : {net::Identity::keyFileName(), net::Identity::certificateFileName()}) {
        Planted planted;
        const QString link = planted.plant(name);
        const auto identity = net::Identity::loadOrCreate(planted.profile.path(), QStringLiteral("Alex"));
        ASSERT_TRUE(identity) << name.toStdString();
        EXPECT_FALSE(identity->keptAside().isEmpty());
        planted.expectOutsideUntouched();
        planted.expectOwnFile(link);
        planted.expectOwnFile(QDir(planted.profile.path()).filePath(net::Identity::keyFileName()));
        planted.expectOwnFile(QDir(planted.profile.path()).filePath(net::Identity::certificateFileName()));
    }
}

TEST(ProfileSymlinks, the_log_file_is_not_appended_through_a_link) {
    Planted planted;
    const QString link = planted.plant(log::fileName());
    ASSERT_TRUE(log::setup(
        {.directory = planted.profile.path(), .toStderr = false, .forwardQtMessages = false, .extraSinks = {}}));
    log::get(log::Module::App)->warn("a line that must land in Twofold's own log");
    log::get(log::Module::App)->flush();
    planted.expectOutsideUntouched();
    planted.expectOwnFile(link);
    log::setup({.directory = {}, .toStderr = false, .forwardQtMessages = false, .extraSinks = {}});
}

TEST(ProfileSymlinks, drafts_are_not_read_or_written_through_a_link) {
    Planted planted(R"({"version":1,"drafts":{"x":"reads as drafts"}})"); // not merely "damaged"
    const QString link = planted.plant(app::DraftStore::fileName());
    app::DraftStore drafts(planted.profile.path());
    EXPECT_FALSE(drafts.load()) << "a notice: the link was kept aside";
    drafts.set(QStringLiteral("share"), QStringLiteral("half a sentence"));
    ASSERT_TRUE(drafts.flush());
    planted.expectOutsideUntouched();
    planted.expectOwnFile(link);
}

TEST(ProfileSymlinks, settings_are_not_written_through_a_link) {
    Planted planted;
    const QString link = planted.plant(app::settingsFileName());
    app::Settings settings(planted.profile.path());
    settings.setDisplayName(QStringLiteral("Alex"));
    EXPECT_TRUE(settings.sync());
    planted.expectOutsideUntouched();
    planted.expectOwnFile(link);
}

TEST(ProfileSymlinks, the_profile_lock_is_owner_only_and_not_created_through_a_link) {
    Planted planted;
    const QString link = planted.plant(app::ProfileLock::fileName());
    auto lock = app::ProfileLock::acquire(planted.profile.path());
    ASSERT_TRUE(lock) << lock.error().message.toStdString();
    planted.expectOutsideUntouched();
    planted.expectOwnFile(link);
}

} // namespace twofold::test
