#include "app/pages/SettingsDialog.h"

#include "app/controllers/Settings.h"
#include "app/options/Languages.h"
#include "app/options/SettingsKeys.h"
#include "app/widgets/GraphemeLimit.h"
#include "app/widgets/WrapButton.h"
#include "core/Limits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>

namespace twofold::app {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_name(new QLineEdit(this)), m_pause(new QSpinBox(this)),
      m_sounds(new WrapCheckBox(tr("Play soft chimes"), this)), m_volume(new QSlider(Qt::Horizontal, this)),
      m_motion(new WrapCheckBox(tr("Reduce motion (no fading, a still breathing guide)"), this)),
      m_language(new QComboBox(this)), m_scope(new QComboBox(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name->setText(settings.displayName());
    limitGraphemes(m_name, limits::kNameGraphemes);
    m_name->setAccessibleName(tr("Your name"));
    const SettingDefinition& pause = settingDefinition(SettingKey::PauseMinutes);
    m_pause->setRange(pause.minimum, pause.maximum);
    m_pause->setValue(settings.pauseMinutes());
    m_pause->setSuffix(tr(" minutes"));
    m_pause->setAccessibleName(tr("Length of “I need … minutes”"));
    m_sounds->setChecked(settings.soundsOn());
    m_sounds->setAccessibleName(m_sounds->text());
    const SettingDefinition& volume = settingDefinition(SettingKey::Volume);
    m_volume->setRange(volume.minimum, volume.maximum);
    m_volume->setValue(settings.volume());
    m_volume->setAccessibleName(tr("Chime volume"));
    m_volume->setEnabled(settings.soundsOn());
    connect(m_sounds, &QCheckBox::toggled, m_volume, &QWidget::setEnabled);
    m_motion->setChecked(settings.reducedMotion());
    m_motion->setAccessibleName(m_motion->text());
    m_language->addItem(tr("Follow the system"), QString());
    for (const Language& language : kLanguages) { // each in its own name, so anyone finds theirs
        m_language->addItem(QString::fromUtf8(language.nativeName), QString::fromLatin1(language.code));
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setAccessibleName(tr("Language"));
    m_scope->addItem(tr("This network (LAN)"), int(net::Scope::Lan));
    m_scope->addItem(tr("This computer only"), int(net::Scope::Loopback));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(settings.scope().value_or(settings.scopeInEffect())))));
    m_scope->setAccessibleName(tr("Where to look for your partner"));
    m_initialScope = m_scope->currentIndex();

    form->addRow(tr("Your name"), m_name);
    form->addRow(tr("“I need … minutes” lasts"), m_pause);
    form->addRow(QString(), m_sounds);
    form->addRow(tr("Volume"), m_volume);
    form->addRow(QString(), m_motion);
    form->addRow(tr("Language"), m_language);
    auto* restart = new QLabel(languageInEffectText(settings), this);
    restart->setTextFormat(Qt::PlainText);
    restart->setAccessibleName(restart->text());
    restart->setObjectName(QStringLiteral("muted"));
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    form->addRow(tr("Find partners on"), m_scope);
    auto* inEffect = new QLabel(scopeInEffectText(settings), this);
    inEffect->setObjectName(QStringLiteral("muted"));
    inEffect->setWordWrap(true);
    inEffect->setTextFormat(Qt::PlainText);
    inEffect->setAccessibleName(inEffect->text());
    form->addRow(QString(), inEffect);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::languageInEffectText(const Settings& settings) {
    const auto choice = settings.languageInEffect();
    QString name = choice.code;
    for (const Language& language : kLanguages) {
        if (choice.code == QLatin1String(language.code)) {
            name = QString::fromUtf8(language.nativeName);
        }
    }
    const QString now = tr("Now: %1.").arg(name);
    const QString later = tr("A new language takes effect the next time Twofold starts.");
    switch (choice.source) {
    case LanguageSource::Flag:
        return now + QLatin1Char(' ') + tr("Set for this run when Twofold was started (--language).") +
               QLatin1Char(' ') + later;
    case LanguageSource::Setting:
        return now + QLatin1Char(' ') + tr("Chosen here.") + QLatin1Char(' ') + later;
    case LanguageSource::System:
        return now + QLatin1Char(' ') + tr("The system's language.") + QLatin1Char(' ') + later;
    case LanguageSource::Fallback:
        return now + QLatin1Char(' ') + tr("Twofold doesn't speak the system's language yet, so it uses English.") +
               QLatin1Char(' ') + later;
    }
    return now + QLatin1Char(' ') + later;
}

QString SettingsDialog::scopeInEffectText(const Settings& settings) {
    const bool loopback = settings.scopeInEffect() == net::Scope::Loopback;
    const QString meaning = loopback ? tr("Now: this computer only. Twofold looks for a partner only in other "
                                          "Twofold windows on this computer; nothing goes out on the network.")
                                     : tr("Now: this network. Twofold looks for your partner on the local network "
                                          "you're both on, and nowhere else.");
    switch (settings.scopeSource()) {
    case OptionSource::Flag:
        return meaning + QLatin1Char(' ') + tr("Set for this run when Twofold was started (--scope or the demo).");
    case OptionSource::Environment:
        return meaning + QLatin1Char(' ') + tr("Set for this run by TWOFOLD_NET_SCOPE.");
    case OptionSource::Setting:
    case OptionSource::Default:
        break;
    }
    return meaning + QLatin1Char(' ') + tr("A change here takes effect the next time Twofold starts.");
}

void SettingsDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > minimumHeight() || needed < minimumHeight() - 1) {
        setMinimumHeight(needed);
    }
}

void SettingsDialog::apply() {
    if (!m_name->text().trimmed().isEmpty()) {
        m_settings.setDisplayName(m_name->text());
    }
    m_settings.setPauseMinutes(m_pause->value());
    m_settings.setSoundsOn(m_sounds->isChecked());
    m_settings.setVolume(m_volume->value());
    m_settings.setReducedMotion(m_motion->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    if (m_scope->currentIndex() != m_initialScope) { // stored only when chosen here
        m_settings.setScope(static_cast<net::Scope>(m_scope->currentData().toInt()));
    }
    m_settings.sync();
}

} // namespace twofold::app
