#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace twofold::app {

// The calm look: a soft sage accent that reads on light and dark palettes, colours mixed from the
// palette's own roles, and the style sheet from resources/style/twofold.qss with those colours filled in.
class Theme {
public:
    static QColor accent(const QPalette& palette);
    static QColor softFill(const QPalette& palette);       // banners and cards
    static QColor coachUnderline(const QPalette& palette); // a warm, soft amber; never red
    static bool isDark(const QPalette& palette);
    static QColor mix(const QColor& a, const QColor& b, double amountOfB);
    static QString styleSheet(const QPalette& palette);
};

} // namespace twofold::app
