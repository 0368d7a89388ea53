#include "app/cli/CliOptions.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace twofold::cli {
namespace {

Error usageError(const QString& what) {
    return Error{QStringLiteral("usage"), what};
}

std::optional<quint16> parsePort(const QString& text) {
    bool ok = false;
    const auto value = text.toUInt(&ok);
    if (!ok || value > 65535) {
        return std::nullopt;
    }
    return static_cast<quint16>(value);
}

} // namespace

QString usage() {
    return QStringLiteral(
        "Usage: twofold-cli [options] COMMAND [args]\n"
        "\n"
        "A headless Twofold peer: pairs with a partner and runs the shared session over JSON lines.\n"
        "\n"
        "Options:\n"
        "  --profile DIR         where the identity and remembered partners live (default: the app data dir)\n"
        "  --name NAME           the name shown to the partner (default: the host name)\n"
        "  --scope loopback|lan  discovery scope (default: TWOFOLD_NET_SCOPE, else lan)\n"
        "  --port N              preferred TCP port to listen on (default 47914, any free one if taken)\n"
        "  --discovery-port N    UDP discovery port (default: TWOFOLD_DISCOVERY_PORT, else 47913)\n"
        "  -h, --help            this help\n"
        "\n"
        "Commands:\n"
        "  id                    print this device's id, name and certificate digest as JSON\n"
        "  discover [--timeout S]  print one JSON object per partner found within S seconds (default 3)\n"
        "  host [--yes]          wait to be invited (or for a remembered partner), then run the session\n"
        "  join TARGET [--yes]   invite TARGET (a device id, or host:port), then run the session\n"
        "  trusted               print the remembered partners as JSON lines\n"
        "  forget ID             forget a remembered partner\n"
        "  coach [--language L]  check drafts from stdin with the coach, one JSON line each (coach --help)\n"
        "\n"
        "Pairing prints {\"kind\":\"code\",\"code\":\"123456\"} and asks on stdin (answer yes or no) unless --yes.\n"
        "In a session, stdin takes one JSON intent per line, e.g.\n"
        "  {\"type\":\"start\",\"flow\":\"conversation\"}             (the inviter starts a session)\n"
        "  {\"type\":\"flow-action\",\"action\":\"ready\"}\n"
        "  {\"type\":\"flow-action\",\"action\":\"share\",\"fields\":{\"feel\":\"tired\"}}\n"
        "  {\"type\":\"signal\",\"signal\":\"slow-down\"}\n"
        "  {\"type\":\"pause-requested\",\"kind\":\"break\",\"seconds\":600}\n"
        "  {\"type\":\"quit\"}\n"
        "and stdout prints every applied event ({\"kind\":\"event\",...}), every refusal "
        "({\"kind\":\"rejected\",...})\n"
        "and link changes ({\"kind\":\"link\",\"up\":false}) as JSON lines. At the end of stdin it finishes pairing\n"
        "and every intent typed, then quits; {\"type\":\"quit\"} quits at once.\n");
}

Result<CliOptions> parseCliOptions(const QStringList& arguments) {
    CliOptions options;
    std::optional<QString> scopeFlag;
    QStringList positional;
    for (int i = 1; i < arguments.size(); ++i) {
        const auto& arg = arguments[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                return std::nullopt;
            }
            return arguments[++i];
        };
        if (arg == QLatin1String("--profile") || arg == QLatin1String("--name") || arg == QLatin1String("--scope") ||
            arg == QLatin1String("--port") || arg == QLatin1String("--discovery-port") ||
            arg == QLatin1String("--timeout")) {
            const auto v = value();
            if (!v) {
                return usageError(arg + QStringLiteral(" needs a value"));
            }
            if (arg == QLatin1String("--profile")) {
                options.profile = *v;
            } else if (arg == QLatin1String("--name")) {
                options.name = *v;
            } else if (arg == QLatin1String("--scope")) {
                scopeFlag = *v;
            } else if (arg == QLatin1String("--timeout")) {
                bool ok = false;
                options.timeoutSeconds = v->toDouble(&ok);
                if (!ok || options.timeoutSeconds <= 0 || options.timeoutSeconds > 3600) {
                    return usageError(QStringLiteral("--timeout takes seconds (0 < S <= 3600)"));
                }
            } else {
                const auto port = parsePort(*v);
                if (!port) {
                    return usageError(arg + QStringLiteral(" takes a port number"));
                }
                (arg == QLatin1String("--port") ? options.port : options.discoveryPort) = port;
            }
        } else if (arg == QLatin1String("--yes") || arg == QLatin1String("-y")) {
            options.yes = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            options.command = QStringLiteral("help");
            return options;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usageError(QStringLiteral("unknown option ") + arg);
        } else {
            positional.append(arg);
        }
    }
    if (positional.isEmpty()) {
        return usageError(QStringLiteral("a command is needed"));
    }
    options.command = positional.takeFirst();
    static const QStringList commands{QStringLiteral("id"),   QStringLiteral("discover"), QStringLiteral("host"),
                                      QStringLiteral("join"), QStringLiteral("trusted"),  QStringLiteral("forget")};
    if (!commands.contains(options.command)) {
        return usageError(QStringLiteral("unknown command ") + options.command);
    }
    const bool needsTarget = options.command == QLatin1String("join") || options.command == QLatin1String("forget");
    if (needsTarget != (positional.size() == 1) || positional.size() > 1) {
        return usageError(needsTarget ? options.command + QStringLiteral(" needs one target")
                                      : QStringLiteral("unexpected argument ") + positional.value(0));
    }
    options.target = positional.value(0);
    auto scope = net::resolveScope(scopeFlag);
    if (!scope) {
        return usageError(scope.error().message);
    }
    options.scope = *scope;
    if (options.profile.isEmpty()) {
        options.profile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    if (options.name.isEmpty()) {
        options.name = QSysInfo::machineHostName().left(64);
    }
    return options;
}

} // namespace twofold::cli
