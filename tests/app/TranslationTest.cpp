// The translations are built into the app (:/i18n/twofold_<lang>.qm) and cover the app's strings and the
// core's (rejections, gentle signals, the partner link and sync). A missing or stale .qm fails here; German
// is checked word for word, every language for completeness.
#include "app/options/Languages.h"
#include "app/pages/PartnersPage.h"
#include "core/session/Rejections.h"
#include "core/session/SignalCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

using twofold::app::PairingProblem;
using twofold::app::PartnersPage;

// Installs the embedded German translation for one test and removes it afterwards, so other tests
// keep seeing English.
class TranslationTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(german.load(QStringLiteral(":/i18n/twofold_de.qm"))) << "the .qm is not embedded";
        ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&german); }

    // The German text of `source` in `context`: must exist and differ from the English.
    static void expectGerman(const char* context, const char* source) {
        const auto translated = QCoreApplication::translate(context, source);
        EXPECT_FALSE(translated.isEmpty()) << context << ": " << source;
        EXPECT_NE(translated, QString::fromUtf8(source)) << context << ": " << source;
    }

    QTranslator german;
};

TEST_F(TranslationTest, the_embedded_german_translation_is_german) {
    EXPECT_EQ(german.language(), QStringLiteral("de_DE"));
    EXPECT_EQ(QCoreApplication::translate("twofold::app::PartnersPage", "Invite"), QStringLiteral("Einladen"));
}

TEST_F(TranslationTest, app_strings_translate) {
    expectGerman("twofold::app::MainWindow", "Settings");
    expectGerman("twofold::app::SidePanel", "Ask for a pause");
    expectGerman("twofold::app::DemoSetup", "%1 (demo)");
    expectGerman("twofold::app::PartnersPage", "Codes match");
    for (const auto problem :
         {PairingProblem::YouDeclined, PairingProblem::PartnerDeclined, PairingProblem::YouStopped,
          PairingProblem::PartnerStopped, PairingProblem::TimedOut, PairingProblem::Unreachable,
          PairingProblem::PartnerClosed, PairingProblem::CodesDiffer, PairingProblem::Busy,
          PairingProblem::NotAvailable, PairingProblem::StoreFailed, PairingProblem::PartnerStoreFailed,
          PairingProblem::PartnerPairingElsewhere, PairingProblem::PartnerNeedsUpdate, PairingProblem::NeedsUpdate}) {
        QCoreApplication::removeTranslator(&german);
        const auto english = PartnersPage::problemText(problem, QStringLiteral("Sam"));
        QCoreApplication::installTranslator(&german);
        const auto translated = PartnersPage::problemText(problem, QStringLiteral("Sam"));
        EXPECT_FALSE(translated.isEmpty()) << int(problem);
        EXPECT_NE(translated, english) << int(problem);
    }
    EXPECT_EQ(PartnersPage::problemText(PairingProblem::Busy, QStringLiteral("Sam")),
              QStringLiteral("„\u2068Sam\u2069“ ist gerade schon in einer Sitzung. Eine Sitzung ist immer nur für euch "
                             "zwei.")); // the name as an isolated run (issue 17 §6)
}

TEST_F(TranslationTest, session_rejections_and_gentle_signals_translate) {
    EXPECT_EQ(twofold::session::rejection::sessionEnded().message, QStringLiteral("Diese Sitzung ist beendet."));
    EXPECT_EQ(twofold::session::rejection::notYourTurn(QStringLiteral("Sam"), true).message,
              QStringLiteral("Sam ist gerade mit Sprechen dran."));
    expectGerman("Rejection", "That isn't possible right now.");
    for (const auto& signal : twofold::session::signalCatalogue()) {
        expectGerman("GentleSignal", signal.text);
    }
    EXPECT_EQ(twofold::session::signalText(QStringLiteral("still-here")),
              QStringLiteral("Ich bin noch da. Ich gehe nicht weg."));
}

TEST_F(TranslationTest, link_and_sync_messages_translate) {
    expectGerman("twofold::link::Peer", "Finish the current pairing or session first.");
    expectGerman("twofold::link::Peer", "Couldn't reach your partner's computer (%1).");
    expectGerman("twofold::link::Peer", "There's no known address for %1 yet.");
    expectGerman("twofold::sync::SyncEngine", "Only the partner who invited can start a session.");
    expectGerman("twofold::sync::SyncEngine", "A session is already running.");
}

// For every translated language of supportedLanguages(): its .qm is embedded, says its language, and holds
// every finished message of translations/twofold_<lang>.ts, the gentle signals included. So a .ts refreshed by
// lupdate but not translated, a .qm not rebuilt, or a language listed without its file is caught.
TEST(Translations, every_language_is_embedded_and_complete_in_the_build) {
    for (const QString& language : twofold::app::supportedLanguages()) {
        if (language == QLatin1String("en")) {
            continue; // the source text
        }
        SCOPED_TRACE(language.toStdString());
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/twofold_") + language)) << "the .qm is not embedded";
        EXPECT_EQ(translator.language().left(2), language);
        const auto path = QStringLiteral(TWOFOLD_SOURCE_DIR "/translations/twofold_%1.ts").arg(language);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                EXPECT_FALSE(unfinished) << context.toStdString() << ": " << source.toStdString();
                const auto translated = translator.translate(context.toUtf8().constData(), source.toUtf8().constData());
                EXPECT_FALSE(translated.isEmpty()) << context.toStdString() << ": " << source.toStdString();
                ++messages;
            }
        }
        ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
        EXPECT_GT(messages, 200);
        for (const auto& signal : twofold::session::signalCatalogue()) {
            const auto translated = translator.translate("GentleSignal", signal.text);
            EXPECT_FALSE(translated.isEmpty()) << signal.text;
            EXPECT_NE(translated, QString::fromUtf8(signal.text)) << signal.text;
        }
    }
}

} // namespace
