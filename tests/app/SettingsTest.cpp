#include "app/controllers/Settings.h"

#include "app/options/Languages.h"
#include "app/options/SettingsKeys.h"
#include "app/pages/SettingsDialog.h"
#include "core/Limits.h"
#include "tests/fakes/LogCapture.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using app::OptionSource;
using app::SettingKey;
using app::Settings;

QString iniPath(const QTemporaryDir& dir) {
    return dir.filePath(app::settingsFileName());
}

void writeFile(const QString& path, const QByteArray& text) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A profile's twofold.ini as every Twofold before the format version wrote it (QSettings' own ini text).
constexpr const char* kOldFile = "[display]\n"
                                 "language=de\n"
                                 "reducedMotion=true\n"
                                 "\n"
                                 "[network]\n"
                                 "scope=loopback\n"
                                 "\n"
                                 "[pause]\n"
                                 "minutes=20\n"
                                 "\n"
                                 "[profile]\n"
                                 "firstRunDone=true\n"
                                 "name=Sam\n"
                                 "\n"
                                 "[sound]\n"
                                 "on=false\n"
                                 "volume=35\n"
                                 "\n"
                                 "[window]\n"
                                 "geometry=@ByteArray(abc)\n";

TEST(Settings, starts_with_kind_defaults) {
    QTemporaryDir dir;
    Settings settings(dir.path());
    EXPECT_EQ(settings.pauseMinutes(), limits::kDefaultBreakMinutes);
    EXPECT_TRUE(settings.soundsOn());
    EXPECT_EQ(settings.volume(), 60);
    EXPECT_FALSE(settings.reducedMotion());
    EXPECT_EQ(settings.language(), QString());
    EXPECT_EQ(settings.scope(), std::nullopt); // never chosen: lan applies unless a flag or the environment says
    EXPECT_FALSE(settings.firstRunDone());
    EXPECT_TRUE(settings.windowGeometry().isEmpty());
    EXPECT_TRUE(settings.problem().isEmpty());
}

TEST(Settings, has_one_table_entry_for_every_key_in_order) {
    QSet<QString> paths;
    const auto definitions = app::settingDefinitions();
    ASSERT_EQ(definitions.size(), app::kSettingKeyCount);
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        EXPECT_EQ(definitions[i].key, static_cast<SettingKey>(i));
        EXPECT_FALSE(QString(definitions[i].path).isEmpty());
        paths.insert(QString(definitions[i].path));
    }
    EXPECT_EQ(std::size_t(paths.size()), definitions.size()) << "each key once";
    const auto& pause = app::settingDefinition(SettingKey::PauseMinutes);
    EXPECT_EQ(pause.minimum, limits::kMinBreakMinutes);
    EXPECT_EQ(pause.maximum, limits::kMaxBreakMinutes);
    EXPECT_EQ(app::settingDefinition(SettingKey::DisplayName).maximum, limits::kNameGraphemes);
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
        settings.setScope(net::Scope::Loopback);
        settings.setVolume(140);
        EXPECT_EQ(changed.count(), 6);
        settings.sync();
    }
    EXPECT_TRUE(QFile::exists(iniPath(dir)));
    Settings again(dir.path());
    EXPECT_EQ(again.displayName(), QStringLiteral("Sam"));
    EXPECT_TRUE(again.firstRunDone());
    EXPECT_TRUE(again.reducedMotion());
    EXPECT_EQ(again.language(), QStringLiteral("de"));
    EXPECT_EQ(again.scope(), net::Scope::Loopback);
    EXPECT_EQ(again.volume(), 100);
}

TEST(Settings, reads_an_existing_profiles_file_as_it_was_and_keeps_it_readable) {
    QTemporaryDir dir;
    writeFile(iniPath(dir), kOldFile);
    {
        Settings settings(dir.path());
        EXPECT_TRUE(settings.problem().isEmpty()); // a file without a version is version 1, today's
        EXPECT_EQ(settings.displayName(), QStringLiteral("Sam"));
        EXPECT_TRUE(settings.firstRunDone());
        EXPECT_EQ(settings.pauseMinutes(), 20);
        EXPECT_FALSE(settings.soundsOn());
        EXPECT_EQ(settings.volume(), 35);
        EXPECT_TRUE(settings.reducedMotion());
        EXPECT_EQ(settings.language(), QStringLiteral("de"));
        EXPECT_EQ(settings.scope(), net::Scope::Loopback);
        EXPECT_EQ(settings.windowGeometry(), QByteArray("abc"));
        settings.setVolume(40);
        ASSERT_TRUE(settings.sync());
    }
    const QByteArray saved = readFile(iniPath(dir));
    EXPECT_TRUE(saved.contains("[format]\nversion=1\n")) << saved.toStdString();
    EXPECT_TRUE(saved.contains("scope=loopback")) << "the scope by its name, as before";
    EXPECT_TRUE(saved.contains("on=false"));
    EXPECT_TRUE(saved.contains("volume=40"));
    Settings again(dir.path());
    EXPECT_EQ(again.volume(), 40);
    EXPECT_EQ(again.scope(), net::Scope::Loopback);
    EXPECT_EQ(again.pauseMinutes(), 20);
}

