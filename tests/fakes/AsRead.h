#pragma once

#include <QString>

namespace twofold::test {

// `shown` as a person reads it: without the invisible marks the app puts around and inside names (the
// isolate controls U+2068 / U+2069 that keep a right-to-left name from turning a sentence, and the
// zero-width spaces U+200B that let a long name wrap, and the window's direction mark, U+200E or U+200F,
// before it). Tests compare what a partner reads through this.
inline QString asRead(QString shown) {
    shown.remove(QChar(0x2068));
    shown.remove(QChar(0x2069));
    shown.remove(QChar(0x200B));
    shown.remove(QChar(0x200E)); // the direction marks before a name (left-to-right, right-to-left)
    shown.remove(QChar(0x200F));
    return shown;
}

} // namespace twofold::test
