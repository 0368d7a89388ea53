// Table-driven: phrases that must be flagged, with the category and the exact flagged words.
#include "CoachTestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <iterator>

namespace twofold::coach::test {
namespace {

const BlamingPhrase englishPhrases[] = {
    {"You always leave your dishes in the sink.", "you-accusation", "You always"},
    {"You never listen to me.", "you-accusation", "You never"},
    {"You make me so angry.", "you-accusation", "You make me"},
    {"Why can't you just be on time?", "you-accusation", "Why can't you"},
    {"Why can't you call?", "you-accusation", "Why can't you"},
    {"Why didn't you tell me?", "you-accusation", "Why didn't you"},
    {"How could you forget my birthday?", "you-accusation", "How could you"},
    {"What's wrong with you?", "you-accusation", "What's wrong with you"},
    {"It's all your fault.", "you-accusation", "It's all your fault"},
    {"Well, you started it.", "you-accusation", "you started it"},
    {"You're making me crazy.", "you-accusation", "You're making me"},
    {"You ruin everything.", "you-accusation", "You ruin everything"},
    {"Why don't you ever help?", "you-accusation", "Why don't you ever"},
    {"Why do you always do this?", "you-accusation", "Why do you always"},
    {"YOU ALWAYS DO THIS", "you-accusation", "YOU ALWAYS"},
    {"You're always on your phone.", "absolute", "You're always"},
    {"you’re always late", "absolute", "you’re always"},
    {"You are never home before nine.", "absolute", "You are never"},
    {"Every time you come home late, we fight.", "absolute", "Every time you"},
    {"You do this every single time.", "absolute", "You do this every single time"},
    {"You're on that phone all the time.", "absolute", "You're on that phone all the time"},
    {"You have never once thanked me.", "absolute", "You have never"},
    {"You do nothing around the house.", "absolute", "You do nothing"},
    {"You take forever to get ready.", "absolute", "You take forever"},
    {"You think you're always right.", "mind-reading", "You think"},
    {"You don't care about my feelings.", "mind-reading", "You don't care"},
    {"You just want to win this argument.", "mind-reading", "You just want to win"},
    {"All you care about is work.", "mind-reading", "All you care"},
    {"You did that on purpose.", "mind-reading", "You did that on purpose"},
    {"You're just trying to make me feel bad.", "mind-reading", "You're just trying to make me feel"},
    {"You don't love me anymore.", "mind-reading", "You don't love me"},
    {"You should have called.", "demand", "You should"},
    {"You need to stop yelling.", "demand", "You need to"},
    {"You have to listen to me.", "demand", "You have to"},
    {"You must apologise.", "demand", "You must"},
    {"You'd better be home by six.", "demand", "You'd better"},
    {"Calm down!", "demand", "Calm down"},
    {"That was so selfish.", "contempt", "selfish"},
    {"You're being lazy again.", "contempt", "lazy"},
    {"That's a stupid idea.", "contempt", "stupid"},
    {"This is pathetic.", "contempt", "pathetic"},
    {"That's ridiculous.", "contempt", "ridiculous"},
    {"Whatever.", "contempt", "Whatever"},
    {"Fine, whatever.", "contempt", "whatever"},
    {"Oh please, not again.", "contempt", "Oh please"},
    {"*rolls eyes*", "contempt", "rolls eyes"},
    {"You're crazy.", "contempt", "crazy"},
    {"Grow up.", "contempt", "Grow up"},
    {"I feel ignored when you're on your phone.", "pseudo-feeling", "ignored"},
    {"I felt betrayed.", "pseudo-feeling", "betrayed"},
    {"I feel manipulated.", "pseudo-feeling", "manipulated"},
    {"I feel so abandoned.", "pseudo-feeling", "abandoned"},
    {"I felt rejected last night.", "pseudo-feeling", "rejected"},
    {"I feel attacked.", "pseudo-feeling", "attacked"},
    {"I feel criticised all the time.", "pseudo-feeling", "criticised"},
    {"I feel unappreciated.", "pseudo-feeling", "unappreciated"},
    {"I feel disrespected when you interrupt me.", "pseudo-feeling", "disrespected"},
    {"I feel taken for granted.", "pseudo-feeling", "taken for granted"},
    {"I felt let down.", "pseudo-feeling", "let down"},
    {"It makes me feel abandoned.", "pseudo-feeling", "abandoned"},
    {"I'm feeling pressured.", "pseudo-feeling", "pressured"},
    {"I feel like you ignored me all evening.", "thought-as-feeling", "I feel like"},
    {"I feel like you ignored me all evening.", "you-accusation", "you ignored me"},
    {"I feel used.", "pseudo-feeling", "used"},
};

const BlamingPhrase germanPhrases[] = {
    {"Weil du immer dein Handy in der Hand hast.", "you-accusation", "du immer"},
    {"Du machst mich wahnsinnig.", "you-accusation", "Du machst mich"},
    {"Warum kannst du nicht einfach zuhören?", "you-accusation", "kannst du nicht einfach"},
    {"Warum kannst du mir nicht zuhören?", "you-accusation", "Warum kannst du mir nicht"},
    {"Warum musst du immer das letzte Wort haben?", "you-accusation", "Warum musst du immer"},
    {"Das ist alles deine Schuld.", "you-accusation", "Das ist alles deine Schuld"},
    {"Du bist schuld daran.", "you-accusation", "Du bist schuld"},
    {"Was ist los mit dir?", "you-accusation", "Was ist los mit dir"},
    {"Du hast angefangen.", "you-accusation", "Du hast angefangen"},
    {"Du machst alles kaputt.", "you-accusation", "Du machst alles kaputt"},
    {"Du hörst mir nicht zu.", "you-accusation", "Du hörst mir nicht zu"},
    {"DU NIE!", "you-accusation", "DU NIE"},
    {"Du kommst immer zu spät.", "absolute", "Du kommst immer"},
    {"Du hörst mir nie zu.", "you-accusation", "Du hörst mir nie zu"},
    {"Jedes Mal, wenn du das sagst, werde ich wütend.", "absolute", "Jedes Mal, wenn du"},
    {"Immer wenn du müde bist, streiten wir.", "absolute", "Immer wenn du"},
    {"Nie hilfst du mir im Haushalt.", "absolute", "Nie hilfst du"},
    {"Ständig bist du am Handy.", "absolute", "Ständig bist du"},
    {"Du bist die ganze Zeit unterwegs.", "absolute", "Du bist die ganze Zeit"},
    {"Du vergisst das jedes Mal.", "absolute", "Du vergisst das jedes Mal"},
    {"Du denkst nur an dich.", "mind-reading", "Du denkst"},
    {"Dir ist doch alles egal.", "mind-reading", "Dir ist doch alles egal"},
    {"Das ist dir doch egal.", "mind-reading", "Das ist dir doch egal"},
    {"Du willst doch nur recht haben.", "mind-reading", "Du willst doch nur"},
    {"Du machst das mit Absicht.", "mind-reading", "Du machst das mit Absicht"},
    {"Du interessierst dich nicht für mich.", "mind-reading", "Du interessierst dich nicht"},
    {"Ich bin dir egal.", "mind-reading", "Ich bin dir egal"},
    {"Du liebst mich nicht.", "mind-reading", "Du liebst mich nicht"},
    {"Du weißt genau, was ich meine.", "mind-reading", "Du weißt genau"},
    {"Du solltest dich entschuldigen.", "demand", "Du solltest"},
    {"Du musst mir zuhören.", "demand", "Du musst"},
    {"Du hättest anrufen sollen.", "demand", "Du hättest anrufen sollen"},
    {"Hör auf damit!", "demand", "Hör auf damit"},
    {"Beruhige dich.", "demand", "Beruhige dich"},
    {"Du bist so egoistisch.", "contempt", "egoistisch"},
    {"Du bist einfach faul.", "contempt", "faul"},
    {"Das ist dumm.", "contempt", "dumm"},
    {"DAS IST SO DUMM", "contempt", "DUMM"},
    {"Das ist lächerlich.", "contempt", "lächerlich"},
    {"Du bist so kindisch.", "contempt", "kindisch"},
    {"Stell dich nicht so an.", "contempt", "Stell dich nicht so an"},
    {"Egal.", "contempt", "Egal"},
    {"Na und?", "contempt", "Na und"},
    {"Du übertreibst total.", "contempt", "Du übertreibst"},
    {"Reg dich ab.", "contempt", "Reg dich ab"},
    {"Du spinnst doch.", "contempt", "Du spinnst"},
    {"Ich fühle mich ignoriert.", "pseudo-feeling", "ignoriert"},
    {"Ich fühle mich verraten.", "pseudo-feeling", "verraten"},
    {"Ich fühle mich manipuliert.", "pseudo-feeling", "manipuliert"},
    {"Ich fühle mich im Stich gelassen.", "pseudo-feeling", "im Stich gelassen"},
    {"Ich fühlte mich von dir abgelehnt.", "pseudo-feeling", "abgelehnt"},
    {"Ich habe mich übergangen gefühlt.", "pseudo-feeling", "übergangen"},
    {"Manchmal fühle ich mich nicht beachtet.", "pseudo-feeling", "nicht beachtet"},
    {"Ich fühle mich nicht wertgeschätzt.", "pseudo-feeling", "nicht wertgeschätzt"},
    {"Ich fühle mich angegriffen.", "pseudo-feeling", "angegriffen"},
    {"Ich komme mir ausgenutzt vor.", "pseudo-feeling", "ausgenutzt"},
    {"Ich fühle mich unter Druck gesetzt.", "pseudo-feeling", "unter Druck gesetzt"},
    {"Ich fühle mich kritisiert.", "pseudo-feeling", "kritisiert"},
    {"Ich fühle mich so allein gelassen.", "pseudo-feeling", "allein gelassen"},
};

// Every phrase has one finding with the expected category covering exactly the expected words.
template <std::size_t N> void expectAllFlagged(const char* language, const BlamingPhrase (&phrases)[N]) {
    const Coach& coach = coachFor(QString::fromLatin1(language));
    for (const auto& phrase : phrases) {
        const QString text = QString::fromUtf8(phrase.text);
        const auto findings = coach.check(text);
        const bool found = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
            return f.category == QLatin1String(phrase.category) &&
                   text.mid(f.start, f.length) == QString::fromUtf8(phrase.flagged);
        });
        EXPECT_TRUE(found) << language << ": “" << phrase.text << "” should flag “" << phrase.flagged << "” as "
                           << phrase.category << "; got " << describe(text, findings);
    }
}

TEST(Coach, flags_at_least_forty_blaming_english_phrases_with_their_category) {
    static_assert(std::size(englishPhrases) >= 40);
    expectAllFlagged("en", englishPhrases);
}

TEST(Coach, flags_at_least_forty_blaming_german_phrases_with_their_category) {
    static_assert(std::size(germanPhrases) >= 40);
    expectAllFlagged("de", germanPhrases);
}

TEST(Coach, every_category_of_both_languages_is_exercised_by_the_tables) {
    for (const char* category :
         {"you-accusation", "absolute", "mind-reading", "demand", "contempt", "pseudo-feeling"}) {
        const auto has = [&](const auto& table) {
            return std::any_of(std::begin(table), std::end(table),
                               [&](const BlamingPhrase& p) { return qstrcmp(p.category, category) == 0; });
        };
        EXPECT_TRUE(has(englishPhrases)) << category;
        EXPECT_TRUE(has(germanPhrases)) << category;
    }
}

} // namespace
} // namespace twofold::coach::test
