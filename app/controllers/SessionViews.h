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
};

struct ActionView {
    QString id;
    QString label;
    std::vector<FieldView> fields;
    bool enabled = false;
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
};

// Something a partner shared, with each field's label ("I feel …": "lonely").
struct EntryView {
    QString who;
    bool mine = false;
    QString stepTitle;
    QStringList lines;
};

struct ReceivedSignalView {
    quint64 seq = 0;
    QString from;
    QString text;
};

} // namespace twofold::app
