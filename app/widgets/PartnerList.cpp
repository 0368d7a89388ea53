#include "app/widgets/PartnerList.h"

#include "core/text/UserText.h"

#include <QHideEvent>
#include <QSet>

namespace twofold::app {

PartnerList::PartnerList(RowText rowText, QWidget* parent) : QListWidget(parent), m_rowText(std::move(rowText)) {}

void PartnerList::setEntries(std::vector<PartnerEntry> entries, const QString& placeholder) {
    m_entries = std::move(entries);
    m_placeholder = placeholder;
    m_applied = false;
    if (!outOfSight()) {
        apply();
    }
}

std::optional<PartnerEntry> PartnerList::chosen() const {
    const QString id = chosenId();
    for (const auto& entry : m_entries) {
        if (!id.isEmpty() && entry.id == id) {
            return entry;
        }
    }
    return std::nullopt;
}

QString PartnerList::chosenId() const {
    return currentItem() != nullptr ? currentItem()->data(Qt::UserRole).toString() : QString();
}

void PartnerList::showEvent(QShowEvent* event) {
    QListWidget::showEvent(event);
    if (!m_applied) {
        apply();
    }
}

void PartnerList::hideEvent(QHideEvent* event) {
    QListWidget::hideEvent(event);
    if (!event->spontaneous() && window()->isVisible()) {
        m_keptChoice = chosenId();
        clear();
        m_applied = false;
        Q_EMIT entriesShown();
    }
}

void PartnerList::apply() {
    const QString selected = currentItem() != nullptr ? chosenId() : m_keptChoice;
    m_keptChoice.clear();
    QSet<QString> wanted;
    for (const auto& entry : m_entries) {
        wanted.insert(entry.id);
    }
    for (int row = count() - 1; row >= 0; --row) {
        const QString id = item(row)->data(Qt::UserRole).toString();
        if (id.isEmpty() || !wanted.contains(id)) {
            delete takeItem(row); // gone, or the placeholder
        }
    }
    for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
        const auto& entry = m_entries[static_cast<std::size_t>(row)];
        QListWidgetItem* line = row < count() ? item(row) : nullptr;
        if (line == nullptr || line->data(Qt::UserRole).toString() != entry.id) {
            line = nullptr;
            for (int later = row + 1; later < count(); ++later) {
                if (item(later)->data(Qt::UserRole).toString() == entry.id) {
                    line = takeItem(later);
                    break;
                }
            }
            if (line == nullptr) {
                line = new QListWidgetItem;
                line->setData(Qt::UserRole, entry.id);
            }
            insertItem(row, line);
        }
        if (const QString text = m_rowText(entry); line->text() != text) {
            line->setText(text);
            line->setData(Qt::AccessibleTextRole, text::withoutBreaks(text)); // a long name read as one word
        }
        if (line->toolTip() != entry.address) {
            line->setToolTip(entry.address);
        }
    }
    for (int row = 0; !selected.isEmpty() && row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString() == selected && currentRow() != row) {
            setCurrentRow(row);
        }
    }
    if (currentItem() == nullptr && count() > 0) {
        setCurrentRow(0); // one partner nearby is the usual case: Invite works at once
    }
    if (count() == 0 && !m_placeholder.isEmpty()) {
        auto* line = new QListWidgetItem(m_placeholder, this);
        line->setFlags(Qt::NoItemFlags);
    }
    m_applied = true;
    Q_EMIT entriesShown();
}

} // namespace twofold::app
