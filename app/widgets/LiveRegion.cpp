#include "app/widgets/LiveRegion.h"

#include "core/text/UserText.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace twofold::app {
namespace {

class AccessibleLiveRegion final : public QAccessibleWidget {
public:
    explicit AccessibleLiveRegion(QWidget* widget) : QAccessibleWidget(widget, QAccessible::Notification) {}
    QString text(QAccessible::Text t) const override {
        return t == QAccessible::Name ? widget()->accessibleName() : QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* liveRegionFactory(const QString& className, QObject* object) {
    if (className == QLatin1String("twofold::app::LiveRegion") && object != nullptr && object->isWidgetType()) {
        return new AccessibleLiveRegion(static_cast<QWidget*>(object));
    }
    return nullptr;
}

} // namespace

void installLiveRegionAccessibility() {
    static const bool installed = [] {
        QAccessible::installFactory(liveRegionFactory);
        return true;
    }();
    (void)installed;
}

LiveRegion::LiveRegion(QWidget* parent) : QWidget(parent) {
    installLiveRegionAccessibility();
    setObjectName(QStringLiteral("liveRegion"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setGeometry(0, 0, 1, 1);
    hide();
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &LiveRegion::speak);
}

void LiveRegion::announce(const QString& text) {
    if (text.isEmpty()) {
        return;
    }
    m_pending << text;
    m_settle.start();
}

void LiveRegion::speak() {
    // Said without the break marks that let a long name wrap on screen (text::breakable).
    const QString text = text::withoutBreaks(m_pending.join(QLatin1Char(' ')));
    m_pending.clear();
    hide(); // showing again is what a screen reader hears (state-changed:showing on a notification)
    setAccessibleName(text);
    raise();
    show();
    Q_EMIT announced(text);
}

} // namespace twofold::app
