#include "app/controllers/Settings.h"

#include "app/options/Languages.h"
#include "app/options/SettingsKeys.h"

#include <QDir>
#include <algorithm>

namespace twofold::app {
namespace {
const QString kName = QStringLiteral("profile/name");
const QString kFirstRun = QStringLiteral("profile/firstRunDone");
const QString kPause = QStringLiteral("pause/minutes");
const QString kSounds = QStringLiteral("sound/on");
const QString kVolume = QStringLiteral("sound/volume");
const QString kMotion = QStringLiteral("display/reducedMotion");
const QString kLanguage = QStringLiteral("display/language");
const QString kScope = settingsKey::scope();
} // namespace

Settings::Settings(const QString& profileDir, QObject* parent)
    : QObject(parent), m_profileDir(profileDir),
      m_settings(QDir(profileDir).filePath(settingsFileName()), QSettings::IniFormat) {
    QDir().mkpath(profileDir);
}

QString Settings::displayName() const {
    return m_settings.value(kName).toString().trimmed();
}

void Settings::setDisplayName(const QString& name) {
    write(kName, name.trimmed().left(40));
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
    return m_settings.value(kScope).toString().trimmed().toLower();
}

void Settings::setScopeInEffect(const QString& scope, const QString& source) {
    m_scopeInEffect = scope;
    m_scopeSource = source;
}

void Settings::setScope(const QString& scope) {
    write(kScope, scope == QLatin1String("loopback") ? QStringLiteral("loopback") : QStringLiteral("lan"));
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

void Settings::sync() {
    m_settings.sync();
}

void Settings::write(const QString& key, const QVariant& value) {
    if (m_settings.value(key) == value) {
        return;
    }
    m_settings.setValue(key, value);
    Q_EMIT changed();
}

} // namespace twofold::app
