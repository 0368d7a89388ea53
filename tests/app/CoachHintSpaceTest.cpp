// The coach's hint never moves the fields below it (issue 17 §6, F3): its space is a fixed height of
// DraftEdit::kHintLines lines, and a hint that needs more is shortened with "…" while its whole text stays
// the tooltip and the field's accessible description. Checked on the real statement page, in English and
// German, at the default window size and at a narrow one, with drafts whose hints take one to many lines.
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/pages/MainWindow.h"
#include "app/pages/SessionPage.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/Theme.h"
#include "tests/app/FakePartners.h"
#include "tests/app/TwoPartners.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

struct HintCase {
    const char* language;
    int width;
    std::vector<const char*> drafts;
};

int visibleLines(const QLabel& label) {
    const QRect room(0, 0, label.contentsRect().width(), 1000000);
    return label.fontMetrics().boundingRect(room, Qt::TextWordWrap, label.text()).height() /
           label.fontMetrics().lineSpacing();
}

// The label lays its text out in no more height than it has: nothing of it is cut at the bottom. Asked
// of the label itself, with its margins and style sheet padding (an outside tester saw a fourth German
// line sliced at 420 px while a font-metrics count said three).
bool allShown(const QLabel& label) {
    return label.heightForWidth(label.width()) <= label.height();
}

class CoachHintSpace : public ::testing::TestWithParam<HintCase> {};

TEST_P(CoachHintSpace, no_hint_however_long_moves_the_fields_below_it) {
    const auto& param = GetParam();
    const QString language = QString::fromLatin1(param.language);
    QTranslator translator;
    if (language != QStringLiteral("en")) {
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/twofold_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    qApp->setStyleSheet(app::Theme::styleSheet(qApp->palette())); // the hint box's padding, as in the app
    {
        TwoPartners p(TwoPartners::Link::Memory, QStringLiteral("Alex"), QStringLiteral("Sam"), language);
        app::RuleCoach coach(language);
        QTemporaryDir profile;
        app::Settings settings(profile.path());
        settings.setDisplayName(QStringLiteral("Alex"));
        settings.setFirstRunDone(true);
        FakePartners partners;
        app::MainWindow window(settings, coach, partners);
        window.resize(param.width, 504);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.setSession(p.alex.get());
        window.sessionPage()->setReducedMotion(true);
        p.alex->checkIn().start(QStringLiteral("conversation"));
        ASSERT_TRUE(p.settle());
        p.alex->step().setDraft(QStringLiteral("set-topic"), QStringLiteral("first"), QStringLiteral("me"));
        p.alex->step().submit(QStringLiteral("set-topic"));
        p.alex->step().submit(QStringLiteral("ready"));
        ASSERT_TRUE(p.settle());
        p.sam->step().submit(QStringLiteral("ready"));
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
        auto* feel = window.findChild<app::DraftEdit*>(QStringLiteral("field-share-feel"));
        auto* when = window.findChild<app::DraftEdit*>(QStringLiteral("field-share-when"));
        ASSERT_TRUE(feel && when);
        auto* hint = feel->parentWidget()->findChild<QLabel*>(QStringLiteral("coachHint"));
        ASSERT_NE(hint, nullptr);
        const int before = when->mapTo(&window, QPoint(0, 0)).y();
        int mostLines = 0;
        for (const char* draft : param.drafts) {
            const QString text = QString::fromUtf8(draft);
            feel->setPlainText(text);
            QCoreApplication::processEvents();
            const QString full = feel->accessibleDescription();
            EXPECT_FALSE(full.isEmpty()) << "positive control: the coach has a hint for " << draft;
            EXPECT_EQ(when->mapTo(&window, QPoint(0, 0)).y(), before)
                << "the hint for \"" << draft << "\" (" << language.toStdString() << ", " << window.width()
                << " px) moved the field below it; hint: " << hint->text().toStdString();
            EXPECT_LE(visibleLines(*hint), app::DraftEdit::kHintLines) << draft;
            EXPECT_TRUE(allShown(*hint)) << "the hint for \"" << draft << "\" is cut at " << window.width()
                                         << " px: " << hint->text().toStdString();
            mostLines = std::max(mostLines, visibleLines(*hint));
            // Whatever is shown, the whole hint is there for a screen reader and, when shortened, on hover.
            EXPECT_EQ(hint->accessibleDescription(), full);
            if (hint->text() != full) {
                EXPECT_TRUE(hint->text().endsWith(QChar(0x2026))) << hint->text().toStdString();
                EXPECT_EQ(hint->toolTip(), full);
            }
            feel->setPlainText(QString());
            QCoreApplication::processEvents();
            EXPECT_EQ(when->mapTo(&window, QPoint(0, 0)).y(), before) << "nor did it going away";
        }
        EXPECT_GE(mostLines, 3) << "positive control: some hint here needs three lines or more";
        window.setSession(nullptr);
    }
    qApp->setStyleSheet(QString());
    QCoreApplication::removeTranslator(&translator);
}

const std::vector<const char*> kEnglish = {
    "like you don't care", "ignored", "you always ignore me",
    "you never listen to me and you always ignore me and you make me feel like you don't care"};
const std::vector<const char*> kGerman = {
    "ignoriert",
    "im Stich gelassen",
    "verraten",
    "du hörst mir nie zu",
    "du hörst mir nie zu und du ignorierst mich immer und du bist schuld daran, dass ich traurig bin",
    "du hörst mir nie zu"};

INSTANTIATE_TEST_SUITE_P(EnglishAndGerman, CoachHintSpace,
                         ::testing::Values(HintCase{"en", 708, kEnglish}, HintCase{"en", 420, kEnglish},
                                           HintCase{"de", 708, kGerman}, HintCase{"de", 420, kGerman}),
                         [](const auto& info) {
                             return std::string(info.param.language) + "_" + std::to_string(info.param.width);
                         });

} // namespace
} // namespace twofold::test
