#include "tools/screenshots/ScreenshotTour.h"

#include "app/DemoSetup.h"
#include "app/pages/PartnersPage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SettingsDialog.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/SignalCard.h"
#include "app/widgets/SignalCardStack.h"
#include "app/widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>

namespace twofold::app {

ScreenshotTour::ScreenshotTour(DemoSetup& demo, const QString& directory, const QString& language,
                               const QString& suffix)
    : m_demo(demo), m_directory(directory), m_language(language), m_suffix(suffix) {
    QDir().mkpath(directory);
}

void ScreenshotTour::settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void ScreenshotTour::save(QWidget* widget, const QString& name) {
    settle(150);
    widget->grab().save(QDir(m_directory).filePath(name + m_suffix + QStringLiteral(".png")));
}

void ScreenshotTour::act(SessionController& who, const QString& action,
                         const QList<std::pair<QString, QString>>& fields) {
    for (const auto& [field, text] : fields) {
        who.step().setDraft(action, field, text);
    }
    who.step().submit(action);
    settle();
}

void ScreenshotTour::run() {
    auto& alex = *m_demo.alex().controller();
    auto& sam = *m_demo.sam().controller();
    auto* alexWindow = m_demo.alex().window.get();
    auto* samWindow = m_demo.sam().window.get();
    const QSize size(alexWindow->fontMetrics().averageCharWidth() * 150, alexWindow->fontMetrics().lineSpacing() * 40);
    alexWindow->resize(size);
    samWindow->resize(size);

    { // First run, in a fresh profile.
        QTemporaryDir profile;
        Settings fresh(profile.path());
        SoundChime chime(fresh);
        session::SystemClock clock;
        Partnership::Options options;
        options.profile = profile.path();
        options.scope = net::Scope::Loopback;
        options.tcpPort = 0;
        options.discovery = false;
        Partnership partnership(options, clock, chime);
        partnership.start();
        auto& partners = partnership.partners();
        const RuleCoach coach(m_language);
        MainWindow window(fresh, coach, partners);
        window.resize(size);
        window.show();
        save(&window, QStringLiteral("01-first-run"));
        // The partners page and the pairing code are photographed between two real processes by the
        // end-to-end suite (tests/e2e), not here: a tour must not invent a partner.
    }

    if (auto* level = alexWindow->findChild<QRadioButton*>(QStringLiteral("level-2"))) {
        level->click(); // flooded: the check-in offers a few quiet minutes first
    }
    save(alexWindow, QStringLiteral("03-check-in"));
    alex.checkIn().start(QStringLiteral("conversation"));
    settle();
    act(alex, QStringLiteral("set-topic"),
        {{QStringLiteral("topic"), tr("How we spend our weekends")}, {QStringLiteral("first"), QStringLiteral("me")}});
    save(samWindow, QStringLiteral("04-topic-and-ready"));
    act(alex, QStringLiteral("ready"));
    act(sam, QStringLiteral("ready"));

    if (auto* feel = alexWindow->findChild<DraftEdit*>(QStringLiteral("field-share-feel"))) {
        feel->setPlainText(tr("You never listen to me and I feel ignored"));
        feel->setFocus();
    }
    if (auto* need = alexWindow->findChild<DraftEdit*>(QStringLiteral("field-share-need"))) {
        need->setPlainText(tr("some time together on Sundays"));
    }
    alexWindow->activateWindow();
    save(alexWindow, QStringLiteral("05-speaker-coach"));
    alex.step().setDraft(QStringLiteral("share"), QStringLiteral("feel"), tr("lonely"));
    alex.step().setDraft(QStringLiteral("share"), QStringLiteral("when"), tr("our Sundays fill up with errands"));
    act(alex, QStringLiteral("share"));
    save(samWindow, QStringLiteral("06-listener"));

    sam.repairSignals().send(QStringLiteral("still-here"));
    settle(1600);
    save(alexWindow, QStringLiteral("07-signal-card"));
    // The card has gone by the time Sam pauses (a widget grab mid-fade shows only the card's edge).
    for (auto* card : alexWindow->sessionPage()->signalCards()->cards()) {
        card->dismiss();
    }
    settle(2200); // the card fades out over 1.8 s

    sam.pause().requestBreak();
    settle();
    save(alexWindow, QStringLiteral("08-pause-partner"));
    alex.pause().acknowledge();
    settle();
    sam.pause().extend();
    settle();
    save(samWindow, QStringLiteral("09-pause-mine"));
    sam.pause().returnEarly();
    settle();
    sam.pause().reEnter(tr("calmer, thank you for waiting"));
    settle();
    save(alexWindow, QStringLiteral("10-re-entry"));
    alex.pause().reEnter(tr("glad you're back"));
    settle();

    for (auto* speaker : {&alex, &sam}) {
        auto* listener = speaker == &alex ? &sam : &alex;
        if (speaker == &sam) {
            act(sam, QStringLiteral("share"),
                {{QStringLiteral("feel"), tr("tired")}, {QStringLiteral("need"), tr("rest")}});
        }
        act(*listener, QStringLiteral("reflect"), {{QStringLiteral("heard"), tr("You'd like more time together")}});
        act(*speaker, QStringLiteral("confirm"));
        act(*listener, QStringLiteral("ask-more"));
        act(*speaker, QStringLiteral("no-more"));
        act(*listener, QStringLiteral("validate"), {{QStringLiteral("because"), tr("our weeks are busy")}});
    }
    act(alex, QStringLiteral("appreciate"), {{QStringLiteral("appreciation"), tr("You stayed with me tonight")}});
    act(sam, QStringLiteral("appreciate"), {{QStringLiteral("appreciation"), tr("You listened so patiently")}});
    act(alex, QStringLiteral("agree-export"));
    act(sam, QStringLiteral("agree-export"));
    save(samWindow, QStringLiteral("11-summary"));

    {
        SettingsDialog dialog(*m_demo.sam().settings, samWindow);
        dialog.show();
        save(&dialog, QStringLiteral("12-settings"));
    }

    alex.endSession(); // "End session", then "Begin another conversation" on the summary
    settle();
    alex.checkIn().beginAgain();
    settle();
    alex.checkIn().start(QStringLiteral("practice"));
    settle();
    save(samWindow, QStringLiteral("13-join")); // Sam is told, and checks in privately first
    sam.checkIn().join();
    act(alex, QStringLiteral("set-topic"), {{QStringLiteral("first"), QStringLiteral("me")}});
    act(alex, QStringLiteral("ready"));
    act(sam, QStringLiteral("ready"));
    act(alex, QStringLiteral("name-feeling"), {{QStringLiteral("feeling"), tr("left out")}});
    save(samWindow, QStringLiteral("14-practice"));
    Q_EMIT finished();
}

} // namespace twofold::app
