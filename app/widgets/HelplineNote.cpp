#include "app/widgets/HelplineNote.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace twofold::app {

HelplineNote::HelplineNote(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("helplineNote"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* text = new QLabel(tr("Free, confidential support in your country, listed with care by an international "
                               "directory of helplines. If you are in danger now, call your local emergency "
                               "number."),
                            this);
    text->setWordWrap(true);
    auto* link = new QPushButton(tr("Find a helpline: findahelpline.com"), this);
    link->setObjectName(QStringLiteral("helplineLink"));
    link->setProperty("quiet", true);
    link->setAccessibleName(link->text());
    link->setToolTip(url());
    connect(link, &QPushButton::clicked, this, [] { QDesktopServices::openUrl(QUrl(url())); });
    layout->addWidget(text);
    layout->addWidget(link, 0, Qt::AlignLeft);
}

} // namespace twofold::app
