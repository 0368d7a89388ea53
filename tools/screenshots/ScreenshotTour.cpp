#include "tools/screenshots/ScreenshotTour.h"

#include "app/DemoSetup.h"
#include "app/pages/PartnersPage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SettingsDialog.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>

namespace twofold::app {

ScreenshotTour::ScreenshotTour(DemoSetup& demo, const QString& directory, const QString& language)
    : m_demo(demo), m_directory(directory), m_language(language) {
    QDir().mkpath(directory);
}

void ScreenshotTour::settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void ScreenshotTour::save(QWidget* widget, const QString& name) {
    settle(150);
    const QString suffix = m_language == QLatin1String("en") ? QString() : QLatin1Char('-') + m_language;
    widget->grab().save(QDir(m_directory).filePath(name + suffix + QStringLiteral(".png")));
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
        fresh.setDisplayName(QStringLiteral("Sam"));
        fresh.setFirstRunDone(true);
        settle();
        window.setSession(nullptr);
        save(&window, QStringLiteral("16-partners"));
        Q_EMIT partners.codeShown(QStringLiteral("482913"), QStringLiteral("Alex")); // as a pairing shows it
        save(&window, QStringLiteral("02-pairing-code"));
    }

    if (auto* level = alexWindow->findChild<QRadioButton*>(QStringLiteral("level-1"))) {
        level->click();
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

    alex.checkIn().beginAgain();
    settle();
    alex.checkIn().start(QStringLiteral("practice"));
    settle();
    save(alexWindow, QStringLiteral("13-practice"));

    // The same screen in a dark palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x24, 0x27, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe3));
    dark.setColor(QPalette::Base, QColor(0x1c, 0x1e, 0x21));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe3));
    dark.setColor(QPalette::Button, QColor(0x2f, 0x33, 0x37));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe3));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x96));
    QApplication::setPalette(dark);
    qApp->setStyleSheet(Theme::styleSheet(dark));
    save(samWindow, QStringLiteral("14-dark"));
    Q_EMIT finished();
}

} // namespace twofold::app
