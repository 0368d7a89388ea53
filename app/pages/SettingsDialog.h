#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace twofold::app {

class Settings;

// Name, pause length, sounds, reduced motion, language and discovery scope. Opened with open().
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    void apply();
    // One line on the scope this run actually uses, what it means, and where it was set.
    static QString scopeInEffectText(const Settings& settings);
    // The language the window speaks now and where that came from (--language, this setting, the system).
    static QString languageInEffectText(const Settings& settings);

protected:
    // A window does not take the height its wrapped lines need by itself: at a large font the notes
    // under "Language" and "Find partners on" would lose their last lines.
    void resizeEvent(QResizeEvent* event) override;

private:
    Settings& m_settings;
    QLineEdit* m_name;
    QSpinBox* m_pause;
    QCheckBox* m_sounds;
    QSlider* m_volume;
    QCheckBox* m_motion;
    QComboBox* m_language;
    QComboBox* m_scope;
    int m_initialScope = 0;
};

} // namespace twofold::app
