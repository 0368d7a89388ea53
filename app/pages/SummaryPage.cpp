#include "app/pages/SummaryPage.h"

#include "app/controllers/ExportFile.h"
#include "app/controllers/session/CheckInModel.h"
#include "app/controllers/session/StepModel.h"
#include "app/controllers/session/SummaryModel.h"
#include "app/widgets/TabOrder.h"
#include "app/widgets/WrapButton.h"
#include "core/text/UserText.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>

namespace twofold::app {
SummaryPage::SummaryPage(SummaryModel& summary, StepModel& step, CheckInModel& checkIn, QWidget* parent)
    : QWidget(parent), m_summary(summary), m_step(step), m_checkIn(checkIn), m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("summaryPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long titles wrap instead
    m_scroll->setAccessibleName(tr("Summary"));
    auto* content = new QWidget(m_scroll);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(12);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_title->setFocusPolicy(Qt::TabFocus); // where focus lands: the next thing to read
    m_intro = new QLabel(content);
    m_intro->setObjectName(QStringLiteral("pageIntro"));
    m_intro->setWordWrap(true);
    m_columns = new QWidget(content);
    m_columnsLayout = new QVBoxLayout(m_columns);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_actions = new ButtonRow(content);
    m_agreement = new QLabel(content);
    m_agreement->setWordWrap(true);
    m_agreement->setObjectName(QStringLiteral("muted"));
    m_export = new WrapButton(tr("Save the summary…"), content);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(m_export->text());
    m_export->setProperty("primary", true);
    connect(m_export, &QPushButton::clicked, this, [this] { chooseFile(session::ExportContent::Summary); });
    m_transcriptAgreement = new QLabel(content);
    m_transcriptAgreement->setWordWrap(true);
    m_transcriptAgreement->setObjectName(QStringLiteral("muted"));
    m_exportTranscript = new WrapButton(tr("Save the whole transcript…"), content);
    m_exportTranscript->setObjectName(QStringLiteral("exportTranscriptButton"));
    m_exportTranscript->setAccessibleName(m_exportTranscript->text());
    connect(m_exportTranscript, &QPushButton::clicked, this,
            [this] { chooseFile(session::ExportContent::Transcript); });
    m_saved = new QLabel(content);
    m_saved->setWordWrap(true);
    m_saved->setTextFormat(Qt::PlainText);
    m_again = new WrapButton(tr("Begin another conversation"), content);
    m_again->setObjectName(QStringLiteral("againButton"));
    m_again->setAccessibleName(m_again->text());
    connect(m_again, &QPushButton::clicked, this, [this] { m_checkIn.beginAgain(); });

    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_columns);
    layout->addWidget(m_actions);
    layout->addWidget(m_agreement);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addWidget(m_transcriptAgreement);
    layout->addWidget(m_exportTranscript, 0, Qt::AlignLeft);
    layout->addWidget(m_saved);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    layout->addStretch(1);
    // Each part is redrawn when its model says that it changed, and only then; hidden, the page is
    // rebuilt when it is shown again (it renders the current step's actions: only while it is the screen).
    connect(&m_summary, &SummaryModel::summaryChanged, this, whileShown(this, m_scroll, &SummaryPage::showSummary));
    connect(&m_summary, &SummaryModel::agreementChanged, this, whileShown(this, m_scroll, &SummaryPage::showAgreement));
    connect(&m_step, &StepModel::promptChanged, this, whileShown(this, m_scroll, &SummaryPage::showIntro));
    connect(&m_step, &StepModel::actionsChanged, this, whileShown(this, m_scroll, &SummaryPage::rebuildActions));
    connect(&m_checkIn, &CheckInModel::stageChanged, this, whileShown(this, m_scroll, &SummaryPage::showAgain));
    refresh();
}

void SummaryPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void SummaryPage::refresh() {
    showSummary();
    rebuildActions();
    showAgain();
    followLayoutOrder(m_scroll, m_scroll->widget());
}

