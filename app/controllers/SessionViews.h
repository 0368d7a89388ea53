#pragma once

#include "core/session/Flow.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace twofold::app {

// Plain values the pages render; computed by SessionController from the session state.

struct FieldView {
    QString name;
    QString label;
    session::FieldKind kind = session::FieldKind::Text;
    bool required = false;
    int maxLength = 500;
    QStringList options; // Choice: the values; Speaker: "me", "partner", "coin"
    QStringList optionLabels;
    bool multiline() const { return maxLength > 200; }
    bool operator==(const FieldView&) const = default;
};

struct ActionView {
    QString id;
    QString label;
    std::vector<FieldView> fields;
    bool enabled = false;
    bool primary = false; // the natural path of the step (or its only action): filled, first
    bool operator==(const ActionView&) const = default;
};

// Which screen the session shows.
enum class Screen { CheckIn, Conversation, Pause, Summary };

struct PauseView {
    bool active = false;
    bool mine = false;    // I asked for it
    bool breath = false;  // a short shared breathing pause (else "I need 10 minutes")
    bool reEntry = false; // the time is up: "Ready to come back?"
    int remainingSeconds = 0;
    QString countdown;     // "9:58"
    QString headline;      // the calm sentence for this screen
    QString extensionNote; // "Sam asked for 10 more minutes." (to the partner)
    bool canAcknowledge = false;
    bool acknowledged = false;
    bool canExtend = false;
    bool canReturnEarly = false;
    bool myReEntryDone = false;
    QString partnerReEntry; // how the partner said they are, once said
    qint64 startedAtMs =
        0; // when the pause began, on this computer's wall clock (ms since the epoch): both breathing guides start here
    bool aboutAMinuteLeft = false; // with the one-minute chime, for whoever has sound off
    bool operator==(const PauseView&) const = default;
};

// Something a partner shared, as sentences ("I feel lonely", "Would you be willing to help?"), or an
// answer they gave without words ("Yes, that's it.").
struct EntryView {
    quint64 seq = 0;
    QString who;
    bool mine = false;
    bool answer = false;
    QString stepTitle;
    QStringList lines;
    bool operator==(const EntryView&) const = default;
};

// A field's label and what was written in it as one sentence: "I feel …" + "lonely" -> "I feel lonely";
// text that already starts with the label's words (as whole words) is not doubled ("I feel lonely" stays
// so), and the text fills the label's "…" wherever it is ("Ich habe mich … gefühlt"). The written words
// themselves are always kept exactly as typed, bar blank ends: "WHEN-phones" under "when …" stays
// "WHEN-phones", capitals, hyphens, emoji and line breaks included.
QString sentenceOf(const QString& label, const QString& text);

struct ReceivedSignalView {
    quint64 seq = 0;
    QString from;
    QString text;
    QString id;    // the catalogue id
    qint64 at = 0; // when it was sent, on this computer's wall clock (ms since the epoch)
};

} // namespace twofold::app
