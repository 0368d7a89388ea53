#include "core/session/SignalCatalogue.h"

#include <QCoreApplication>
#include <algorithm>

namespace twofold::session {

const std::vector<GentleSignal>& signalCatalogue() {
    static const std::vector<GentleSignal> catalogue{
        {QStringLiteral("slow-down"), QT_TRANSLATE_NOOP("GentleSignal", "Could we slow down?")},
        {QStringLiteral("feeling-blamed"),
         QT_TRANSLATE_NOOP("GentleSignal", "I'm feeling blamed. Could you say that another way?")},
        {QStringLiteral("just-listen"),
         QT_TRANSLATE_NOOP("GentleSignal", "This matters to me. Could you just listen for now?")},
        {QStringLiteral("take-back"), QT_TRANSLATE_NOOP("GentleSignal", "Can I take that back and try again?")},
        {QStringLiteral("my-part"), QT_TRANSLATE_NOOP("GentleSignal", "I can see my part in this.")},
        {QStringLiteral("agree-part"), QT_TRANSLATE_NOOP("GentleSignal", "I agree with part of what you're saying.")},
        {QStringLiteral("start-over"), QT_TRANSLATE_NOOP("GentleSignal", "Let's start over.")},
        {QStringLiteral("still-here"), QT_TRANSLATE_NOOP("GentleSignal", "I'm still here. I'm not going anywhere.")},
        {QStringLiteral("thank-you"), QT_TRANSLATE_NOOP("GentleSignal", "Thank you for staying in this with me.")},
        {QStringLiteral("care"), QT_TRANSLATE_NOOP("GentleSignal", "I care about you, even now.")},
    };
    return catalogue;
}

bool isKnownSignal(const QString& id) {
    const auto& catalogue = signalCatalogue();
    return std::any_of(catalogue.begin(), catalogue.end(), [&](const GentleSignal& s) { return s.id == id; });
}

bool isReassuring(const QString& id) {
    return id == QLatin1String("still-here") || id == QLatin1String("thank-you") || id == QLatin1String("care");
}

QString signalText(const QString& id) {
    for (const auto& signal : signalCatalogue()) {
        if (signal.id == id) {
            return QCoreApplication::translate("GentleSignal", signal.text);
        }
    }
    return {};
}

} // namespace twofold::session
