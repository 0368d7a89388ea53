#pragma once

#include "core/session/Summary.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace twofold::app {

class ButtonRow;
class CheckInModel;
class StepModel;
class SummaryModel;

// The close: what each partner named (feelings, needs, appreciations…), the agreement to keep a
// copy, and the Markdown export once both agreed.
class SummaryPage final : public QWidget {
    Q_OBJECT
public:
    SummaryPage(SummaryModel& summary, StepModel& step, CheckInModel& checkIn, QWidget* parent = nullptr);

    void refresh();
    // Focus on the summary's heading, the next thing to read (never the side panel).
    void focusFirst();
    // Writes the export to `path` (the file dialog calls this; tests call it directly).
    // Saves the summary (or, if both agreed to it, the whole transcript) to `path`; false with a calm line.
    bool saveTo(const QString& path, session::ExportContent content = session::ExportContent::Summary);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSummary(); // each part redrawn when its model says it changed
    void showIntro();
    void rebuildColumns();
    void rebuildActions();
    void showAgreement();
    void showAgain();
    void chooseFile(session::ExportContent content);

    SummaryModel& m_summary;
    StepModel& m_step;
    CheckInModel& m_checkIn;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_intro;
    QWidget* m_columns;
    QVBoxLayout* m_columnsLayout;
    ButtonRow* m_actions;
    QLabel* m_agreement;
    QPushButton* m_export;
    QLabel* m_transcriptAgreement;
    QPushButton* m_exportTranscript;
    QPushButton* m_again;
    QLabel* m_saved;
    QString m_savedFor; // the conversation the "Saved to …" line is about
};

} // namespace twofold::app
