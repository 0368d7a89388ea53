#pragma once

#include <QApplication>
#include <QColor>
#include <QFont>
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
    // The app's style sheet in `palette`'s colours. Text sizes follow `font` (the desktop font the user
    // chose): a size designed as N pt for a 10 pt font is max(N, N × font / 10) pt, so a larger desktop
    // font makes titles larger too and no text is ever smaller than the user's font.
    static QString styleSheet(const QPalette& palette, const QFont& font = QApplication::font());
};

} // namespace twofold::app
