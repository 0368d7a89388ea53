#include "app/options/AppOptions.h"

#include "app/options/Languages.h"
#include "app/options/SettingsKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace twofold::app {
namespace {

Error usage(const QString& message) {
    return Error{QStringLiteral("usage"), message};
}

Result<std::optional<quint16>> parsePort(const QString& text, const QString& what) {
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok);
    if (!ok || value == 0 || value > 65535) {
        return usage(QStringLiteral("%1 takes a port number from 1 to 65535 (got \"%2\")").arg(what, text));
    }
    return std::optional<quint16>(static_cast<quint16>(value));
}

} // namespace

QString toString(OptionSource source) {
    switch (source) {
    case OptionSource::Flag:
        return QStringLiteral("flag");
    case OptionSource::Environment:
        return QStringLiteral("environment");
    case OptionSource::Setting:
        return QStringLiteral("setting");
    case OptionSource::Default:
        return QStringLiteral("default");
    }
    return {};
}

SharedOptions::SharedOptions()
    : m_profile(QStringLiteral("profile"),
                QStringLiteral("Keep settings, identity, partners and drafts in DIR (default: %1).")
                    .arg(QDir::toNativeSeparators(defaultProfile())),
                QStringLiteral("DIR")),
      m_name(QStringLiteral("name"), QStringLiteral("The name your partner sees."), QStringLiteral("NAME")),
      m_scope(QStringLiteral("scope"),
              QStringLiteral("Where to look for a partner: loopback (this computer only) or lan (the local "
                             "network). Default: $TWOFOLD_NET_SCOPE, else the setting, else lan."),
              QStringLiteral("SCOPE")),
      m_port(QStringLiteral("port"),
             QStringLiteral("Preferred TCP port for partners to connect to (default 47914; any free port if "
                            "taken)."),
             QStringLiteral("N")),
      m_discoveryPort(QStringLiteral("discovery-port"),
                      QStringLiteral("UDP port for finding partners (default: $TWOFOLD_DISCOVERY_PORT, else 47913)."),
                      QStringLiteral("N")),
      m_language(QStringLiteral("language"),
                 QStringLiteral("Language of the window and the coach: %1 (default: the setting, else the "
                                "system's).")
                     .arg(supportedLanguages().join(QStringLiteral(", "))),
                 QStringLiteral("LANG")) {}

void SharedOptions::addTo(QCommandLineParser& parser) const {
    parser.addOptions({m_profile, m_name, m_scope, m_port, m_discoveryPort, m_language});
}

QString SharedOptions::defaultProfile() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("twofold"));
}

std::optional<QString> SharedOptions::storedScope(const QString& profile) {
    const QString file = QDir(profile).filePath(settingsFileName());
    if (!QFileInfo::exists(file)) {
        return std::nullopt;
    }
    const QSettings settings(file, QSettings::IniFormat);
    const auto value = settings.value(settingDefinition(SettingKey::Scope).path);
    if (value.typeId() == QMetaType::QStringList) { // "loopback, lan": not one name, so an error, never lan
        return value.toStringList().join(QStringLiteral(", "));
    }
    if (!value.isValid() || value.toString().isEmpty()) {
        return std::nullopt;
    }
    return value.toString();
}

Result<std::pair<net::Scope, OptionSource>> SharedOptions::resolveScope(const std::optional<QString>& flag,
                                                                        const std::optional<QString>& environment,
                                                                        const std::optional<QString>& setting) {
    const std::array<std::tuple<const std::optional<QString>*, OptionSource, QString>, 3> sources{{
        {&flag, OptionSource::Flag, QStringLiteral("--scope")},
        {&environment, OptionSource::Environment, QString::fromLatin1(kScopeVariable)},
        {&setting, OptionSource::Setting,
         QStringLiteral("the setting %1").arg(settingDefinition(SettingKey::Scope).path)},
    }};
    for (const auto& [value, source, name] : sources) {
        if (!value->has_value()) {
            continue;
        }
        if (const auto scope = net::parseScope(**value)) {
            return std::pair{*scope, source};
        }
        return usage(QStringLiteral("%1 must be loopback or lan (got \"%2\")").arg(name, **value));
    }
    return std::pair{net::Scope::Lan, OptionSource::Default};
}

Result<AppOptions> SharedOptions::resolve(const QCommandLineParser& parser,
                                          const QProcessEnvironment& environment) const {
    AppOptions options;
    if (parser.isSet(m_profile)) {
        if (parser.value(m_profile).trimmed().isEmpty()) {
            return usage(QStringLiteral("--profile needs a folder"));
        }
        options.profile = QDir(parser.value(m_profile)).absolutePath();
    } else {
        options.profile = defaultProfile();
    }
    options.name = parser.value(m_name).trimmed();

    const auto flag = parser.isSet(m_scope) ? std::optional(parser.value(m_scope)) : std::nullopt;
    const auto fromEnvironment = environment.contains(QString::fromLatin1(kScopeVariable))
                                     ? std::optional(environment.value(QString::fromLatin1(kScopeVariable)))
                                     : std::nullopt;
    auto scope = resolveScope(flag, fromEnvironment, storedScope(options.profile));
    if (!scope) {
        return scope.error();
    }
    options.scope = scope->first;
    options.scopeSource = scope->second;

    if (parser.isSet(m_port)) {
        auto port = parsePort(parser.value(m_port), QStringLiteral("--port"));
        if (!port) {
            return port.error();
        }
        options.port = *port;
    }
    if (parser.isSet(m_discoveryPort)) {
        auto port = parsePort(parser.value(m_discoveryPort), QStringLiteral("--discovery-port"));
        if (!port) {
            return port.error();
        }
        options.discoveryPort = *port;
    } else if (const auto value = environment.value(QString::fromLatin1(kDiscoveryPortVariable)); !value.isEmpty()) {
        auto port = parsePort(value, QString::fromLatin1(kDiscoveryPortVariable));
        if (!port) {
            return port.error();
        }
        options.discoveryPort = *port;
    }
    options.language = parser.value(m_language).trimmed().toLower();
    return options;
}

} // namespace twofold::app
