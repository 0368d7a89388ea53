// Table-driven: gentle phrases the coach must leave alone — real feelings, requests, "I" statements,
// absolutes about oneself, questions to the partner, owning one's part.
#include "CoachTestSupport.h"

#include <gtest/gtest.h>
#include <iterator>

namespace twofold::coach::test {
namespace {

const char* const englishPhrases[] = {
    "I never thought of it that way.",
    "I feel lonely when we eat apart.",
    "Would you be willing to call me when you're late?",
    "I feel hurt and a bit scared.",
    "When you came home late yesterday, I felt worried.",
    "I always feel better after we talk.",
    "What do you think about going for a walk?",
    "Do you think we could try again tomorrow?",
    "Thank you for always making time for me.",
    "I love that you always make me laugh.",
    "I'd love to hear what you think.",
    "Could we slow down for a minute?",
    "I need a few minutes to come back to myself.",
    "What I hear you saying is that you feel ignored.",
    "Did I get that right?",
    "That makes sense to me because you were tired.",
    "I imagine you might feel overwhelmed.",
    "I got defensive earlier. I can see how that made you feel alone.",
    "I was being selfish, and I'm sorry.",
    "I felt a bit stupid asking.",
    "We never really talked about money.",
    "I never feel like I'm doing enough.",
    "Everything feels heavy right now.",
    "Nothing about this is easy for me.",
    "Every time I see you, I smile.",
    "Do you need to talk now or later?",
    "If you have to work late, could you text me?",
    "I miss you all the time.",
    "I think about you all the time.",
    "I feel sad and a little disappointed.",
    "I feel unimportant when plans change at the last minute.",
    "I'm scared we're drifting apart.",
    "I'd like us to find a way through this together.",
    "Can I take that back and try again?",
    "I can see my part in this.",
    "I'm still here. I'm not going anywhere.",
    "Thank you for staying in this with me.",
    "I care about you, even now.",
    "It's not your fault.",
    "You make me so happy.",
    "You made me dinner last night and it meant a lot.",
    "Tell me what you need.",
    "What would help you feel heard?",
    "Let's have a lazy Sunday together.",
    "I know you just wanted to help.",
    "I'm glad you thought of me.",
    "It was a big deal to me.",
    "Whatever you decide, I'm with you.",
    "I don't want you to feel attacked.",
    "I feel like you felt ignored last night, and I'm sorry.",
    "I felt hurt when you left without saying goodbye.",
    "I hope our kids grow up kind.",
};

const char* const germanPhrases[] = {
    "Ich habe nie darüber nachgedacht.",
    "Ich fühle mich einsam, wenn wir getrennt essen.",
    "Wärst du bereit, mich anzurufen, wenn du später kommst?",
    "Ich fühle mich verletzt und ein bisschen ängstlich.",
    "Ich bin traurig.",
    "Was denkst du darüber?",
    "Ich möchte wissen, was du denkst.",
    "Danke, dass du immer für mich da bist.",
    "Ich liebe es, wenn du lachst.",
    "Können wir kurz langsamer machen?",
    "Ich brauche zehn Minuten, um wieder zu mir zu kommen.",
    "Was ich höre, ist, dass du dich übergangen fühlst.",
    "Habe ich das richtig verstanden?",
    "Das ergibt für mich Sinn, weil du müde warst.",
    "Ich kann mir vorstellen, dass du dich überfordert fühlst.",
    "Ich war vorhin defensiv. Das tut mir leid.",
    "Ich war egoistisch, und das tut mir leid.",
    "Das war dumm von mir.",
    "Wir haben nie richtig über Geld geredet.",
    "Ich fühle mich nie ganz sicher, ob ich genug tue.",
    "Alles fühlt sich gerade schwer an.",
    "Jedes Mal, wenn ich dich sehe, freue ich mich.",
    "Musst du morgen arbeiten?",
    "Wenn du musst, kannst du später anrufen.",
    "Du musst nicht sofort antworten.",
    "Ich denke oft an dich.",
    "Ich vermisse dich.",
    "Ich bin enttäuscht und müde.",
    "Ich fühle mich unwichtig, wenn Pläne kurzfristig geändert werden.",
    "Ich habe Angst, dass wir uns voneinander entfernen.",
    "Ich möchte, dass wir gemeinsam einen Weg finden.",
    "Kann ich das zurücknehmen und es nochmal versuchen?",
    "Ich sehe meinen Anteil daran.",
    "Ich bin noch da. Ich gehe nicht weg.",
    "Danke, dass du das mit mir durchstehst.",
    "Du bist mir wichtig, auch jetzt.",
    "Es ist nicht deine Schuld.",
    "Du machst mich glücklich.",
    "Lass uns einen faulen Sonntag machen.",
    "Ich weiß, du wolltest nur helfen.",
    "Erzähl mir, was du brauchst.",
    "Was würde dir helfen, dich gehört zu fühlen?",
    "Ich fühlte mich dumm, als ich gefragt habe.",
    "Ich liebe dich.",
    "Mir ist es egal, wo wir essen – entscheide du.",
    "Ich habe mich gefreut, dass du angerufen hast.",
    "Hast du alles, was du brauchst?",
    "Ich fühle mich traurig und hilflos.",
};

template <std::size_t N> void expectNoneFlagged(const char* language, const char* const (&phrases)[N]) {
    const Coach& coach = coachFor(QString::fromLatin1(language));
    for (const char* phrase : phrases) {
        const QString text = QString::fromUtf8(phrase);
        const auto findings = coach.check(text);
        EXPECT_TRUE(findings.empty()) << language << ": “" << phrase << "” should not be flagged; got "
                                      << describe(text, findings);
    }
}

TEST(Coach, leaves_at_least_forty_gentle_english_phrases_alone) {
    static_assert(std::size(englishPhrases) >= 40);
    expectNoneFlagged("en", englishPhrases);
}

TEST(Coach, leaves_at_least_forty_gentle_german_phrases_alone) {
    static_assert(std::size(germanPhrases) >= 40);
    expectNoneFlagged("de", germanPhrases);
}

} // namespace
} // namespace twofold::coach::test
