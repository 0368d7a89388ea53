#include "app/cli/CliOptions.h"

#include "core/Limits.h"
#include "core/text/UserText.h"

#include <QCommandLineParser>
#include <QSysInfo>

namespace twofold::cli {
namespace {

Error usageError(const QString& what) {
    return Error{QStringLiteral("usage"), what};
}

QString description() {
    return QStringLiteral(
        "A headless Twofold peer: pairs with a partner and runs the shared session over JSON lines.\n"
        "\n"
        "Commands:\n"
        "  id                      print this device's id, name and certificate digest as JSON\n"
        "  discover [--timeout S]  print one JSON object per partner found within S seconds (default 3)\n"
        "  host [--yes]            wait to be invited (or for a remembered partner), then run the session\n"
        "  join TARGET [--yes]     invite TARGET (a device id, or host:port), then run the session\n"
        "  trusted                 print the remembered partners as JSON lines\n"
        "  forget ID               forget a remembered partner\n"
        "  coach                   check drafts from stdin with the coach, one JSON line each (coach --help)\n"
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
        "and every intent typed, then quits; {\"type\":\"quit\"} quits at once.\n"
        "\n"
        "Exit status: 0 done, 1 the command failed (see the JSON error line), 2 a usage error.");
}

struct Parser {
    Parser()
        : timeout(QStringLiteral("timeout"),
                  QStringLiteral("discover: how long to listen, in seconds (0 < S <= 3600)."), QStringLiteral("S")),
          yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
              QStringLiteral("Accept invitations and matching codes without asking.")) {
        parser.setApplicationDescription(description());
        parser.addHelpOption();
        parser.addVersionOption();
        shared.addTo(parser);
        parser.addOptions({timeout, yes});
        parser.addPositionalArgument(QStringLiteral("command"),
                                     QStringLiteral("id, discover, host, join, trusted, forget or coach."));
        parser.addPositionalArgument(QStringLiteral("target"),
                                     QStringLiteral("join: a device id or host:port; forget: a device id."),
                                     QStringLiteral("[target]"));
    }
    QCommandLineParser parser;
    app::SharedOptions shared;
    QCommandLineOption timeout;
    QCommandLineOption yes;
};

} // namespace

QString usage() {
    // QCommandLineParser names the program by the path it was started with; the usage line names it plainly.
    QString text = Parser().parser.helpText();
    const auto firstSpace = text.indexOf(QLatin1Char(' '), text.indexOf(QLatin1String("Usage: ")) + 7);
    return QStringLiteral("Usage: twofold-cli") + text.mid(firstSpace);
}

Result<CliOptions> parseCliOptions(const QStringList& arguments, const QProcessEnvironment& environment) {
    Parser p;
    if (!p.parser.parse(arguments)) {
        return usageError(p.parser.errorText());
    }
    CliOptions options;
    if (p.parser.isSet(QStringLiteral("help"))) {
        options.command = QStringLiteral("help");
        return options;
    }
    if (p.parser.isSet(QStringLiteral("version"))) {
        options.command = QStringLiteral("version");
        return options;
    }
    QStringList positional = p.parser.positionalArguments();
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
    if (p.parser.isSet(p.timeout)) {
        bool ok = false;
        options.timeoutSeconds = p.parser.value(p.timeout).toDouble(&ok);
        if (!ok || options.timeoutSeconds <= 0 || options.timeoutSeconds > 3600) {
            return usageError(QStringLiteral("--timeout takes seconds (0 < S <= 3600)"));
        }
    }
    options.yes = p.parser.isSet(p.yes);
    auto shared = p.shared.resolve(p.parser, environment);
    if (!shared) {
        return shared.error();
    }
    options.profile = shared->profile;
    options.name = shared->name.isEmpty() ? text::truncateGraphemes(QSysInfo::machineHostName(), limits::kNameGraphemes)
                                          : shared->name;
    options.scope = shared->scope;
    options.port = shared->port;
    options.discoveryPort = shared->discoveryPort;
    options.language = shared->language;
    return options;
}

} // namespace twofold::cli
