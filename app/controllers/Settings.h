#pragma once

#include "app/options/Languages.h"
#include "core/Limits.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QTimer>

namespace twofold::app {

// The user's preferences, kept as an ini file in the profile directory (one per --profile). Changes are
// written kSaveDelayMs after the last one (and on sync()); a file that cannot be read or written is
// reported through problem() / saveFailed(), never silently ignored: the values then apply for this run.
// The file is owner-only (0600) and never written through a symbolic link (a link in its place is moved
// aside first, see net/ProfileFiles.h).
class Settings : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinPauseMinutes = limits::kMinBreakMinutes;
    static constexpr int kMaxPauseMinutes = limits::kMaxBreakMinutes;
    static constexpr int kDefaultPauseMinutes = limits::kDefaultBreakMinutes;
    static constexpr int kSaveDelayMs = 200; // a slider dragged across its range is one write

    explicit Settings(const QString& profileDir, QObject* parent = nullptr);

    QString profileDir() const { return m_profileDir; }

    QString displayName() const;
    void setDisplayName(const QString& name);

    // "I need 10 minutes": the length of a timed pause, 5–30 minutes.
    int pauseMinutes() const;
    void setPauseMinutes(int minutes);

    bool soundsOn() const;
    void setSoundsOn(bool on);
    int volume() const; // 0–100
    void setVolume(int volume);

    bool reducedMotion() const;
    void setReducedMotion(bool reduced);

    // "" follows the system; else a code of supportedLanguages() ("en", "de", "fr", "es"). A stored value that is
    // not (any more) supported reads as "". Takes effect on the next start.
    QString language() const;
    void setLanguage(const QString& language);

    // The stored discovery scope: "loopback", "lan", or empty when never chosen (then lan applies unless a
    // flag or TWOFOLD_NET_SCOPE says otherwise). Takes effect on the next start.
    QString scope() const;
    void setScope(const QString& scope);
    // The scope this run actually uses and where it came from ("flag", "environment", "setting",
    // "default"), as resolved at start; not stored.
    // The window's language for this run and where it came from (shown next to the language setting).
    void setLanguageInEffect(const LanguageChoice& choice) { m_languageInEffect = choice; }
    LanguageChoice languageInEffect() const { return m_languageInEffect; }
    void setScopeInEffect(const QString& scope, const QString& source);
    QString scopeInEffect() const { return m_scopeInEffect; }
    QString scopeSource() const { return m_scopeSource; }

    // The main window's size and place (QWidget::saveGeometry), empty until first saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    // The first-run note was read and the pause agreement accepted.
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    // Writes pending changes now; false (and saveFailed) if the file could not be written.
    bool sync();
    // Why the settings file could not be read at start (a translated sentence for a notice); else empty.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed();
    // The settings could not be written (read-only profile, full disk): a translated sentence for a
    // notice. Emitted once per run of failures; a later successful write re-arms it.
    void saveFailed(const QString& message);

private:
    void write(QAnyStringView key, const QVariant& value);

    QString m_profileDir;
    QSettings m_settings;
    QTimer m_saveTimer;
    QString m_problem;
    bool m_failureReported = false;
    QString m_scopeInEffect = QStringLiteral("lan");
    LanguageChoice m_languageInEffect{QStringLiteral("en"), LanguageSource::Fallback};
    QString m_scopeSource = QStringLiteral("default");
};

} // namespace twofold::app
