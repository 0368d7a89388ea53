#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace twofold::app {

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
    // Writes the export to `path` (the file dialog calls this; tests call it directly).
    bool saveTo(const QString& path);

private:
    void chooseFile();

    SummaryModel& m_summary;
    StepModel& m_step;
    CheckInModel& m_checkIn;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_intro;
    QWidget* m_columns;
    QVBoxLayout* m_columnsLayout;
    QWidget* m_actions;
    QLabel* m_agreement;
    QPushButton* m_export;
    QPushButton* m_again;
    QLabel* m_saved;
    quint64 m_savedFor = 0; // the session the "Saved to …" line is about
    QString m_key;
};

} // namespace twofold::app
