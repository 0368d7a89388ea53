#pragma once

#include "app/controllers/SessionViews.h"
#include "core/session/SessionState.h"

#include <vector>

namespace twofold::app {

class SessionContext;

// What the partners wrote in this session, as the conversation page shows it: each entry of the log as an
// EntryView in this side's language, its fields as sentences around their labels (sentenceOf), and the
// four selections the page draws: the latest entries, the current turn, what the partner wrote for me
// ("From Sam" cards) and the short shared history. Reads the state on every call; keeps nothing.
class WordsSaid {
public:
    explicit WordsSaid(const SessionContext& context);

    // One entry as shown. `sharedOnly`: only the fields written for the partner (the flow's `shared`
    // ones), and no line at all when there are none; otherwise an action without words shows its label.
    EntryView entryView(const session::Entry& entry, bool sharedOnly = false) const;
    // The last `count` entries, oldest first, so the listener sees what they are reflecting.
    std::vector<EntryView> recent(int count) const;
    // The entries of the current turn (the statement being reflected stays in view), at most `limit`.
    std::vector<EntryView> thisTurn(int limit = 6) const;
    // What the partner wrote for me (shared fields only) that this turn does not show already, oldest
    // first: each stays until I share something myself. The validation that passes the floor is one.
    std::vector<EntryView> fromPartner() const;
    // The last `count` things either of us wrote for the other (shared fields only), oldest first.
    std::vector<EntryView> sharedHistory(int count = 4) const;

private:
    const SessionContext& m_context;
};

} // namespace twofold::app
