// What a partner typed is shown exactly as typed everywhere (issue 17, outside tester: "WHEN-phones" in the
// speaker's own copy read "when -phones"): capitals, hyphens, apostrophes, emoji, right-to-left names,
// runs of spaces and line breaks survive into the speaker's own copy, the partner's screen, the "From …"
// cards, the shared history and the summary. Only the field's own words are left out where the typed
// words already open with them.
#include "app/controllers/SessionViews.h"
#include "app/controllers/session/SessionController.h"
#include "tests/app/TwoPartners.h"

#include <gtest/gtest.h>
#include <map>

namespace twofold::test {
namespace {

const std::map<QString, QString> kStatement = {
    {QStringLiteral("feel"), QStringLiteral("I'M SO TIRED, don’t you see? 😢🫶🏽")},
    {QStringLiteral("when"), QStringLiteral("WHEN-phones come out at dinner")},
    {QStringLiteral("need"), QStringLiteral("time with you,  just us\nand a walk — what \u0633\u0627\u0631\u0627 calls "
                                            "„us time“\n\nwith 👨‍👩‍👧")},
    {QStringLiteral("request"), QStringLiteral("whenever we argue, pause with me?")},
};
const QString kBecause = QStringLiteral("WHEN-phones ring  I'd get lost too 📱\nreally");

QStringList linesOf(const std::vector<app::EntryView>& views) {
    QStringList lines;
    for (const auto& view : views) {
        lines += view.lines;
    }
    return lines;
}

// `text` appears whole in one of `lines`, character for character.
bool shows(const QStringList& lines, const QString& text) {
    return std::any_of(lines.begin(), lines.end(), [&](const QString& line) { return line.contains(text); });
}

std::string dump(const QStringList& lines) {
    return lines.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

TEST(TypedWords, keep_every_character_as_typed_inside_the_fields_sentence) {
    // The field's words are said once when the typed words open with them as whole words; the typed
    // words themselves are never re-cased, cut or re-spaced.
    EXPECT_EQ(app::sentenceOf(QStringLiteral("when …"), QStringLiteral("WHEN-phones")),
              QStringLiteral("when WHEN-phones"));
    EXPECT_EQ(app::sentenceOf(QStringLiteral("when …"), QStringLiteral("whenever we argue")),
              QStringLiteral("when whenever we argue"));
    EXPECT_EQ(app::sentenceOf(QStringLiteral("I feel …"), QStringLiteral("I feeling low")),
              QStringLiteral("I feel I feeling low"));
    EXPECT_EQ(app::sentenceOf(QStringLiteral("I feel …"), QStringLiteral("i FEEL lonely")),
              QStringLiteral("i FEEL lonely"));
    EXPECT_EQ(app::sentenceOf(QStringLiteral("I feel …"), QStringLiteral("I feel, honestly, lost")),
              QStringLiteral("I feel, honestly, lost"));
    EXPECT_EQ(
        app::sentenceOf(QStringLiteral("Would you be willing to …?"), QStringLiteral("Would you be willing to help?!")),
        QStringLiteral("Would you be willing to help?!"));
    EXPECT_EQ(app::sentenceOf(QStringLiteral("Would you be willing to …?"), QStringLiteral("help 🙏")),
              QStringLiteral("Would you be willing to help 🙏?"));
    EXPECT_EQ(app::sentenceOf(QStringLiteral("and what I need is …"), QStringLiteral("  two  spaces\nand a line  ")),
              QStringLiteral("and what I need is two  spaces\nand a line"));
}

TEST(TypedWords, reach_every_place_they_are_shown_exactly_as_typed) {
    TwoPartners p;
    const auto act = [&](app::SessionController& who, const char* action, const std::map<QString, QString>& fields) {
        return p.act(who, QString::fromLatin1(action), fields) && who.step().notice().isEmpty();
    };
    p.alex->checkIn().start(QStringLiteral("conversation"));
    ASSERT_TRUE(p.settle());
    ASSERT_TRUE(act(*p.alex, "set-topic", {{QStringLiteral("first"), QStringLiteral("me")}}));
    ASSERT_TRUE(act(*p.alex, "ready", {}));
    ASSERT_TRUE(act(*p.sam, "ready", {}));
    ASSERT_TRUE(act(*p.alex, "share", kStatement)) << p.alex->step().notice().toStdString();

    const auto ownCopy = linesOf(p.alex->step().turnEntries());
    const auto partnerSees = linesOf(p.sam->step().turnEntries());
    for (const auto& [field, typed] : kStatement) {
        EXPECT_TRUE(shows(ownCopy, typed)) << field.toStdString() << " in the speaker's own copy: " << dump(ownCopy);
        EXPECT_TRUE(shows(partnerSees, typed))
            << field.toStdString() << " on the partner's screen: " << dump(partnerSees);
        EXPECT_TRUE(shows(linesOf(p.alex->step().sharedHistory(8)), typed)) << field.toStdString() << " in the history";
        EXPECT_TRUE(shows(linesOf(p.sam->step().sharedHistory(8)), typed)) << field.toStdString() << " in the history";
    }
    EXPECT_FALSE(shows(ownCopy, QStringLiteral("when -phones")));

    // The rest of the turn; the validation that passes the floor is a "From Sam" card on Alex's screen.
    ASSERT_TRUE(act(*p.sam, "reflect", {{QStringLiteral("heard"), QStringLiteral("WHEN-phones… you’re alone")}}));
    EXPECT_TRUE(shows(linesOf(p.alex->step().turnEntries()), QStringLiteral("WHEN-phones… you’re alone")));
    ASSERT_TRUE(act(*p.alex, "confirm", {}));
    ASSERT_TRUE(act(*p.sam, "ask-more", {}));
    ASSERT_TRUE(act(*p.alex, "no-more", {}));
    ASSERT_TRUE(act(*p.sam, "validate", {{QStringLiteral("because"), kBecause}}));
    const auto fromSam = linesOf(p.alex->step().fromPartner());
    EXPECT_TRUE(shows(fromSam, kBecause)) << "the From card: " << dump(fromSam);

    // The summary keeps the words as typed too.
    const auto summary = p.alex->summary().summary();
    EXPECT_TRUE(
        shows(summary.named(session::Partner::A, QStringLiteral("feeling")), kStatement.at(QStringLiteral("feel"))));
    EXPECT_TRUE(
        shows(summary.named(session::Partner::A, QStringLiteral("need")), kStatement.at(QStringLiteral("need"))));
    EXPECT_TRUE(
        shows(summary.named(session::Partner::A, QStringLiteral("request")), kStatement.at(QStringLiteral("request"))));
    EXPECT_TRUE(shows(summary.named(session::Partner::B, QStringLiteral("validation")), kBecause));
}

} // namespace twofold::test
