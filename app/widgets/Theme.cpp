#include "app/widgets/Theme.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace twofold::app {

bool Theme::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::mix(const QColor& a, const QColor& b, double amountOfB) {
    const auto channel = [&](int x, int y) {
        return int(x * (1.0 - amountOfB) + y * amountOfB);
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

QColor Theme::accent(const QPalette& palette) {
    return isDark(palette) ? QColor(0x8f, 0xc1, 0xb5) : QColor(0x3f, 0x7f, 0x73);
}

QColor Theme::softFill(const QPalette& palette) {
    return mix(palette.color(QPalette::Base), accent(palette), isDark(palette) ? 0.16 : 0.12);
}

QColor Theme::coachUnderline(const QPalette& palette) {
    return isDark(palette) ? QColor(0xe0, 0xb8, 0x6a) : QColor(0xc0, 0x8a, 0x2e);
}

QString Theme::styleSheet(const QPalette& palette, const QFont& font) {
    QFile file(QStringLiteral(":/style/twofold.qss"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString sheet = QString::fromUtf8(file.readAll());
    const auto window = palette.color(QPalette::Window);
    const auto text = palette.color(QPalette::WindowText);
    const auto acc = accent(palette);
    sheet.replace(QStringLiteral("@accentText"),
                  isDark(palette) ? QStringLiteral("#14201d") : QStringLiteral("#ffffff"));
    sheet.replace(QStringLiteral("@accentSoft"), mix(window, acc, 0.28).name());
    sheet.replace(QStringLiteral("@accent"), acc.name());
    sheet.replace(QStringLiteral("@soft"), softFill(palette).name());
    sheet.replace(QStringLiteral("@base"), palette.color(QPalette::Base).name());
    sheet.replace(QStringLiteral("@card"), mix(palette.color(QPalette::Base), window, 0.35).name());
    sheet.replace(QStringLiteral("@border"), mix(window, text, 0.16).name());
    sheet.replace(QStringLiteral("@muted"), mix(text, window, 0.32).name());
    sheet.replace(QStringLiteral("@warm"), mix(palette.color(QPalette::Base), coachUnderline(palette), 0.14).name());
    // @size(N): N pt at a 10 pt desktop font, scaled with a larger one.
    const double base = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    static const QRegularExpression size(QStringLiteral("@size\\(([0-9.]+)\\)"));
    QString sized;
    qsizetype from = 0;
    for (auto it = size.globalMatch(sheet); it.hasNext();) {
        const auto match = it.next();
        const double designed = match.captured(1).toDouble();
        sized += QStringView(sheet).mid(from, match.capturedStart() - from);
        sized += QString::number(std::max(designed, designed * base / 10.0), 'f', 1) + QStringLiteral("pt");
        from = match.capturedEnd();
    }
    sized += QStringView(sheet).mid(from);
    return sized;
}

} // namespace twofold::app
