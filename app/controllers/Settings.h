#pragma once

#include "app/options/AppOptions.h"
#include "app/options/Languages.h"
#include "app/options/SettingsKeys.h"
#include "core/net/Scope.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QTimer>
#include <array>
#include <optional>

namespace twofold::app {

// The user's preferences, kept as an ini file in the profile directory (one per --profile). Every key, its type,
// default and range is in one table (app/options/SettingsKeys.h): a value read from the file is checked there and
// one of the wrong type, out of range or of an unknown name is logged and reads as its default; the file is read
// once, at construction. changed(key) follows every change of a value, and only a change. Changes are written
// kSaveDelayMs after the last one (and on sync()), with the format version; a file of a newer format version is
// read as far as understood and never written (problem() says so), so a newer Twofold's settings stay whole.
// A file that cannot be read or written is reported through problem() / saveFailed(), never silently ignored:
// the values then apply for this run. The file is owner-only (0600) and never written through a symbolic link
// (a link in its place is moved aside first, see net/ProfileFiles.h).
class Settings : public QObject {
    Q_OBJECT
public:
    static constexpr int kSaveDelayMs = 200; // a slider dragged across its range is one write

    explicit Settings(const QString& profileDir, QObject* parent = nullptr);

    QString profileDir() const { return m_profileDir; }

    QString displayName() const;
    void setDisplayName(const QString& name);

    // "I need 10 minutes": the length of a timed pause, within SettingKey::PauseMinutes' range (a value outside is
    // clamped to it).
    int pauseMinutes() const;
    void setPauseMinutes(int minutes);

    bool soundsOn() const;
    void setSoundsOn(bool on);
    int volume() const; // within SettingKey::Volume's range, 0–100 (clamped to it)
    void setVolume(int volume);

    bool reducedMotion() const;
    void setReducedMotion(bool reduced);

    // "" follows the system; else a code of supportedLanguages() ("en", "de", "fr", "es"). A value that is not
    // (any more) supported reads, and is kept, as "". Takes effect on the next start.
    QString language() const;
    void setLanguage(const QString& language);

    // The stored discovery scope, nullopt when never chosen (then lan applies unless a flag or TWOFOLD_NET_SCOPE
    // says otherwise). Takes effect on the next start.
    std::optional<net::Scope> scope() const;
    void setScope(net::Scope scope);
    // The scope this run actually uses and where it came from, as resolved at start; not stored.
    void setScopeInEffect(net::Scope scope, OptionSource source);
    net::Scope scopeInEffect() const { return m_scopeInEffect; }
    OptionSource scopeSource() const { return m_scopeSource; }
    // The window's language for this run and where it came from (shown next to the language setting).
    void setLanguageInEffect(const LanguageChoice& choice) { m_languageInEffect = choice; }
    LanguageChoice languageInEffect() const { return m_languageInEffect; }

    // The main window's size and place (QWidget::saveGeometry), empty until first saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    // The first-run note was read and the pause agreement accepted.
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    // Writes pending changes now; false (and saveFailed) if the file could not be written. True without writing
    // when the file is of a newer format (it is left as it is).
    bool sync();
    // Why the settings file could not be read at start, or that it is of a newer Twofold and kept as it is (a
    // translated sentence for a notice); else empty.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed(twofold::app::SettingKey key);
    // The settings could not be written (read-only profile, full disk): a translated sentence for a
    // notice. Emitted once per run of failures; a later successful write re-arms it.
    void saveFailed(const QString& message);

private:
    QVariant value(SettingKey key) const { return m_values[static_cast<std::size_t>(key)]; }
    // Stores `value` checked by the key table (one not valid is logged and its default stored instead).
    void set(SettingKey key, const QVariant& value);

    QString m_profileDir;
    QSettings m_settings;
    std::array<QVariant, kSettingKeyCount> m_values; // every key, checked: what this run uses
    bool m_newerFormat = false;                      // the file is of a newer format version: never written
    QTimer m_saveTimer;
    QString m_problem;
    bool m_failureReported = false;
    net::Scope m_scopeInEffect = net::Scope::Lan;
    OptionSource m_scopeSource = OptionSource::Default;
    LanguageChoice m_languageInEffect{QStringLiteral("en"), LanguageSource::Fallback};
};

} // namespace twofold::app
