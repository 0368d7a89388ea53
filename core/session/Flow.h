#pragma once

#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace twofold::session {

// A text in several languages ({"en": "...", "de": "..."}); falls back to English.
struct LocalText {
    std::map<QString, QString> byLanguage;
    QString text(const QString& language) const;
};

// Who may act in a step: the partner holding the floor, the other one, each of them once, or either.
enum class Actor { Speaker, Listener, Both, Either };

enum class FieldKind {
    Text,    // free text with a maximum length
    Choice,  // one of `options`
    Speaker, // "me" | "partner" | "coin": resolved by the host to "A" or "B"
    Coin,    // filled by the host with "A" or "B" at random; anything sent is replaced
};

struct FieldDef {
    QString name;
    FieldKind kind = FieldKind::Text;
    bool required = false;
    int maxLength = 500;
    QStringList options;
    QString summaryTag;  // "feeling", "need", "appreciation", ...: collected into the close summary
    bool shared = false; // written for the partner: what is written here is shown on the partner's screen
    LocalText label;
    LocalText placeholder;
};

// Where an action leads. Empty `goTo` and no swap: stay in the step.
struct Transition {
    QString goTo;
    bool swap = false;     // pass the floor; once both partners have held it in this block, go to `then`
    QString repeat;        // with swap: the step the new speaker starts at
    QString then;          // with swap: where the flow goes once both were heard
    QStringList floorFrom; // on entering: the floor goes to the first of these step values set ("A"/"B")
};

struct ActionDef {
    QString id;
    std::vector<FieldDef> fields;
    Transition next;
    bool completes = false;      // in a Both step: this partner is done
    bool undoes = false;         // in a Both step: this partner is not done after all
    QString setFlag;             // records this partner under a named flag ("export")
    QString clearFlag;           // removes it; only possible while this partner is under the flag
    bool shown = false;          // an answer the partner sees ("Yes, that's it"): kept as an entry even without text
    bool needsSomething = false; // refused when every field is left empty or at "let a coin decide"
    bool offersPause = false;    // afterwards the acting partner is offered "I need N minutes" right there
    QString summaryTag;          // the action itself goes into the summary ("come-back-to"), naming what it answered
    bool primary = false;        // the natural path of its step, shown first and filled (else all are equal)
    LocalText label;
    const FieldDef* field(const QString& name) const;
};

struct StepDef {
    QString id;
    Actor actor = Actor::Speaker;
    std::vector<ActionDef> actions;
    Transition whenComplete; // in a Both step, once both completed
    bool final = false;      // the last step: nothing follows but ending the session
    LocalText title;
    LocalText prompt;  // shown to whoever acts
    LocalText waiting; // shown to the other partner; %1 = the acting partner's name
    // Both steps: how the partner's progress is told (%1 = the partner): done ("Sam is ready — take your
    // time") and not yet ("Sam isn't ready yet"). Empty: not told.
    LocalText partnerDone;
    LocalText partnerPending;
    const ActionDef* action(const QString& id) const;
};

// A flow is data: steps with actions and transitions, run by the same engine.
struct FlowDefinition {
    QString id;
    LocalText title;
    LocalText description;
    QString start;
    std::vector<StepDef> steps;
    const StepDef* step(const QString& id) const;
};

} // namespace twofold::session