TEST(Settings, changed_names_the_setting_and_follows_only_real_changes) {
    QTemporaryDir dir;
    writeFile(iniPath(dir), kOldFile);
    Settings settings(dir.path());
    QSignalSpy changed(&settings, &Settings::changed);
    // What the settings dialog's Save does with nothing changed: every value set again, as read from the file.
    settings.setDisplayName(QStringLiteral("Sam"));
    settings.setPauseMinutes(20);
    settings.setSoundsOn(false);
    settings.setVolume(35);
    settings.setReducedMotion(true);
    settings.setLanguage(QStringLiteral("de"));
    settings.setScope(net::Scope::Loopback);
    settings.setFirstRunDone(true);
    settings.setWindowGeometry(QByteArray("abc"));
    EXPECT_EQ(changed.count(), 0);

    settings.setPauseMinutes(25);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.takeFirst().at(0).value<SettingKey>(), SettingKey::PauseMinutes);
    settings.setScope(net::Scope::Lan);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.takeFirst().at(0).value<SettingKey>(), SettingKey::Scope);
    settings.setPauseMinutes(99); // clamped to 30: a change
    settings.setPauseMinutes(31); // clamped to 30 again: none
    EXPECT_EQ(changed.count(), 1);
}

TEST(Settings, setting_what_a_value_it_could_not_use_reads_as_is_no_change) {
    QTemporaryDir dir;
    writeFile(iniPath(dir), "[pause]\nminutes=45\n\n[sound]\nvolume=loud\n");
    Settings settings(dir.path());
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setVolume(settings.volume()); // the dialog's Save, nothing touched
    settings.setPauseMinutes(settings.pauseMinutes());
    EXPECT_EQ(changed.count(), 0) << "what the user sees did not change";
}

TEST(Settings, a_file_of_a_newer_format_is_read_as_far_as_understood_and_never_written) {
    QTemporaryDir dir;
    const QByteArray newer = "[format]\n"
                             "version=7\n"
                             "\n"
                             "[future]\n"
                             "colour=teal\n"
                             "\n"
                             "[pause]\n"
                             "minutes=7.5\n"
                             "\n"
                             "[profile]\n"
                             "firstRunDone=true\n"
                             "name=Sam\n"
                             "\n"
                             "[sound]\n"
                             "volume=35\n";
    writeFile(iniPath(dir), newer);
    {
        Settings settings(dir.path());
        EXPECT_TRUE(settings.problem().contains(QStringLiteral("newer Twofold"))) << settings.problem().toStdString();
        EXPECT_EQ(settings.displayName(), QStringLiteral("Sam"));
        EXPECT_TRUE(settings.firstRunDone());
        EXPECT_EQ(settings.volume(), 35);
        EXPECT_EQ(settings.pauseMinutes(), limits::kDefaultBreakMinutes); // a value it does not understand
        QSignalSpy changed(&settings, &Settings::changed);
        QSignalSpy failed(&settings, &Settings::saveFailed);
        settings.setDisplayName(QStringLiteral("Alex"));
        EXPECT_EQ(settings.displayName(), QStringLiteral("Alex")); // for this run
        EXPECT_EQ(changed.count(), 1);
        EXPECT_TRUE(settings.sync());
        EXPECT_EQ(failed.count(), 0);
    }
    EXPECT_EQ(readFile(iniPath(dir)), newer) << "left exactly as the newer Twofold wrote it";
}

TEST(Settings, a_file_without_a_version_gets_version_one_with_its_first_save) {
    QTemporaryDir dir;
    writeFile(iniPath(dir), "[profile]\nname=Sam\n");
    {
        Settings settings(dir.path());
        EXPECT_TRUE(settings.problem().isEmpty());
        EXPECT_EQ(settings.displayName(), QStringLiteral("Sam"));
        ASSERT_TRUE(settings.sync());
        EXPECT_FALSE(readFile(iniPath(dir)).contains("version")) << "nothing changed: nothing written";
        settings.setReducedMotion(true);
        ASSERT_TRUE(settings.sync());
    }
    EXPECT_TRUE(readFile(iniPath(dir)).contains("[format]\nversion=1\n")) << readFile(iniPath(dir)).toStdString();
}

TEST(Settings, a_version_that_is_no_whole_number_reads_as_one_with_a_log_line) {
    for (const char* version : {"two", "0", "-3"}) {
        QTemporaryDir dir;
        writeFile(iniPath(dir), QByteArray("[format]\nversion=") + version + "\n\n[profile]\nname=Sam\n");
        LogCapture log;
        {
            Settings settings(dir.path());
            EXPECT_TRUE(settings.problem().isEmpty()) << version << ": not a newer file";
            EXPECT_EQ(settings.displayName(), QStringLiteral("Sam"));
            EXPECT_TRUE(log.text().contains(QStringLiteral("settings format version"))) << version;
            settings.setReducedMotion(true);
            ASSERT_TRUE(settings.sync());
        }
        EXPECT_TRUE(readFile(iniPath(dir)).contains("[format]\nversion=1\n")) << version;
    }
}

