// A flow's text field as a partner meets it (issue 17 §6): the coach reads a draft as the words that follow
// the field's own opening, and its hint appearing never moves what is below it.
#include "app/controllers/RuleCoach.h"
#include "app/widgets/DraftEdit.h"
#include "app/widgets/Theme.h"
#include "core/coach/Coach.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

// Flags the whole draft with a suggestion of the given words.
class WordyCoach final : public app::TextCoach {
public:
    std::vector<coach::Finding> check(const QString& text) const override {
        if (text.isEmpty()) {
            return {};
        }
        return {coach::Finding{0, int(text.size()), QStringLiteral("demand"), suggestion, alternatives,
                               coach::Severity::Blame}};
    }
    QString suggestion;
    QStringList alternatives;
};

int wrappedLines(const QLabel& label) {
    const QRect room(0, 0, label.contentsRect().width(), 100000);
    return label.fontMetrics().boundingRect(room, Qt::TextWordWrap, label.text()).height() /
           label.fontMetrics().lineSpacing();
}

} // namespace

TEST(DraftField, a_two_line_coach_hint_appearing_moves_nothing_below_it) {
    qApp->setStyleSheet(app::Theme::styleSheet(qApp->palette())); // the padding the app's hint box has
    WordyCoach coach;
    QWidget form;
    auto* layout = new QVBoxLayout(&form);
    auto* edit = new app::DraftEdit(coach, false, 500, &form);
    auto* hint = new QLabel(&form);
    hint->setObjectName(QStringLiteral("coachHint"));
    hint->setWordWrap(true);
    auto* below = new QPushButton(QStringLiteral("Share"), &form);
    layout->addWidget(edit);
    layout->addWidget(hint);
    layout->addWidget(below);
    layout->addStretch();
    edit->setHintLabel(hint);
    form.resize(420, 400);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    const int before = below->y();

    // A suggestion just long enough to wrap onto a second line at this width.
    edit->setPlainText(QStringLiteral("x"));
    while (wrappedLines(*hint) < 2) {
        coach.suggestion += QStringLiteral("gently ");
        edit->setPlainText(QStringLiteral("x") + QString::number(coach.suggestion.size()));
    }
    QApplication::processEvents();
    EXPECT_EQ(wrappedLines(*hint), 2);
    EXPECT_EQ(below->y(), before) << "a two-line hint pushed the form down";
    qApp->setStyleSheet(QString());
}

TEST(DraftField, offers_alternatives_after_one_lead_in_only) {
    WordyCoach coach;
    coach.alternatives = {QStringLiteral("lonely"), QStringLiteral("sad")};
    QWidget form;
    auto* layout = new QVBoxLayout(&form);
    auto* edit = new app::DraftEdit(coach, false, 500, &form);
    auto* hint = new QLabel(&form);
    layout->addWidget(edit);
    layout->addWidget(hint);
    edit->setHintLabel(hint);
    coach.suggestion = QStringLiteral("Maybe one of these fits:");
    edit->setPlainText(QStringLiteral("ignored"));
    EXPECT_EQ(edit->accessibleDescription(), QStringLiteral("“ignored” · Maybe one of these fits: lonely, sad"));
    coach.suggestion = QStringLiteral("This might land as blame.");
    edit->setPlainText(QStringLiteral("ignored "));
    EXPECT_EQ(edit->accessibleDescription(),
              QStringLiteral("“ignored ” · This might land as blame. Perhaps: lonely, sad"));
}

TEST(DraftField, reads_a_request_as_completing_would_you_be_willing_to) {
    app::RuleCoach coach(QStringLiteral("en"));
    QWidget form;
    auto* layout = new QVBoxLayout(&form);
    auto* edit = new app::DraftEdit(coach, false, 500, &form);
    auto* hint = new QLabel(&form);
    layout->addWidget(edit);
    layout->addWidget(hint);
    edit->setHintLabel(hint);
    edit->setPlainText(QStringLiteral("stop checking your phone at dinner"));
    ASSERT_FALSE(hint->text().isEmpty()) << "positive control: read alone, it is a command";
    edit->setCoachLeadIn(coach::leadInOf(QStringLiteral("Would you be willing to …?")));
    EXPECT_TRUE(hint->text().isEmpty()) << hint->text().toStdString();
}

} // namespace twofold::test
