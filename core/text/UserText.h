#pragma once

#include "core/Limits.h"

#include <QString>
#include <QStringView>

// Text a person typed, measured and cut the way a person sees it (docs/PROTOCOL.md "Conventions").
namespace twofold::text {

// User-perceived characters: extended grapheme clusters (Unicode UAX #29, as QTextBoundaryFinder finds
// them). "👍🏽" is 1, "é" written as e + combining accent is 1, "👨‍👩‍👧" is 1. Every length limit of
// the protocol and of the flows counts these.
int graphemeCount(QStringView text);

// The longest start of `text` with at most `maxGraphemes` user-perceived characters; never splits one
// (a cut through an emoji would leave half a character). maxGraphemes <= 0 gives an empty string.
QString truncateGraphemes(const QString& text, int maxGraphemes);

// The longest start of `text` with at most `maxCodePoints` Unicode code points that ends between two
// user-perceived characters: for fields whose limit counts characters as code points, such as an X.509
// name's ub-common-name of 64 (RFC 5280 Appendix A), which a 64-grapheme name with emoji can exceed.
QString truncateCodePoints(const QString& text, int maxCodePoints);

// A display name fit to show inside a sentence: control characters (C0, C1), line and paragraph
// separators and bidirectional embedding, override and isolate controls become spaces (a name must not
// move or fake the text around it: a line break could forge a line of app text on the code screen), runs
// of white space become one space, the ends are trimmed, and the result is cut to maxGraphemes.
// Joiners and variation selectors stay (they are part of emoji). May return an empty string.
QString cleanName(const QString& name, int maxGraphemes = limits::kNameGraphemes);

// `name` as an isolated run for a sentence: FIRST STRONG ISOLATE (U+2068) + name + POP DIRECTIONAL
// ISOLATE (U+2069), Unicode UAX #9 §2.7. The name keeps its own direction and the sentence keeps the
// window language's: "… come back to سارا 2" and "Sam, back too?" read in order. Names are cleaned first
// (cleanName drops isolate controls), so a name cannot close the run early.
QString isolated(const QString& name);

// `name` for display in a wrapping label: every word longer than `longWord` user-perceived characters
// gets a ZERO WIDTH SPACE (U+200B, a line-break opportunity, UAX #14) between its characters, so a
// 64-character name without spaces wraps inside its sentence instead of running past the window. Never
// splits a character; shorter words stay as they are. For display only: never store or send it, and give
// the label showing it withoutBreaks() of its text as its accessible name.
QString breakable(const QString& name, int longWord = 16);

// `shown` without the break opportunities breakable() put in: what a label that shows it says to a
// screen reader (its accessible name), so a long name is read, searched and copied as one word.
QString withoutBreaks(const QString& shown);

} // namespace twofold::text
