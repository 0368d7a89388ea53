#include "app/options/SettingsKeys.h"

#include "app/options/Languages.h"
#include "core/Limits.h"
#include "core/log/Log.h"
#include "core/net/Scope.h"
#include "core/text/UserText.h"

#include <QByteArray>
#include <array>

namespace twofold::app {
namespace {

const std::array<SettingDefinition, kSettingKeyCount>& table() {
    using Type = SettingType;
    static const std::array<SettingDefinition, kSettingKeyCount> definitions{{
        {.key = SettingKey::DisplayName,
         .path = QLatin1String("profile/name"),
         .type = Type::Name,
         .defaultValue = QString(),
         .maximum = limits::kNameGraphemes},
        {.key = SettingKey::FirstRunDone,
         .path = QLatin1String("profile/firstRunDone"),
         .type = Type::Flag,
         .defaultValue = false},
        {.key = SettingKey::PauseMinutes,
         .path = QLatin1String("pause/minutes"),
         .type = Type::Number,
         .defaultValue = limits::kDefaultBreakMinutes,
         .minimum = limits::kMinBreakMinutes,
         .maximum = limits::kMaxBreakMinutes},
        {.key = SettingKey::SoundsOn, .path = QLatin1String("sound/on"), .type = Type::Flag, .defaultValue = true},
        {.key = SettingKey::Volume,
         .path = QLatin1String("sound/volume"),
         .type = Type::Number,
         .defaultValue = 60,
         .minimum = 0,
         .maximum = 100},
        {.key = SettingKey::ReducedMotion,
         .path = QLatin1String("display/reducedMotion"),
         .type = Type::Flag,
         .defaultValue = false},
        {.key = SettingKey::Language,
         .path = QLatin1String("display/language"),
         .type = Type::Language,
         .defaultValue = QString()},
        // Never chosen: lan applies unless a flag or TWOFOLD_NET_SCOPE says otherwise (AppOptions.h). An unknown
        // name here stops both programs at start (SharedOptions::resolveScope): never a quiet fall back to lan.
        {.key = SettingKey::Scope,
         .path = QLatin1String("network/scope"),
         .type = Type::Scope,
         .defaultValue = QVariant()},
        {.key = SettingKey::WindowGeometry,
         .path = QLatin1String("window/geometry"),
         .type = Type::Bytes,
         .defaultValue = QByteArray()},
    }};
    return definitions;
}

bool isText(const QVariant& value) {
    return value.typeId() == QMetaType::QString;
}

bool isWholeNumber(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

std::optional<QVariant> refuse(const char** why, const char* reason) {
    if (why != nullptr) {
        *why = reason;
    }
    return std::nullopt;
}

} // namespace

std::span<const SettingDefinition> settingDefinitions() {
    return table();
}

const SettingDefinition& settingDefinition(SettingKey key) {
    const auto& definition = table()[static_cast<std::size_t>(key)];
    Q_ASSERT(definition.key == key);
    return definition;
}

std::optional<QVariant> validSettingValue(SettingKey key, const QVariant& value, const char** why) {
    const SettingDefinition& definition = settingDefinition(key);
    switch (definition.type) {
    case SettingType::Name:
        if (!isText(value)) {
            return refuse(why, "not text");
        }
        return QVariant(text::cleanName(value.toString(), definition.maximum));
    case SettingType::Flag:
        if (value.typeId() == QMetaType::Bool) {
            return value;
        }
        if (isText(value)) {
            const QString flag = value.toString().trimmed();
            if (flag.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
                return QVariant(true);
            }
            if (flag.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
                return QVariant(false);
            }
        }
        return refuse(why, "not true or false");
    case SettingType::Number: {
        bool ok = isWholeNumber(value);
        qlonglong number = ok ? value.toLongLong() : 0;
        if (isText(value)) {
            number = value.toString().trimmed().toLongLong(&ok);
        }
        if (!ok) {
            return refuse(why, "not a whole number");
        }
        if (number < definition.minimum || number > definition.maximum) {
            return refuse(why, "out of range");
        }
        return QVariant(int(number));
    }
    case SettingType::Language:
        if (!isText(value)) {
            return refuse(why, "not text");
        }
        if (!value.toString().isEmpty() && !supportedLanguages().contains(value.toString())) {
            return refuse(why, "not a supported language");
        }
        return QVariant(value.toString());
    case SettingType::Scope:
        if (!isText(value)) {
            return refuse(why, "not text");
        }
        if (const auto scope = net::parseScope(value.toString())) {
            return QVariant(net::toString(*scope));
        }
        return refuse(why, "not a known scope");
    case SettingType::Bytes:
        if (value.typeId() != QMetaType::QByteArray) {
            return refuse(why, "not bytes");
        }
        return value;
    }
    return refuse(why, "of no known type");
}

QVariant readSetting(const QSettings& file, SettingKey key) {
    const SettingDefinition& definition = settingDefinition(key);
    const QVariant stored = file.value(definition.path);
    if (!stored.isValid()) {
        return definition.defaultValue;
    }
    const char* why = "";
    if (const auto value = validSettingValue(key, stored, &why)) {
        return *value;
    }
    log::get(log::Module::AppSettings)->warn("setting {} is {}; its default applies", definition.path.data(), why);
    return definition.defaultValue;
}

int settingsFormatVersion(const QSettings& file) {
    const QVariant stored = file.value(kFormatVersionKey);
    if (!stored.isValid()) {
        return 1;
    }
    bool ok = false;
    const int version = stored.toString().trimmed().toInt(&ok);
    if (!ok || version < 1) {
        log::get(log::Module::AppSettings)
            ->warn("settings format version is not a whole number of at least 1; read as 1");
        return 1;
    }
    return version;
}

} // namespace twofold::app
