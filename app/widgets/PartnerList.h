#pragma once

#include "app/controllers/PartnersController.h"

#include <QListWidget>
#include <functional>
#include <optional>
#include <vector>

namespace twofold::app {

// A list of partners (Nearby, Remembered) kept in step with what the controller reports, the way a
// screen reader needs it:
// - setEntries() changes rows in place: rows that stay are updated, never recreated; rows that went are
//   removed; new ones are inserted where they belong. The chosen row and the reader's place survive, and
//   a flood of changes costs only what changed (the lists are short: Nearby is bounded by discovery).
// - Out of sight in a shown window (a session began, the invitation page is up) it keeps no rows and
//   changes nothing: Qt's AT-SPI bridge calls a hidden list's rows "showing", and moving a hidden list's
//   current row sends focus events that a reader speaks ("Sam." every refresh, issue 17 §2). When shown
//   again it shows the latest entries, with the choice made before kept.
// - When empty, one disabled row says why (the placeholder given).
// Each row's Qt::UserRole is the partner's device id.
class PartnerList final : public QListWidget {
    Q_OBJECT
public:
    using RowText = std::function<QString(const PartnerEntry&)>;

    PartnerList(RowText rowText, QWidget* parent = nullptr);

    void setEntries(std::vector<PartnerEntry> entries, const QString& placeholder);
    // The partner on the chosen row, if any (never the placeholder).
    std::optional<PartnerEntry> chosen() const;
    bool hasEntries() const { return !m_entries.empty() && m_applied; }

Q_SIGNALS:
    void entriesShown(); // the rows now on screen changed (after setEntries, or when shown again)

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    bool outOfSight() const { return window()->isVisible() && !isVisible(); }
    void apply();
    QString chosenId() const;

    RowText m_rowText;
    std::vector<PartnerEntry> m_entries;
    QString m_placeholder;
    QString m_keptChoice;   // the chosen row's id while out of sight
    bool m_applied = false; // the rows on screen are m_entries
};

} // namespace twofold::app
