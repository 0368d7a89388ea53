#include "app/controllers/Settings.h"

#include "app/options/Languages.h"
#include "app/options/SettingsKeys.h"
#include "core/Limits.h"
#include "core/log/Log.h"
#include "core/net/ProfileFiles.h"
#include "core/text/UserText.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace twofold::app {
namespace {
constexpr QLatin1String kName("profile/name");
constexpr QLatin1String kFirstRun("profile/firstRunDone");
constexpr QLatin1String kPause("pause/minutes");
constexpr QLatin1String kSounds("sound/on");
constexpr QLatin1String kVolume("sound/volume");
constexpr QLatin1String kMotion("display/reducedMotion");
constexpr QLatin1String kLanguage("display/language");
} // namespace

Settings::Settings(const QString& profileDir, QObject* parent)
    : QObject(parent), m_profileDir(profileDir),
      m_settings(QDir(profileDir).filePath(settingsFileName()), QSettings::IniFormat) {
    QDir().mkpath(profileDir);
    if (m_settings.status() != QSettings::NoError) {
        m_problem = tr("Twofold couldn't read your settings in %1, so it uses its defaults for now.")
                        .arg(QDir::toNativeSeparators(m_settings.fileName()));
        log::get(log::Module::AppSettings)->error("settings unreadable status={}", int(m_settings.status()));
    }
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Settings::sync);
}

QString Settings::displayName() const {
    return m_settings.value(kName).toString().trimmed();
}

void Settings::setDisplayName(const QString& name) {
    write(kName, text::cleanName(name, limits::kNameGraphemes));
}

int Settings::pauseMinutes() const {
    return std::clamp(m_settings.value(kPause, kDefaultPauseMinutes).toInt(), kMinPauseMinutes, kMaxPauseMinutes);
}

void Settings::setPauseMinutes(int minutes) {
    write(kPause, std::clamp(minutes, kMinPauseMinutes, kMaxPauseMinutes));
}

bool Settings::soundsOn() const {
    return m_settings.value(kSounds, true).toBool();
}

void Settings::setSoundsOn(bool on) {
    write(kSounds, on);
}

int Settings::volume() const {
    return std::clamp(m_settings.value(kVolume, 60).toInt(), 0, 100);
}

void Settings::setVolume(int volume) {
    write(kVolume, std::clamp(volume, 0, 100));
}

bool Settings::reducedMotion() const {
    return m_settings.value(kMotion, false).toBool();
}

void Settings::setReducedMotion(bool reduced) {
    write(kMotion, reduced);
}

QString Settings::language() const {
    const auto language = m_settings.value(kLanguage).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void Settings::setLanguage(const QString& language) {
    write(kLanguage, language);
}

QString Settings::scope() const {
    return m_settings.value(settingsKey::scope()).toString().trimmed().toLower();
}

void Settings::setScopeInEffect(const QString& scope, const QString& source) {
    m_scopeInEffect = scope;
    m_scopeSource = source;
}

void Settings::setScope(const QString& scope) {
    write(settingsKey::scope(),
          scope == QLatin1String("loopback") ? QStringLiteral("loopback") : QStringLiteral("lan"));
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(QStringLiteral("window/geometry"), geometry); // no changed(): nothing else follows it
}

bool Settings::firstRunDone() const {
    return m_settings.value(kFirstRun, false).toBool() && !displayName().isEmpty();
}

void Settings::setFirstRunDone(bool done) {
    write(kFirstRun, done);
}

bool Settings::sync() {
    m_saveTimer.stop();
    // QSettings writes through QSaveFile, which follows a symbolic link to its target: a link planted in
    // the file's place is moved aside (the link itself) before, and the file is made owner-only after.
    const QString path = m_settings.fileName();
    const auto moved = net::moveSymlinkAside(path, QStringLiteral("io"));
    if (moved && !moved->isEmpty()) {
        log::get(log::Module::AppSettings)->error("settings file was a symbolic link; moved aside, not followed");
    }
    if (moved) {
        m_settings.sync();
        if (QFileInfo::exists(path)) {
            net::setPermissionsNoFollow(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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

void Settings::write(QAnyStringView key, const QVariant& value) {
    if (m_settings.value(key) == value) {
        return;
    }
    m_settings.setValue(key, value);
    m_saveTimer.start();
    Q_EMIT changed();
}

} // namespace twofold::app
