#pragma once

namespace twofold::coach {

// One word of the text as the matcher sees it. Offsets are UTF-16 code units into the checked QString,
// which is what QTextCursor uses.
struct Token {
    int start = 0;
    int end = 0;                  // one past the last code unit
    int sentence = 0;             // sentences end at . ! ? ; : … and line breaks
    bool softBreakBefore = false; // a comma, dash, bracket or quote separates it from the previous word
    bool quoted = false;          // inside a closed quotation ("…", “…”, „…“, «…», '…') on its line
    bool symbol = false;          // an emoji or other symbol (🙄), a word of its own
};

} // namespace twofold::coach
