#pragma once

#include <QString>
#include <vector>

namespace twofold::session {

// DESIGN §5: the fixed catalogue of gentle signals. Only the id crosses the network; each side
// shows the text in its own language.
struct GentleSignal {
    QString id;
    const char* text; // untranslated source text; use signalText() to show it
};

const std::vector<GentleSignal>& signalCatalogue();
bool isKnownSignal(const QString& id);
// The signal's text in the current UI language; empty for unknown ids.
QString signalText(const QString& id);
// The reassuring signals (still-here, thank-you, care): the only ones that reach a partner during the
// pause they asked for (DESIGN §4: "they receive only reassuring signals"); the rest wait for re-entry.
bool isReassuring(const QString& id);

} // namespace twofold::session
