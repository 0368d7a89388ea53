#include "CoachCorpus.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace twofold::coach::corpus {
namespace {

const QLatin1String none{"none"};

bool isHintCategory(const QString& id) {
    return id == QLatin1String("feeling-underneath");
}

bool expectsBlame(const Line& line) {
    return std::none_of(line.expected.begin(), line.expected.end(),
                        [](const QString& id) { return id == none || isHintCategory(id); });
}

double rate(int part, int whole, double empty) {
    return whole == 0 ? empty : static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

Result<Corpus> load(const QString& directory, const QString& language, const QString& split) {
    const QString path = QDir(directory).filePath(QStringLiteral("%1.%2.txt").arg(language, split));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error{QStringLiteral("corpus.missing"), QStringLiteral("cannot read %1").arg(path)};
    }
    static const QStringList sources{QStringLiteral("nvc"), QStringLiteral("gottman"), QStringLiteral("design"),
                                     QStringLiteral("edge")};
    static const QRegularExpression id(QStringLiteral("^[a-z][a-z-]*(\\|[a-z][a-z-]*)*$"));
    Corpus corpus{language, split, {}};
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString raw = QString::fromUtf8(file.readLine()).trimmed();
        if (raw.isEmpty() || raw.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype firstSpace = raw.indexOf(QLatin1Char(' '));
        const qsizetype secondSpace = firstSpace < 0 ? -1 : raw.indexOf(QLatin1Char(' '), firstSpace + 1);
        if (secondSpace < 0) {
            return Error{QStringLiteral("corpus.format"),
                         QStringLiteral("%1:%2: expected “<expected> <source> <text>”").arg(path).arg(number)};
        }
        Line line;
        line.number = number;
        const QString expected = raw.left(firstSpace);
        line.source = raw.mid(firstSpace + 1, secondSpace - firstSpace - 1);
        line.text = raw.mid(secondSpace + 1).trimmed();
        if (!id.match(expected).hasMatch() || !sources.contains(line.source) || line.text.isEmpty()) {
            return Error{QStringLiteral("corpus.format"),
                         QStringLiteral("%1:%2: bad expected result, source or empty text").arg(path).arg(number)};
        }
        line.expected = expected.split(QLatin1Char('|'));
        corpus.lines.push_back(std::move(line));
    }
    return corpus;
}

std::vector<std::pair<QString, QString>> available(const QString& directory) {
    std::vector<std::pair<QString, QString>> out;
    static const QRegularExpression name(QStringLiteral("^([a-z]{2,3})\\.(dev|heldout)\\.txt$"));
    for (const QString& file : QDir(directory).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch()) {
            out.emplace_back(match.captured(1), match.captured(2));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool isBlame(const Finding& finding) {
    return finding.severity == Severity::Blame;
}

Figures evaluate(const Coach& coach, const Corpus& corpus, std::vector<Outcome>* outcomes) {
    Figures figures;
    for (const Line& line : corpus.lines) {
        Outcome outcome;
        outcome.line = &line;
        outcome.blaming = expectsBlame(line);
        outcome.findings = coach.check(line.text);
        outcome.flagged = std::any_of(outcome.findings.begin(), outcome.findings.end(), isBlame);
        if (outcome.blaming) {
            ++figures.blamingLines;
            if (outcome.flagged) {
                ++figures.found;
                outcome.agrees = std::any_of(outcome.findings.begin(), outcome.findings.end(), [&](const Finding& f) {
                    return isBlame(f) && line.expected.contains(f.category);
                });
                figures.agreeing += outcome.agrees ? 1 : 0;
            }
        } else {
            ++figures.gentleLines;
            figures.falseAlarms += outcome.flagged ? 1 : 0;
            if (isHintCategory(line.expected.front())) {
                ++figures.hintLines;
                const bool hinted = std::any_of(outcome.findings.begin(), outcome.findings.end(),
                                                [&](const Finding& f) { return f.category == line.expected.front(); });
                figures.hintsOffered += hinted ? 1 : 0;
            }
        }
        if (outcomes != nullptr) {
            outcomes->push_back(std::move(outcome));
        }
    }
    return figures;
}

double Figures::recall() const {
    return rate(found, blamingLines, 1.0);
}

double Figures::precision() const {
    return rate(found, found + falseAlarms, 1.0);
}

double Figures::falsePositiveRate() const {
    return rate(falseAlarms, gentleLines, 0.0);
}

double Figures::categoryAgreement() const {
    return rate(agreeing, found, 1.0);
}

Goals goalsFor(const QString& language) {
    if (language == QLatin1String("en") || language == QLatin1String("de")) {
        return Goals{0.90, 0.03, 0.9};
    }
    return Goals{0.80, 0.05, 0.0};
}

bool meets(const Figures& figures, const Goals& goals) {
    return figures.recall() >= goals.recall && figures.falsePositiveRate() <= goals.falsePositiveRate &&
           figures.categoryAgreement() >= goals.categoryAgreement;
}

} // namespace twofold::coach::corpus
