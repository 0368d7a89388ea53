#pragma once

#include <QLatin1String>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <cstddef>
#include <optional>
#include <span>

namespace twofold::app {

// The profile's settings file (an ini file; Settings writes it, both programs read it).
inline QString settingsFileName() {
    return QStringLiteral("twofold.ini");
}

// The file's format, written as kFormatVersionKey ([format] version=1) with every save. A file without it is
// version 1: the keys and values below are the ones every earlier Twofold wrote. A file of a newer version is
// read as far as this Twofold understands it (the keys below, each checked) and is never written: Settings keeps
// changes for the run only and says so (see Settings::problem()). A version that is not a whole number of at
// least 1 is logged and read as 1. The key is not in [General], where QSettings keeps the lines of a file that
// is not an ini file at all: reading those would mark the settings unreadable for the whole run.
inline constexpr int kSettingsFormatVersion = 1;
inline constexpr QLatin1String kFormatVersionKey("format/version");

// Every setting, each once; settingDefinitions() gives its place in the file, its type, default and range.
enum class SettingKey {
    DisplayName,
    FirstRunDone,
    PauseMinutes,
    SoundsOn,
    Volume,
    ReducedMotion,
    Language,
    Scope,
    WindowGeometry,
};
inline constexpr std::size_t kSettingKeyCount = 9;

// How a value is kept in the file (all human-readable but Bytes).
enum class SettingType {
    Name,     // text, cleaned and cut to `maximum` graphemes (core/text/UserText.h cleanName)
    Flag,     // true | false
    Number,   // a whole number from `minimum` to `maximum`
    Language, // "" (follow the system) or a code of supportedLanguages()
    Scope,    // a net::Scope by its name, "loopback" | "lan" (net::toString / net::parseScope)
    Bytes,    // @ByteArray(...), as QSettings writes a QByteArray
};

struct SettingDefinition {
    SettingKey key;
    QLatin1String path; // "group/name" in the file
    SettingType type;
    QVariant defaultValue; // what applies when the file has no (valid) value; invalid: "never chosen"
    int minimum = 0;
    int maximum = 0;
};

// The one table, in SettingKey order.
std::span<const SettingDefinition> settingDefinitions();
const SettingDefinition& settingDefinition(SettingKey key);

// `value` as `key` keeps it (a QString, bool, int or QByteArray; a name cleaned and cut), or nullopt when it is
// of the wrong type, out of range or an unknown name; `why` then says which, for a log line.
std::optional<QVariant> validSettingValue(SettingKey key, const QVariant& value, const char** why = nullptr);

// `key` as stored in `file`, checked: its default when absent or not valid. A value that is not valid is
// logged with the key's path and the reason, never the value itself (a name is a partner's text too).
QVariant readSetting(const QSettings& file, SettingKey key);

// The file's format version (see kSettingsFormatVersion): 1 when absent or not valid (logged).
int settingsFormatVersion(const QSettings& file);

} // namespace twofold::app
