#pragma once

#include <QLayout>
#include <QScrollArea>
#include <QWidget>

namespace twofold::app {

// The Tab stops under `layout`, in the order the layout shows them (top to bottom, left to right).
inline void collectTabStops(const QLayout* layout, QList<QWidget*>& stops) {
    for (int i = 0; i < layout->count(); ++i) {
        auto* item = layout->itemAt(i);
        if (auto* widget = item->widget()) {
            if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus) {
                stops.append(widget);
            }
            if (widget->layout() != nullptr) {
                collectTabStops(widget->layout(), stops);
            }
        } else if (auto* nested = item->layout()) {
            collectTabStops(nested, stops);
        }
    }
}

// Widgets built on the fly join the end of the window's Tab chain, after everything built before them
// (such as the private side panel). This puts the Tab stops inside `container` back in reading order,
// right after `anchor`.
inline void followLayoutOrder(QWidget* anchor, const QWidget* container) {
    if (container->layout() == nullptr) {
        return;
    }
    QList<QWidget*> stops;
    collectTabStops(container->layout(), stops);
    QWidget* previous = anchor;
    for (auto* stop : std::as_const(stops)) {
        QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
}

// A slot for a page built on the fly inside `scroll`: runs `redraw` on `page` only while the page is
// shown (a hidden page is rebuilt when it is shown again), then puts the rebuilt Tab stops back in
// reading order. For connecting a model's precise change signals to the part of the page they name.
template <typename Page> auto whileShown(Page* page, QScrollArea* scroll, void (Page::*redraw)()) {
    return [page, scroll, redraw] {
        if (page->isVisible()) {
            (page->*redraw)();
            followLayoutOrder(scroll, scroll->widget());
        }
    };
}

} // namespace twofold::app
