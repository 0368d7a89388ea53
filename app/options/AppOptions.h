#pragma once

#include "core/Result.h"
#include "core/net/Scope.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace twofold::app {

// The environment variables the programs read (only here, at the edge: core/ reads none).
inline constexpr const char* kScopeVariable = "TWOFOLD_NET_SCOPE";              // loopback | lan
inline constexpr const char* kDiscoveryPortVariable = "TWOFOLD_DISCOVERY_PORT"; // 1–65535

// Where a resolved value came from, shown in Settings ("in effect") and logged at start.
enum class OptionSource { Flag, Environment, Setting, Default };
QString toString(OptionSource source);

// What `twofold` and `twofold-cli` share, resolved once at start: flag, then environment, then the
// profile's setting, then the default.
struct AppOptions {
    QString profile;                    // absolute path; settings, identity, partners, drafts, log
    QString name;                       // --name; empty when not given
    net::Scope scope = net::Scope::Lan; // where to look for partners
    OptionSource scopeSource = OptionSource::Default;
    std::optional<quint16> port;          // --port: preferred TCP port (else 47914, any free one if taken)
    std::optional<quint16> discoveryPort; // --discovery-port, else TWOFOLD_DISCOVERY_PORT (else 47913)
    QString language;                     // --language: "en", "de", ...; empty = the setting, else the system
};

// The shared options on a QCommandLineParser. Each program adds its own options next to them.
class SharedOptions {
public:
    SharedOptions();

    void addTo(QCommandLineParser& parser) const;

    // Resolves the shared values after parser.parse(). Errors (code "usage", for exit status 2): an
    // unknown scope in any source (never a fallback to lan), a port outside 1–65535, an empty profile.
    // `environment` is passed in (QProcessEnvironment::systemEnvironment() in the programs).
    Result<AppOptions> resolve(const QCommandLineParser& parser, const QProcessEnvironment& environment) const;

    // The profile both programs use unless --profile says otherwise: $XDG_DATA_HOME/twofold
    // (~/.local/share/twofold), so `twofold-cli trusted` lists the app's partners.
    static QString defaultProfile();

    // Scope from flag, then environment, then setting (each case-insensitive, surrounding spaces
    // ignored), else lan. Error "usage" naming the source of an unknown value.
    static Result<std::pair<net::Scope, OptionSource>> resolveScope(const std::optional<QString>& flag,
                                                                    const std::optional<QString>& environment,
                                                                    const std::optional<QString>& setting);

    // The scope stored in a profile's settings file (twofold.ini, SettingKey::Scope), as written: nullopt if
    // unset or empty. Not checked here: resolveScope() turns an unknown value into an error naming it.
    static std::optional<QString> storedScope(const QString& profile);

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_name;
    QCommandLineOption m_scope;
    QCommandLineOption m_port;
    QCommandLineOption m_discoveryPort;
    QCommandLineOption m_language;
};

} // namespace twofold::app
