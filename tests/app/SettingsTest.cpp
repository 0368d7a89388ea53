#include "app/controllers/Settings.h"

#include "app/options/Languages.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using twofold::app::Settings;

TEST(Settings, starts_with_kind_defaults) {
    QTemporaryDir dir;
    Settings settings(dir.path());
    EXPECT_EQ(settings.pauseMinutes(), 10);
    EXPECT_TRUE(settings.soundsOn());
    EXPECT_FALSE(settings.reducedMotion());
    EXPECT_EQ(settings.language(), QString());
    EXPECT_TRUE(
        settings.scope().isEmpty()); // never chosen: lan applies unless a flag or the environment says otherwise
    EXPECT_FALSE(settings.firstRunDone());
}

TEST(Settings, keeps_pause_length_between_five_and_thirty_minutes) {
    QTemporaryDir dir;
    Settings settings(dir.path());
    settings.setPauseMinutes(2);
    EXPECT_EQ(settings.pauseMinutes(), 5);
    settings.setPauseMinutes(45);
    EXPECT_EQ(settings.pauseMinutes(), 30);
    settings.setPauseMinutes(20);
    EXPECT_EQ(settings.pauseMinutes(), 20);
}

TEST(Settings, persists_in_the_profile_directory) {
    QTemporaryDir dir;
    {
        Settings settings(dir.path());
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setDisplayName(QStringLiteral("  Sam  "));
        settings.setFirstRunDone(true);
        settings.setReducedMotion(true);
        settings.setLanguage(QStringLiteral("de"));
        settings.setScope(QStringLiteral("loopback"));
        settings.setVolume(140);
        EXPECT_EQ(changed.count(), 6);
        settings.sync();
    }
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("twofold.ini"))));
    Settings again(dir.path());
    EXPECT_EQ(again.displayName(), QStringLiteral("Sam"));
    EXPECT_TRUE(again.firstRunDone());
    EXPECT_TRUE(again.reducedMotion());
    EXPECT_EQ(again.language(), QStringLiteral("de"));
    EXPECT_EQ(again.scope(), QStringLiteral("loopback"));
    EXPECT_EQ(again.volume(), 100);
}

TEST(Settings, keeps_every_supported_language_and_forgets_others) {
    QTemporaryDir dir;
    Settings settings(dir.path());
    ASSERT_EQ(twofold::app::supportedLanguages(),
              (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}));
    for (const QString& language : twofold::app::supportedLanguages()) {
        settings.setLanguage(language);
        EXPECT_EQ(settings.language(), language);
    }
    for (const char* unsupported : {"it", "fr_FR", "FR", "english"}) {
        settings.setLanguage(QString::fromLatin1(unsupported));
        EXPECT_EQ(settings.language(), QString()) << unsupported; // follows the system again
    }
}

TEST(Settings, first_run_is_not_done_without_a_name) {
    QTemporaryDir dir;
    Settings settings(dir.path());
    settings.setFirstRunDone(true);
    EXPECT_FALSE(settings.firstRunDone());
}
