// A flow's title and description, and its steps' titles, show in the window's language (de/fr/es): on the
// check-in page where the flow is chosen, in the session's header and in the summary. The flows carry their
// own translations (resources/flows/*.json, one text per language); nothing of them shows in English.
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/pages/MainWindow.h"
#include "core/session/FlowLibrary.h"
#include "core/session/Summary.h"
#include "tests/app/FakePartners.h"
#include "tests/app/TwoPartners.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

// Every text a user reads in `window` (labels, buttons, radio buttons).
QStringList shownTexts(const QWidget& window) {
    QStringList texts;
    for (const auto* label : window.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&window)) {
            texts << label->text();
        }
    }
    for (const auto* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(&window)) {
            texts << button->text() << button->accessibleName();
        }
    }
    return texts;
}

class FlowTexts : public ::testing::TestWithParam<const char*> {};

} // namespace

TEST_P(FlowTexts, every_flow_carries_its_title_description_and_step_titles_in_each_language) {
    const QString language = QString::fromLatin1(GetParam());
    const auto library = session::FlowLibrary::builtin();
    ASSERT_TRUE(library.ok());
    for (const auto* flow : library->all()) {
        for (const auto* text : {&flow->title, &flow->description}) {
            EXPECT_FALSE(text->text(language).isEmpty()) << flow->id.toStdString();
            EXPECT_NE(text->text(language), text->text(QStringLiteral("en")))
                << flow->id.toStdString() << ": " << text->text(QStringLiteral("en")).toStdString();
        }
        for (const auto& step : flow->steps) {
            EXPECT_NE(step.title.text(language), step.title.text(QStringLiteral("en")))
                << flow->id.toStdString() << "/" << step.id.toStdString();
        }
    }
}

TEST_P(FlowTexts, no_flow_title_or_description_shows_in_english) {
    const QString language = QString::fromLatin1(GetParam());
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/twofold_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    {
        TwoPartners p(TwoPartners::Link::Memory, QStringLiteral("Alex"), QStringLiteral("Sam"), language);
        app::RuleCoach coach(language);
        QTemporaryDir profile;
        app::Settings settings(profile.path());
        settings.setDisplayName(QStringLiteral("Alex"));
        settings.setFirstRunDone(true);
        FakePartners partners;
        app::MainWindow window(settings, coach, partners);
        window.resize(1000, 760);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.setSession(p.alex.get());
        QCoreApplication::processEvents();

        const auto library = session::FlowLibrary::builtin();
        ASSERT_TRUE(library.ok());
        QStringList english;
        QStringList translated;
        for (const auto* flow : library->all()) {
            english << flow->title.text(QStringLiteral("en")) << flow->description.text(QStringLiteral("en"));
            translated << flow->title.text(language) << flow->description.text(language);
        }
        const auto checkScreen = [&](const char* where) {
            const auto shown = shownTexts(window);
            for (const auto& text : english) {
                EXPECT_FALSE(
                    std::any_of(shown.begin(), shown.end(), [&](const QString& s) { return s.contains(text); }))
                    << where << ": \"" << text.toStdString() << "\" shows in English";
            }
        };
        // The check-in page, where the flow is chosen: each flow's own title and description.
        const auto choices = p.alex->checkIn().flows();
        ASSERT_FALSE(choices.empty());
        for (const auto& choice : choices) {
            EXPECT_TRUE(translated.contains(choice.title)) << choice.title.toStdString();
            EXPECT_TRUE(translated.contains(choice.description)) << choice.description.toStdString();
        }
        const auto shown = shownTexts(window);
        for (const auto& choice : choices) {
            EXPECT_TRUE(shown.contains(choice.title)) << "the check-in page shows " << choice.title.toStdString();
        }
        checkScreen("check-in");
        // In the session and at its end.
        p.alex->checkIn().start(QStringLiteral("conversation"));
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
        checkScreen("session");
        p.alex->endSession();
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
        EXPECT_EQ(p.alex->summary().title(), library->find(QStringLiteral("conversation"))->title.text(language));
        checkScreen("summary");
        window.setSession(nullptr);
    }
    QCoreApplication::removeTranslator(&translator);
}

TEST_P(FlowTexts, a_step_named_in_the_summary_is_named_in_the_windows_language) {
    // "To come back to" names what an answer asked to return to; with no words to quote, the step's title.
    const QString language = QString::fromLatin1(GetParam());
    const auto library = session::FlowLibrary::builtin();
    ASSERT_TRUE(library.ok());
    const auto* practice = library->find(QStringLiteral("practice"));
    ASSERT_NE(practice, nullptr);
    const auto* step = practice->step(QStringLiteral("own-answer"));
    ASSERT_NE(step, nullptr);
    session::State state;
    session::Entry entry;
    entry.seq = 1;
    entry.by = session::Partner::B;
    entry.step = step->id;
    entry.action = QStringLiteral("come-back-later");
    state.entries.push_back(entry);
    const auto summary = session::summarize(state, *practice, language);
    EXPECT_EQ(summary.named(session::Partner::B, QStringLiteral("come-back-to")),
              QStringList{step->title.text(language)})
        << "not \"" << step->title.text(QStringLiteral("en")).toStdString() << "\"";
}

INSTANTIATE_TEST_SUITE_P(EachLanguage, FlowTexts, ::testing::Values("de", "fr", "es"),
                         [](const auto& info) { return std::string(info.param); });

} // namespace twofold::test
