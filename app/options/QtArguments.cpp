#include "app/options/QtArguments.h"

#include <QSet>

namespace twofold::app {
namespace {

// From the QGuiApplication and QApplication documentation (Qt 6.4), "Supported command line options".
const QSet<QString>& withValue() {
    static const QSet<QString> names{QStringLiteral("platform"),      QStringLiteral("platformpluginpath"),
                                     QStringLiteral("platformtheme"), QStringLiteral("plugin"),
                                     QStringLiteral("qmljsdebugger"), QStringLiteral("qwindowgeometry"),
                                     QStringLiteral("qwindowicon"),   QStringLiteral("qwindowtitle"),
                                     QStringLiteral("session"),       QStringLiteral("display"),
                                     QStringLiteral("geometry"),      QStringLiteral("style"),
                                     QStringLiteral("stylesheet"),    QStringLiteral("title"),
                                     QStringLiteral("visual")};
    return names;
}

const QSet<QString>& flags() {
    static const QSet<QString> names{QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("sync"),
                                     QStringLiteral("nograb"), QStringLiteral("dograb")};
    return names;
}

} // namespace

SplitArguments splitQtArguments(const QStringList& arguments) {
    SplitArguments split;
    if (arguments.isEmpty()) {
        return split;
    }
    split.qt.append(arguments.first());
    split.ours.append(arguments.first());
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        QString name = argument;
        if (name.startsWith(QLatin1String("--"))) {
            name.remove(0, 2);
        } else if (name.startsWith(QLatin1Char('-'))) {
            name.remove(0, 1);
        } else {
            split.ours.append(argument);
            continue;
        }
        const auto equals = name.indexOf(QLatin1Char('='));
        const QString bare = equals >= 0 ? name.left(equals) : name;
        if (withValue().contains(bare)) {
            split.qt.append(argument);
            if (equals < 0 && i + 1 < arguments.size()) {
                split.qt.append(arguments[++i]);
            }
        } else if (flags().contains(bare) && equals < 0) {
            split.qt.append(argument);
        } else {
            split.ours.append(argument);
        }
    }
    return split;
}

} // namespace twofold::app
