#pragma once

#include <QObject>

class QApplication;

namespace twofold::app {

// Names and words from the partner's computer are plain text everywhere. QLabel's default (Qt::AutoText)
// renders anything that looks like markup as rich text, so a name like "<b>Alex</b><img src=x>" would
// turn bold and load an image. This filter, installed once on the application, makes every label that
// did not choose a format explicitly plain before it is first shown — the whole kind, not one label
// at a time. Labels that need rich text (a link in About) set Qt::RichText themselves.
// It also keeps what a screen reader reads of a label free of the break marks that let a long name wrap
// (text::breakable): a label that shows them and has no accessible name of its own is named by its text
// without them, from its next paint on.
class PlainTextLabels final : public QObject {
    Q_OBJECT
public:
    static void install(QApplication& app);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace twofold::app
