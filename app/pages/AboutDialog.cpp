#include "app/pages/AboutDialog.h"

#include "app/widgets/HelplineNote.h"
#include "core/Version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace twofold::app {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Twofold"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Twofold %1").arg(applicationVersion()), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* what = new QLabel(tr("A calm structure for hard conversations between two partners."), this);
    what->setWordWrap(true);
    auto* promise = new QLabel(tr("Our promise: no accounts, no cloud, no telemetry. Twofold talks only to your "
                                  "partner's computer on your own network, and what you write stays on your two "
                                  "computers."),
                               this);
    promise->setWordWrap(true);
    auto* scope = new QLabel(tr("Twofold is for relationships that are fundamentally safe. If you feel afraid of "
                                "your partner, please reach out to a domestic-abuse helpline or a counsellor."),
                             this);
    scope->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addWidget(promise);
    layout->addWidget(scope);
    layout->addWidget(new HelplineNote(this));
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void AboutDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (layout() != nullptr && layout()->hasHeightForWidth()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height()) {
            resize(width(), needed);
        }
    }
}

} // namespace twofold::app
