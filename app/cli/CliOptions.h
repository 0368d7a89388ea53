#pragma once

#include "core/Result.h"
#include "core/net/Scope.h"

#include <QStringList>
#include <optional>

namespace twofold::cli {

// The parsed command line of twofold-cli.
struct CliOptions {
    QString profile;
    QString name;
    net::Scope scope = net::Scope::Lan;
    std::optional<quint16> port;
    std::optional<quint16> discoveryPort;
    QString command; // id | discover | host | join | trusted | forget
    QString target;  // join: device id or host:port; forget: device id
    double timeoutSeconds = 3.0;
    bool yes = false;
};

QString usage();
Result<CliOptions> parseCliOptions(const QStringList& arguments);

} // namespace twofold::cli
