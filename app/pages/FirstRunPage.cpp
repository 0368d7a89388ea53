#include "app/pages/FirstRunPage.h"

#include "app/controllers/Settings.h"
#include "app/widgets/GraphemeLimit.h"
#include "app/widgets/HelplineNote.h"
#include "app/widgets/WrapButton.h"
#include "core/Limits.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace twofold::app {

FirstRunPage::FirstRunPage(Settings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_name(new QLineEdit(this)),
      m_agree(new WrapCheckBox(tr("I agree: a pause always comes back."), this)),
      m_continue(new QPushButton(tr("Continue"), this)), m_missing(new QLabel(this)) {
    setObjectName(QStringLiteral("firstRunPage"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Welcome to Twofold")); // a Tab stop: arrow keys scroll the note
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(12);

    const auto label = [content](const QString& text, const char* name) {
        auto* l = new QLabel(text, content);
        l->setObjectName(QString::fromLatin1(name));
        l->setWordWrap(true);
        return l;
    };
    layout->addWidget(label(tr("Welcome to Twofold"), "pageTitle"));
    layout->addWidget(label(tr("Twofold gives the two of you a calm structure for a hard conversation: it "
                               "holds the turns, suggests gentler words, and lets each of you ask for a "
                               "pause or reach out to repair without typing a word."),
                            "pageIntro"));
    auto* nameLabel = label(tr("What should your partner see as your name?"), "sectionTitle");
    layout->addWidget(nameLabel);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    limitGraphemes(m_name, limits::kNameGraphemes);
    m_name->setText(m_settings.displayName());
    nameLabel->setBuddy(m_name);
    layout->addWidget(m_name);

    auto* safety = new QFrame(content);
    safety->setObjectName(QStringLiteral("noteCard"));
    auto* safetyLayout = new QVBoxLayout(safety);
    safetyLayout->setContentsMargins(16, 12, 16, 12);
    auto* safetyTitle = new QLabel(tr("Who this is for"), safety);
    safetyTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto* safetyText = new QLabel(tr("Twofold is for relationships that are fundamentally safe, where both of "
                                     "you want to understand each other. If you feel afraid of your partner, "
                                     "or a conversation could become unsafe, this app is not the right tool. "
                                     "Please reach out to a domestic-abuse helpline or a counsellor."),
                                  safety);
    safetyText->setWordWrap(true);
    safetyLayout->addWidget(safetyTitle);
    safetyLayout->addWidget(safetyText);
    safetyLayout->addWidget(new HelplineNote(safety));
    layout->addWidget(safety);

    auto* pause = new QFrame(content);
    pause->setObjectName(QStringLiteral("noteCard"));
    auto* pauseLayout = new QVBoxLayout(pause);
    pauseLayout->setContentsMargins(16, 12, 16, 12);
    auto* pauseTitle = new QLabel(tr("Our agreement about pauses"), pause);
    pauseTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto* pauseText = new QLabel(tr("Either of you can ask for a pause at any time. A pause is not leaving: it "
                                    "means \"I need a little time to come back to myself.\" It always has a "
                                    "return time, and the one who paused comes back."),
                                 pause);
    pauseText->setWordWrap(true);
    pauseLayout->addWidget(pauseTitle);
    pauseLayout->addWidget(pauseText);
    m_agree->setObjectName(QStringLiteral("agreeCheck"));
    m_agree->setAccessibleName(m_agree->text());
    pauseLayout->addWidget(m_agree);
    layout->addWidget(pause);

    auto* privacy =
        label(tr("No account, no cloud, no tracking. What you write stays on your two computers."), "muted");
    layout->addWidget(privacy);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleName(m_continue->text());
    m_continue->setProperty("primary", true);
    m_missing->setObjectName(QStringLiteral("stepNotice"));
    m_missing->setWordWrap(true);
    m_missing->hide();
    layout->addWidget(m_missing);
    layout->addWidget(m_continue, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &FirstRunPage::updateButton);
    connect(m_agree, &QCheckBox::toggled, this, &FirstRunPage::updateButton);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (!updateButton()) { // what is missing is said, and focus goes there
            m_missing->show();
            (m_name->text().trimmed().isEmpty() ? static_cast<QWidget*>(m_name) : m_agree)->setFocus();
            return;
        }
        m_settings.setDisplayName(m_name->text());
        m_settings.setFirstRunDone(true);
        m_settings.sync();
        Q_EMIT completed();
    });
    updateButton();
}

void FirstRunPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_name->setFocus(); // the first thing to do here is to type a name (pre-filled from --name, if given)
}

// Continue stays enabled, so Tab from the agreement reaches it (a disabled button takes no focus, and Tab
// went on past it to the header); pressed too early, it says what is still missing.
bool FirstRunPage::updateButton() {
    const bool named = !m_name->text().trimmed().isEmpty();
    const bool ready = named && m_agree->isChecked();
    const QString missing = ready   ? QString()
                            : named ? tr("To continue, tick the agreement about pauses above.")
                                    : tr("To continue, type the name your partner should see.");
    m_missing->setText(missing);
    m_missing->setAccessibleName(missing);
    m_missing->setVisible(m_missing->isVisibleTo(this) && !ready);
    m_continue->setAccessibleDescription(missing);
    return ready;
}

} // namespace twofold::app
