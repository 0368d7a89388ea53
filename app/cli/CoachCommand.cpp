#include "app/cli/CoachCommand.h"

#include "core/coach/Coach.h"
#include "core/coach/RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <string>

namespace twofold::cli {
namespace {

// The number of code points in text[0, utf16Position): a surrogate pair is one code point.
int codePoints(const QString& text, int utf16Position) {
    int count = 0;
    for (int i = 0; i < utf16Position && i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())) {
            ++count;
        }
    }
    return count;
}

QJsonObject toJson(const QString& text, const coach::Finding& finding) {
    const int start = codePoints(text, finding.start);
    const int end = codePoints(text, finding.start + finding.length);
    return QJsonObject{
        {QStringLiteral("category"), finding.category},
        {QStringLiteral("severity"),
         finding.severity == coach::Severity::Hint ? QStringLiteral("hint") : QStringLiteral("blame")},
        {QStringLiteral("start"), start},
        {QStringLiteral("length"), end - start},
        {QStringLiteral("text"), text.mid(finding.start, finding.length)},
        {QStringLiteral("suggestion"), finding.suggestion},
        {QStringLiteral("alternatives"), QJsonArray::fromStringList(finding.alternatives)},
    };
}

// One line of `in` without its line break, as UTF-8 bytes; false at the end of input.
bool readLine(std::FILE* in, std::string& line) {
    line.clear();
    int c = 0;
    while ((c = std::fgetc(in)) != EOF) {
        if (c == '\n') {
            return true;
        }
        line.push_back(static_cast<char>(c));
    }
    return !line.empty();
}

Result<coach::RuleSet> readRules(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("coach.missing"), QStringLiteral("cannot read %1").arg(path)};
    }
    return coach::RuleSet::fromJson(file.read(coach::RuleSet::maxFileSize + 1));
}

} // namespace

namespace {

// The index of the command word: the first argument that is neither a global option nor its value
// (twofold-cli --scope loopback coach …); -1 if there is none.
qsizetype commandIndex(const QStringList& arguments) {
    static const QStringList withValue{QStringLiteral("--profile"),        QStringLiteral("--name"),
                                       QStringLiteral("--scope"),          QStringLiteral("--port"),
                                       QStringLiteral("--discovery-port"), QStringLiteral("--language")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (withValue.contains(arguments[i])) {
            ++i;
        } else if (!arguments[i].startsWith(QLatin1Char('-'))) {
            return i;
        }
    }
    return -1;
}

} // namespace

bool isCoachCommand(const QStringList& arguments) {
    const qsizetype at = commandIndex(arguments);
    return at > 0 && arguments[at] == QLatin1String("coach");
}

QString coachUsage() {
    return QStringLiteral(
        "Usage: twofold-cli coach [--language L] [--rules FILE]\n"
        "\n"
        "Reads drafts from stdin, one per line, and prints one JSON object per line with what the coach finds:\n"
        "  "
        "{\"findings\":[{\"category\":\"...\",\"severity\":\"blame|hint\",\"start\":N,\"length\":N,\"text\":\"...\",\n"
        "                \"suggestion\":\"...\",\"alternatives\":[...]}]}\n"
        "start and length count Unicode code points. The coach only suggests; it never blocks.\n"
        "\n"
        "  --language L   the rule file to use: en, de, fr, es (default: the system language; others use en)\n"
        "  --rules FILE   a rule file to try instead (resources/coach/README.md), for rule authors\n");
}

int runCoachCommand(const QStringList& arguments, std::FILE* in, std::FILE* out, std::FILE* err) {
    QString language = QLocale::system().name();
    const qsizetype command = commandIndex(arguments);
    if (const qsizetype global = arguments.indexOf(QStringLiteral("--language")); global >= 0 && global < command) {
        language = arguments.value(global + 1, language); // the global option: twofold-cli --language de coach
    }
    QString rulesFile;
    for (qsizetype i = command + 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--help") || arguments[i] == QLatin1String("-h")) {
            std::fputs(qPrintable(coachUsage()), out);
            return 0;
        }
        if (arguments[i] == QLatin1String("--language") && i + 1 < arguments.size()) {
            language = arguments[++i];
            continue;
        }
        if (arguments[i] == QLatin1String("--rules") && i + 1 < arguments.size()) {
            rulesFile = arguments[++i];
            continue;
        }
        std::fprintf(err, "twofold-cli coach: unexpected argument “%s”\n\n%s", qPrintable(arguments[i]),
                     qPrintable(coachUsage()));
        return 2;
    }
    auto rules = rulesFile.isEmpty() ? coach::RuleSet::forLanguage(language) : readRules(rulesFile);
    if (!rules) {
        std::fprintf(err, "twofold-cli coach: %s\n", qPrintable(rules.error().message));
        return 2;
    }
    const coach::Coach coach(std::move(rules).value());
    std::string line;
    while (readLine(in, line)) {
        QString text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
        if (text.endsWith(QLatin1Char('\r'))) {
            text.chop(1);
        }
        QJsonArray findings;
        for (const auto& finding : coach.check(text)) {
            findings.append(toJson(text, finding));
        }
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("findings"), findings}}).toJson(QJsonDocument::Compact);
        std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), out);
        std::fputc('\n', out);
        std::fflush(out);
    }
    return 0;
}

} // namespace twofold::cli