TEST(Settings, a_value_it_cannot_use_reads_as_its_default_with_a_log_line_without_the_value) {
    QTemporaryDir dir;
    writeFile(iniPath(dir), "[display]\n"
                            "language=it\n"
                            "reducedMotion=maybe\n"
                            "\n"
                            "[network]\n"
                            "scope=everywhere\n"
                            "\n"
                            "[pause]\n"
                            "minutes=45\n"
                            "\n"
                            "[profile]\n"
                            "firstRunDone=true\n"
                            "name=Sam, Alex\n"
                            "\n"
                            "[sound]\n"
                            "on=sometimes\n"
                            "volume=loud\n"
                            "\n"
                            "[window]\n"
                            "geometry=abc\n");
    LogCapture log;
    Settings settings(dir.path());
    EXPECT_EQ(settings.pauseMinutes(), limits::kDefaultBreakMinutes) << "out of range";
    EXPECT_EQ(settings.volume(), 60) << "not a number";
    EXPECT_TRUE(settings.soundsOn()) << "not true or false";
    EXPECT_FALSE(settings.reducedMotion());
    EXPECT_EQ(settings.language(), QString()) << "not a supported language: follow the system";
    EXPECT_EQ(settings.scope(), std::nullopt) << "an unknown scope name";
    EXPECT_EQ(settings.displayName(), QString()) << "a list, not one name";
    EXPECT_TRUE(settings.windowGeometry().isEmpty()) << "text, not saved bytes";
    const QString text = log.text();
    for (const char* path : {"pause/minutes", "sound/volume", "sound/on", "display/reducedMotion", "display/language",
                             "network/scope", "profile/name", "window/geometry"}) {
        EXPECT_TRUE(text.contains(QString::fromLatin1(path))) << path << "\n" << text.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("out of range")));
    for (const char* value : {"Sam", "Alex", "loud", "sometimes", "maybe", "everywhere"}) {
        EXPECT_FALSE(text.contains(QString::fromLatin1(value))) << value << " is the user's, not the log's";
    }
}

TEST(Settings, keeps_every_supported_language_and_forgets_others) {
    QTemporaryDir dir;
    Settings settings(dir.path());
    ASSERT_EQ(app::supportedLanguages(),
              (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}));
    for (const QString& language : app::supportedLanguages()) {
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

TEST(SettingsDialog, says_where_the_scope_in_effect_comes_from) {
    QTemporaryDir dir;
    Settings settings(dir.path());
    settings.setScopeInEffect(net::Scope::Loopback, OptionSource::Environment);
    auto text = app::SettingsDialog::scopeInEffectText(settings);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Now: this computer only."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("TWOFOLD_NET_SCOPE")));
    settings.setScopeInEffect(net::Scope::Lan, OptionSource::Flag);
    text = app::SettingsDialog::scopeInEffectText(settings);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Now: this network."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("--scope")));
    for (const auto source : {OptionSource::Setting, OptionSource::Default}) {
        settings.setScopeInEffect(net::Scope::Lan, source);
        EXPECT_TRUE(app::SettingsDialog::scopeInEffectText(settings).contains(QStringLiteral("next time")));
    }
}

QComboBox* scopeBox(const app::SettingsDialog& dialog) {
    for (auto* box : dialog.findChildren<QComboBox*>()) {
        if (box->accessibleName() == QStringLiteral("Where to look for your partner")) {
            return box;
        }
    }
    return nullptr;
}

TEST(SettingsDialog, shows_the_scope_in_effect_and_stores_a_scope_only_when_chosen) {
    QTemporaryDir dir;
    Settings settings(dir.path());
    settings.setScopeInEffect(net::Scope::Loopback, OptionSource::Environment);
    {
        app::SettingsDialog dialog(settings);
        auto* scope = scopeBox(dialog);
        ASSERT_NE(scope, nullptr);
        EXPECT_EQ(scope->currentText(), QStringLiteral("This computer only")) << "in effect, never chosen";
        dialog.apply();
        EXPECT_EQ(settings.scope(), std::nullopt) << "shown, not chosen";
        scope->setCurrentIndex(scope->findText(QStringLiteral("This network (LAN)")));
        dialog.apply();
        EXPECT_EQ(settings.scope(), net::Scope::Lan);
    }
    settings.setScopeInEffect(net::Scope::Lan, OptionSource::Environment);
    settings.setScope(net::Scope::Loopback);
    app::SettingsDialog dialog(settings);
    ASSERT_NE(scopeBox(dialog), nullptr);
    EXPECT_EQ(scopeBox(dialog)->currentText(), QStringLiteral("This computer only")) << "the stored choice";
}

} // namespace
} // namespace twofold::test
