#pragma once

#include "app/options/AppOptions.h"
#include "core/Result.h"
#include "core/net/Scope.h"

#include <QStringList>
#include <optional>

namespace twofold::cli {

// The parsed command line of twofold-cli: the options it shares with the app (app::AppOptions) plus its
// command and the command's own options.
struct CliOptions {
    QString profile;
    QString name;
    net::Scope scope = net::Scope::Lan;
    std::optional<quint16> port;
    std::optional<quint16> discoveryPort;
    QString language;
    QString command; // id | discover | host | join | trusted | forget | help | version
    QString target;  // join: device id or host:port; forget: device id
    double timeoutSeconds = 3.0;
    bool yes = false;
};

// The whole --help text.
QString usage();
// Parses argv (arguments[0] is the program). Errors have code "usage" (exit status 2).
// `environment` supplies TWOFOLD_NET_SCOPE and TWOFOLD_DISCOVERY_PORT.
Result<CliOptions> parseCliOptions(const QStringList& arguments, const QProcessEnvironment& environment);

} // namespace twofold::cli
