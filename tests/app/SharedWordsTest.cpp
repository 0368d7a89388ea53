// Whatever one partner writes for the other reaches the other's screen (issue 17 §1): every field a flow
// marks `shared`, in every built-in flow, walked through from the check-in to the summary.
#include "app/controllers/session/SessionController.h"
#include "core/session/FlowLibrary.h"
#include "tests/app/TwoPartners.h"

#include <gtest/gtest.h>
#include <map>
#include <set>

using twofold::app::Screen;
using twofold::app::SessionController;
using twofold::session::Partner;

namespace {

// Everything `who` reads of `writer`'s words right now: on the conversation screen the turn's entries
// and the "From …" cards, on the summary screen the summary.
QStringList seenBy(const SessionController& who, Partner writer) {
    QStringList texts;
    if (who.screen() == Screen::Summary) {
        const auto summary = who.summary().summary();
        for (const auto& [tag, items] : summary.byPartner[std::size_t(twofold::session::indexOf(writer))]) {
            texts += items;
        }
        return texts;
    }
    if (who.screen() != Screen::Conversation) {
        return texts;
    }
    for (const auto& view : who.step().turnEntries()) {
        texts += view.lines;
    }
    for (const auto& view : who.step().fromPartner()) {
        texts += view.lines;
    }
    return texts;
}

bool contains(const QStringList& texts, const QString& words) {
    return std::any_of(texts.begin(), texts.end(), [&](const QString& text) { return text.contains(words); });
}

class SharedWordsTest : public ::testing::TestWithParam<const char*> {
protected:
    twofold::test::TwoPartners p;
};

// The walk takes, each time, the action least often taken by whoever may act (Alex first on a tie), so
// it goes down every path ("Not quite", "there is more") once and still reaches the summary. After each
// action, each shared field written in it must be on the other partner's screen.
TEST_P(SharedWordsTest, every_shared_field_reaches_the_partners_screen) {
    const QString flowId = QString::fromLatin1(GetParam());
    auto library = twofold::session::FlowLibrary::builtin();
    ASSERT_TRUE(library.ok());
    const auto* flow = library->find(flowId);
    ASSERT_NE(flow, nullptr);
    p.alex->checkIn().start(flowId);
    ASSERT_TRUE(p.settle());

    std::map<QString, int> taken;
    std::set<QString> reached;
    int written = 0;
    for (int i = 0; i < 200 && p.alex->screen() != Screen::Summary; ++i) {
        SessionController* actor = nullptr;
        const twofold::session::ActionDef* chosen = nullptr;
        int fewest = 1 << 20;
        for (auto* who : {p.alex.get(), p.sam.get()}) {
            const auto* step = flow->step(who->step().stepId());
            ASSERT_NE(step, nullptr);
            for (const auto& view : who->step().actions()) {
                const auto* action = step->action(view.id);
                const auto key = QString::number(int(who == p.sam.get())) + step->id + QLatin1Char('/') + view.id;
                if (view.enabled && !action->undoes && taken[key] < fewest) {
                    fewest = taken[key];
                    actor = who;
                    chosen = action;
                }
            }
        }
        ASSERT_NE(chosen, nullptr) << "nobody can act in " << p.alex->step().stepId().toStdString();
        const auto stepId = actor->step().stepId();
        ++taken[QString::number(int(actor == p.sam.get())) + stepId + QLatin1Char('/') + chosen->id];
        std::map<QString, QString> words;
        for (const auto& field : chosen->fields) {
            if (field.kind == twofold::session::FieldKind::Text) {
                words[field.name] = QStringLiteral("words%1 for %2").arg(++written).arg(field.name);
            } else if (field.kind == twofold::session::FieldKind::Speaker) {
                words[field.name] = QStringLiteral("me");
            } else if (field.kind == twofold::session::FieldKind::Choice) {
                words[field.name] = field.options.value(0);
            }
            if (words.count(field.name) > 0) {
                actor->step().setDraft(chosen->id, field.name, words[field.name]);
            }
        }
        actor->step().submit(chosen->id);
        ASSERT_TRUE(p.settle());
        ASSERT_TRUE(actor->step().notice().isEmpty()) << actor->step().notice().toStdString();

        const auto* other = actor == p.alex.get() ? p.sam.get() : p.alex.get();
        const auto writer = actor == p.alex.get() ? Partner::A : Partner::B;
        for (const auto& field : chosen->fields) {
            if (!field.shared || field.kind != twofold::session::FieldKind::Text) {
                continue;
            }
            reached.insert(stepId + QLatin1Char('/') + chosen->id + QLatin1Char('/') + field.name);
            EXPECT_TRUE(contains(seenBy(*other, writer), words[field.name]))
                << flowId.toStdString() << ": " << stepId.toStdString() << "/" << chosen->id.toStdString() << "/"
                << field.name.toStdString() << " was shared, but the partner's screen ("
                << other->step().stepId().toStdString()
                << ") does not show it: " << seenBy(*other, writer).join(QStringLiteral(" | ")).toStdString();
        }
    }
    ASSERT_EQ(p.alex->screen(), Screen::Summary) << "the walk should reach the summary";

    // Every shared field of the flow was written on the way, so a new one cannot slip past unseen.
    int sharedFields = 0;
    for (const auto& step : flow->steps) {
        for (const auto& action : step.actions) {
            for (const auto& field : action.fields) {
                if (field.shared && field.kind == twofold::session::FieldKind::Text) {
                    ++sharedFields;
                    EXPECT_EQ(reached.count(step.id + QLatin1Char('/') + action.id + QLatin1Char('/') + field.name), 1u)
                        << flowId.toStdString() << ": the walk never wrote " << step.id.toStdString() << "/"
                        << action.id.toStdString() << "/" << field.name.toStdString();
                }
            }
        }
    }
    EXPECT_GT(sharedFields, 0) << "the flow marks what is written for the partner";
}

INSTANTIATE_TEST_SUITE_P(EveryFlow, SharedWordsTest, ::testing::Values("conversation", "practice"),
                         [](const auto& info) { return std::string(info.param); });

} // namespace