namespace {

void clear(QWidget* holder) {
    while (auto* item = holder->layout()->takeAt(0)) {
        if (auto* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace

void SummaryPage::showSummary() {
    if (m_summary.sessionId() != m_savedFor) {
        m_saved->clear(); // "Saved to …" belongs to the conversation it was said about
    }
    m_title->setText(m_summary.title().isEmpty() ? tr("Summary") : tr("Summary · %1").arg(m_summary.title()));
    showIntro();
    rebuildColumns();
    showAgreement();
}

void SummaryPage::showIntro() {
    m_intro->setText(m_summary.ended() ? tr("This session has ended. Thank you both for the time you gave it.")
                                       : m_step.prompt());
}

void SummaryPage::rebuildColumns() {
    const auto summary = m_summary.summary();
    clear(m_columns);
    for (const auto partner : {m_summary.me(), session::other(m_summary.me())}) {
        auto* card = new QFrame(m_columns);
        card->setObjectName(QStringLiteral("summaryColumn"));
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(14, 10, 14, 12);
        const bool mine = partner == m_summary.me();
        auto* who = new QLabel(mine ? tr("You") : m_summary.partnerInText(), card);
        who->setObjectName(QStringLiteral("sectionTitle"));
        who->setWordWrap(true);
        cardLayout->addWidget(who);
        const auto& named = summary.byPartner[std::size_t(session::indexOf(partner))];
        if (named.empty()) {
            auto* none = new QLabel(tr("Nothing named this time, and that's fine."), card);
            none->setObjectName(QStringLiteral("muted"));
            cardLayout->addWidget(none);
        }
        QStringList tags;
        for (const auto& entry : named) {
            tags.append(entry.first);
        }
        std::stable_sort(tags.begin(), tags.end(), [](const QString& a, const QString& b) {
            const QStringList order{QStringLiteral("feeling"),   QStringLiteral("need"),
                                    QStringLiteral("request"),   QStringLiteral("trigger"),
                                    QStringLiteral("heard"),     QStringLiteral("validation"),
                                    QStringLiteral("empathy"),   QStringLiteral("appreciation"),
                                    QStringLiteral("next-time"), QStringLiteral("come-back-to")};
            const auto rank = [&](const QString& tag) {
                const auto index = order.indexOf(tag);
                return index < 0 ? int(order.size()) : int(index);
            };
            return rank(a) < rank(b);
        });
        for (const auto& tag : tags) {
            const auto& items = named.at(tag);
            auto* text =
                new QLabel(tr("%1: %2").arg(session::summaryTagTitle(tag), items.join(QStringLiteral(" · "))), card);
            text->setTextFormat(Qt::PlainText);
            text->setWordWrap(true);
            cardLayout->addWidget(text);
        }
        card->setAccessibleName(text::withoutBreaks(who->text())); // a long name read whole
        m_columnsLayout->addWidget(card);
    }
}

void SummaryPage::rebuildActions() {
    if (m_actions->isAncestorOf(QApplication::focusWidget())) {
        focusFirst(); // the pressed button goes; focus stays here, never in the side panel
    }
    clear(m_actions);
    const auto actions = m_step.actions();
    for (const auto& action : actions) {
        if (!action.enabled || !action.fields.empty()) {
            continue;
        }
        auto* button = new WrapButton(action.label, m_actions);
        button->setObjectName(QStringLiteral("action-") + action.id);
        button->setAccessibleName(action.label);
        const auto id = action.id;
        connect(button, &QPushButton::clicked, this, [this, id] { m_step.submit(id); });
        m_actions->addButton(button);
    }
    m_actions->addStretch();
}

void SummaryPage::showAgreement() {
    using session::ExportContent;
    const bool mine = m_summary.iAgreedToExport(ExportContent::Summary);
    const bool theirs = m_summary.partnerAgreedToExport(ExportContent::Summary);
    const auto partner = m_summary.partnerInText();
    QString agreement;
    if (mine && theirs) {
        agreement = tr("You both agreed to keep the summary. The copy stays on this computer.");
    } else if (mine) {
        agreement = tr("You agreed to keep a copy of the summary. It's also up to %1.").arg(partner);
    } else if (theirs) {
        agreement = tr("%1 would like to keep a copy of the summary. It's up to you.").arg(partner);
    } else {
        agreement = tr("A copy of this summary — the feelings, needs, requests and appreciations each of you named, "
                       "and what you heard and validated for each other — is kept only if you both agree.");
    }
    const bool mineAll = m_summary.iAgreedToExport(ExportContent::Transcript);
    const bool theirsAll = m_summary.partnerAgreedToExport(ExportContent::Transcript);
    QString transcript;
    if (mineAll && theirsAll) {
        transcript = tr("You both agreed to keep the whole transcript, word for word.");
    } else if (mineAll) {
        transcript = tr("You agreed to keep the whole transcript. It's also up to %1.").arg(partner);
    } else if (theirsAll) {
        transcript = tr("%1 would like to keep the whole transcript, word for word. It's up to you.").arg(partner);
    } else {
        transcript = tr("The whole transcript — everything each of you wrote, word for word — is a separate "
                        "choice, also only if you both agree.");
    }
    m_agreement->setText(agreement);
    m_agreement->setVisible(!m_summary.ended());
    m_transcriptAgreement->setText(transcript);
    m_transcriptAgreement->setVisible(!m_summary.ended());
    m_export->setVisible(m_summary.exportAllowed(ExportContent::Summary));
    m_exportTranscript->setVisible(m_summary.exportAllowed(ExportContent::Transcript));
}

void SummaryPage::showAgain() {
    m_again->setVisible(m_checkIn.canStart());
}

void SummaryPage::focusFirst() {
    m_title->setFocus(Qt::OtherFocusReason);
}

void SummaryPage::chooseFile(session::ExportContent content) {
    // A dated name in the user's documents folder; the dialog asks before replacing anything.
    const auto documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(
        this, tr("Keep a copy"), QDir(documents).filePath(m_summary.suggestedFileName(content)), tr("Markdown (*.md)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, content](const QString& path) { saveTo(path, content); });
    dialog->open();
}

bool SummaryPage::saveTo(const QString& path, session::ExportContent content) {
    const auto markdown = m_summary.exportMarkdown(content);
    if (!markdown.ok()) {
        m_saved->setText(markdown.error().message);
        return false;
    }
    // Owner-only, atomic, never through a symbolic link (ExportFile.h).
    if (const auto written = saveExportFile(path, markdown.value().toUtf8()); !written) {
        m_saved->setText(written.error().code == QLatin1String("symlink")
                             ? tr("That name is a link to another file, so Twofold didn't save there. Perhaps "
                                  "choose another name?")
                             : tr("The copy could not be saved there. Perhaps choose another folder?"));
        return false;
    }
    m_saved->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    m_savedFor = m_summary.sessionId();
    return true;
}

} // namespace twofold::app
