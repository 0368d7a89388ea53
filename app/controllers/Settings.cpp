#include "app/controllers/Settings.h"

#include "app/options/SettingsKeys.h"
#include "core/log/Log.h"
#include "core/profile/ProfileFiles.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace twofold::app {
namespace {

// A number for a Number key, within its range.
int clamped(SettingKey key, int number) {
    const SettingDefinition& definition = settingDefinition(key);
    return std::clamp(number, definition.minimum, definition.maximum);
}

} // namespace

Settings::Settings(const QString& profileDir, QObject* parent)
    : QObject(parent), m_profileDir(profileDir),
      m_settings(QDir(profileDir).filePath(settingsFileName()), QSettings::IniFormat) {
    QDir().mkpath(profileDir);
    auto logger = log::get(log::Module::AppSettings);
    if (m_settings.status() != QSettings::NoError) {
        m_problem = tr("Twofold couldn't read your settings in %1, so it uses its defaults for now.")
                        .arg(QDir::toNativeSeparators(m_settings.fileName()));
        logger->error("settings unreadable status={}", int(m_settings.status()));
    } else if (const int version = settingsFormatVersion(m_settings); version > kSettingsFormatVersion) {
        m_newerFormat = true;
        m_problem = tr("Your settings in %1 come from a newer Twofold. This one uses what it understands of them "
                       "and leaves the file as it is, so changes you make here apply until Twofold closes.")
                        .arg(QDir::toNativeSeparators(m_settings.fileName()));
        logger->warn("settings format {} is newer than {}: read as far as understood, never written", version,
                     kSettingsFormatVersion);
    }
    for (const SettingDefinition& definition : settingDefinitions()) {
        m_values[static_cast<std::size_t>(definition.key)] = readSetting(m_settings, definition.key);
    }
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Settings::sync);
}

QString Settings::displayName() const {
    return value(SettingKey::DisplayName).toString();
}

void Settings::setDisplayName(const QString& name) {
    set(SettingKey::DisplayName, name);
}

int Settings::pauseMinutes() const {
    return value(SettingKey::PauseMinutes).toInt();
}

void Settings::setPauseMinutes(int minutes) {
    set(SettingKey::PauseMinutes, clamped(SettingKey::PauseMinutes, minutes));
}

bool Settings::soundsOn() const {
    return value(SettingKey::SoundsOn).toBool();
}

void Settings::setSoundsOn(bool on) {
    set(SettingKey::SoundsOn, on);
}

int Settings::volume() const {
    return value(SettingKey::Volume).toInt();
}

void Settings::setVolume(int volume) {
    set(SettingKey::Volume, clamped(SettingKey::Volume, volume));
}

bool Settings::reducedMotion() const {
    return value(SettingKey::ReducedMotion).toBool();
}

void Settings::setReducedMotion(bool reduced) {
    set(SettingKey::ReducedMotion, reduced);
}

QString Settings::language() const {
    return value(SettingKey::Language).toString();
}

void Settings::setLanguage(const QString& language) {
    set(SettingKey::Language, language);
}

std::optional<net::Scope> Settings::scope() const {
    const QVariant stored = value(SettingKey::Scope);
    return stored.isValid() ? net::parseScope(stored.toString()) : std::nullopt;
}

void Settings::setScope(net::Scope scope) {
    set(SettingKey::Scope, net::toString(scope));
}

void Settings::setScopeInEffect(net::Scope scope, OptionSource source) {
    m_scopeInEffect = scope;
    m_scopeSource = source;
}

QByteArray Settings::windowGeometry() const {
    return value(SettingKey::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    set(SettingKey::WindowGeometry, geometry);
}

bool Settings::firstRunDone() const {
    return value(SettingKey::FirstRunDone).toBool() && !displayName().isEmpty();
}

void Settings::setFirstRunDone(bool done) {
    set(SettingKey::FirstRunDone, done);
}

bool Settings::sync() {
    m_saveTimer.stop();
    if (m_newerFormat) {
        return true; // a newer Twofold's file is left as it is (problem() said so at start)
    }
    // QSettings writes through QSaveFile, which follows a symbolic link to its target: a link planted in
    // the file's place is moved aside (the link itself) before, and the file is made owner-only after.
    const QString path = m_settings.fileName();
    const auto moved = profile::moveSymlinkAside(path, QStringLiteral("io"));
    if (moved && !moved->isEmpty()) {
        log::get(log::Module::AppSettings)->error("settings file was a symbolic link; moved aside, not followed");
    }
    if (moved) {
        m_settings.sync();
        if (QFileInfo::exists(path)) {
            profile::setPermissionsNoFollow(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    if (moved && m_settings.status() == QSettings::NoError) {
        m_failureReported = false;
        return true;
    }
    log::get(log::Module::AppSettings)->error("settings not saved status={}", int(m_settings.status()));
    if (!m_failureReported) {
        m_failureReported = true;
        Q_EMIT saveFailed(tr("Twofold couldn't save your settings in %1 (the folder may be read-only or the disk "
                             "full). Your changes apply until Twofold closes.")
                              .arg(QDir::toNativeSeparators(m_profileDir)));
    }
    return false;
}

void Settings::set(SettingKey key, const QVariant& value) {
    const SettingDefinition& definition = settingDefinition(key);
    const char* why = "";
    auto checked = validSettingValue(key, value, &why);
    if (!checked) {
        log::get(log::Module::AppSettings)
            ->warn("setting {} was given a value that is {}; its default applies", definition.path.data(), why);
        checked = definition.defaultValue;
    }
    auto& current = m_values[static_cast<std::size_t>(key)];
    if (current == *checked) {
        return;
    }
    current = *checked;
    if (!m_newerFormat) {
        if (current.isValid()) {
            m_settings.setValue(definition.path, current);
        } else {
            m_settings.remove(definition.path);
        }
        m_settings.setValue(kFormatVersionKey, kSettingsFormatVersion);
        m_saveTimer.start();
    }
    Q_EMIT changed(key);
}

} // namespace twofold::app
