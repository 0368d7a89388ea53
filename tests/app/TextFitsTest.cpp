// Text always fits (issue 17 §5): every page, dialog, card and button of the real window is walked in
// each language at a small and a large desktop font, with the app's style sheet, in half of a 1366×768
// screen and at 1280×720. Every visible label and button must show all of its text (a wrapped label gets
// the height its text needs, a single line gets its width), and no widget may reach past its parent's
// right edge (nothing scrolls sideways, so whatever sticks out there is simply cut off).
// CTest runs this suite again at QT_SCALE_FACTOR 1.5 and 2 (TextFits.scale_*, tests/app/CMakeLists.txt)
// with the same window sizes: they are logical pixels, and a user at 150 % on a 2049×1152 screen or at
// 200 % on a 2732×1536 one has a logical 1366×768 screen, half of it 683×768.
#include "app/controllers/RuleCoach.h"
#include "app/controllers/Settings.h"
#include "app/pages/MainWindow.h"
#include "app/pages/SessionPage.h"
#include "app/widgets/SignalCard.h"
#include "app/widgets/SignalCardStack.h"
#include "app/widgets/Theme.h"
#include "app/widgets/WrapButton.h"
#include "core/session/SignalCatalogue.h"
#include "tests/app/FakePartners.h"
#include "tests/app/TwoPartners.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <algorithm>
#include <gtest/gtest.h>
#include <iostream>

namespace twofold::test {
namespace {

struct FitCase {
    const char* language;
    int points;
    QSize window;
    // The partner is called 64 × "W" (the longest name, with no space to wrap at) instead of "Sam": every
    // sentence of the session that names them must still wrap within the window.
    bool longPartnerName = false;
};

const QString kLongName(64, QLatin1Char('W'));

std::string caseName(const ::testing::TestParamInfo<FitCase>& info) {
    return std::string(info.param.language) + "_" + std::to_string(info.param.points) + "pt_" +
           std::to_string(info.param.window.width()) + "x" + std::to_string(info.param.window.height()) +
           (info.param.longPartnerName ? "_long_partner_name" : "");
}

QString shown(const QString& text, bool richText) {
    QString plain = richText ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return plain;
}

QString buttonText(const QAbstractButton* button) {
    QString text = button->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString describe(const QWidget* widget, const QString& text) {
    return QStringLiteral("%1 %2 \"%3\" (%4×%5)")
        .arg(QString::fromLatin1(widget->metaObject()->className()),
             widget->objectName().isEmpty() ? QStringLiteral("-") : widget->objectName(), text.left(60))
        .arg(widget->width())
        .arg(widget->height());
}

QString textOf(const QWidget* widget) {
    if (auto* label = qobject_cast<const QLabel*>(widget)) {
        return label->text();
    }
    if (auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        return buttonText(button);
    }
    return {};
}

int widestWord(const QFontMetrics& metrics, const QString& text) {
    int widest = 0;
    // A zero-width space (U+200B) is a place to break a line too: over-long names carry them.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{200B}]+"));
    for (const auto& word : text.split(spaces, Qt::SkipEmptyParts)) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest;
}

// The width and height one line of `text` (or each of its lines) needs.
QSize lineSize(const QFontMetrics& metrics, const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    int width = 0;
    for (const auto& line : lines) {
        width = std::max(width, metrics.horizontalAdvance(line));
    }
    return {width, int(lines.size()) * metrics.height()};
}

// Does `widget` sit in a scroll area that can scroll sideways (then reaching past the right is fine)?
bool scrollsSideways(const QWidget* parent) {
    auto* area = parent != nullptr ? qobject_cast<QAbstractScrollArea*>(parent->parentWidget()) : nullptr;
    return area != nullptr && area->viewport() == parent && area->horizontalScrollBar()->isVisible();
}

QStringList auditLabel(const QLabel* label) {
    QStringList problems;
    if (label->text().isEmpty() || label->pixmap().isNull() == false) {
        return problems;
    }
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    const QString text = shown(label->text(), rich);
    if (text.trimmed().isEmpty()) {
        return problems;
    }
    const QRect box =
        label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    const QFontMetrics metrics = label->fontMetrics();
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1) {
            problems << QStringLiteral("%1: wrapped text needs %2 px of height").arg(describe(label, text)).arg(needed);
        }
        const int word = widestWord(metrics, text);
        if (word > box.width() - label->indent()) {
            problems << QStringLiteral("%1: a word needs %2 px of width").arg(describe(label, text)).arg(word);
        }
    } else {
        const QSize needed = lineSize(metrics, text);
        if (needed.width() > box.width()) {
            problems
                << QStringLiteral("%1: one line needs %2 px of width").arg(describe(label, text)).arg(needed.width());
        }
        if (needed.height() > box.height() + 1) {
            problems << QStringLiteral("%1: needs %2 px of height").arg(describe(label, text)).arg(needed.height());
        }
    }
    return problems;
}

QStringList auditButton(const QAbstractButton* button) {
    QStringList problems;
    const QString text = buttonText(button);
    if (text.trimmed().isEmpty()) {
        return problems;
    }
    const QFontMetrics metrics = button->fontMetrics();
    QRect box = button->contentsRect();
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    if (qobject_cast<const app::WrapButton*>(button) != nullptr) {
        const int padding = metrics.averageCharWidth() * 2;
        box = button->rect().adjusted(padding, 0, -padding, 0);
    } else if (qobject_cast<const QPushButton*>(button) != nullptr) {
        box = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
    } else if (qobject_cast<const QCheckBox*>(button) != nullptr) {
        box = button->style()->subElementRect(QStyle::SE_CheckBoxContents, &option, button);
    } else if (qobject_cast<const QRadioButton*>(button) != nullptr) {
        box = button->style()->subElementRect(QStyle::SE_RadioButtonContents, &option, button);
    }
    if (button->hasHeightForWidth()) { // its text wraps
        const int needed = button->heightForWidth(button->width());
        if (needed > button->height() + 1) {
            problems
                << QStringLiteral("%1: wrapped text needs %2 px of height").arg(describe(button, text)).arg(needed);
        }
        const int word = widestWord(metrics, text);
        if (word > box.width()) {
            problems << QStringLiteral("%1: a word needs %2 px of width, %3 px shown")
                            .arg(describe(button, text))
                            .arg(word)
                            .arg(box.width());
        }
        return problems;
    }
    int iconWidth = 0;
    if (!button->icon().isNull()) {
        iconWidth = button->iconSize().width() + 4;
    }
    const QSize needed = lineSize(metrics, text);
    if (needed.width() + iconWidth > box.width()) {
        problems << QStringLiteral("%1: one line needs %2 px of width, %3 px shown")
                        .arg(describe(button, text))
                        .arg(needed.width() + iconWidth)
                        .arg(box.width());
    }
    if (needed.height() > box.height() + 1) {
        problems << QStringLiteral("%1: needs %2 px of height, %3 px shown")
                        .arg(describe(button, text))
                        .arg(needed.height())
                        .arg(box.height());
    }
    return problems;
}

// Every text in `root` that is not shown fully, and every widget reaching past its parent's right edge.
QStringList auditFits(QWidget* root) {
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (auto* widget : widgets) {
        if (!widget->isVisible() || widget->window() != root->window()) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            problems << auditLabel(label);
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            problems << auditButton(button);
        }
        // Nothing scrolls sideways: a page that needs a horizontal scroll bar is cut off for anyone who does
        // not notice it (the e2e walk found the German first run 111 px too wide, which this audit let pass).
        if (auto* area = qobject_cast<QAbstractScrollArea*>(widget);
            area != nullptr && area->horizontalScrollBar()->isVisible()) {
            problems << QStringLiteral("%1: scrolls sideways (%2 px more than it shows)")
                            .arg(describe(widget, QString()))
                            .arg(area->horizontalScrollBar()->maximum());
        }
        // No text is smaller than the desktop font the user chose (the outside e2e walk found page intros
        // at 11.5 pt under a 14 pt desktop font: the style sheet's sizes were fixed).
        if ((qobject_cast<QLabel*>(widget) != nullptr || qobject_cast<QAbstractButton*>(widget) != nullptr) &&
            !textOf(widget).trimmed().isEmpty() &&
            widget->font().pointSizeF() < QApplication::font().pointSizeF() - 0.05) {
            problems << QStringLiteral("%1: its text is %2 pt, smaller than the desktop font (%3 pt)")
                            .arg(describe(widget, textOf(widget)))
                            .arg(widget->font().pointSizeF())
                            .arg(QApplication::font().pointSizeF());
        }
        QWidget* parent = widget->parentWidget();
        if (widget->isWindow() || parent == nullptr || scrollsSideways(parent)) {
            continue;
        }
        const int right = widget->mapTo(parent, QPoint(0, 0)).x() + widget->width();
        if (right > parent->width()) {
            QStringList widest; // what inside is too wide for the parent, deepest first
            for (auto* inner : widget->findChildren<QWidget*>()) {
                if (inner->isVisible() && inner->width() > parent->width() &&
                    std::none_of(inner->children().cbegin(), inner->children().cend(), [&](QObject* child) {
                        auto* w = qobject_cast<QWidget*>(child);
                        return w != nullptr && w->isVisible() && w->width() > parent->width();
                    })) {
                    widest << describe(inner, textOf(inner));
                }
            }
            problems << QStringLiteral("%1: reaches %2 px past the right edge of %3 (%4 px wide)%5")
                            .arg(describe(widget, textOf(widget)))
                            .arg(right - parent->width())
                            .arg(parent->objectName().isEmpty() ? QString::fromLatin1(parent->metaObject()->className())
                                                                : parent->objectName())
                            .arg(parent->width())
                            .arg(widest.isEmpty() ? QString()
                                                  : QStringLiteral("; too wide inside: ") +
                                                        widest.mid(0, 3).join(QStringLiteral(", ")));
        }
    }
    return problems;
}

class TextFitsTest : public ::testing::TestWithParam<FitCase> {
protected:
    static void SetUpTestSuite() {
        s_font = QApplication::font();
        s_sheet = qApp->styleSheet();
    }
    static void TearDownTestSuite() {
        QApplication::setFont(s_font);
        qApp->setStyleSheet(s_sheet);
    }

    TextFitsTest() : coach(QStringLiteral("en")), settings(profile.path()) {}

    void SetUp() override {
        const auto language = QString::fromLatin1(GetParam().language);
        if (language != QLatin1String("en")) {
            ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/twofold_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        QFont font = s_font;
        font.setPointSize(GetParam().points);
        QApplication::setFont(font);
        qApp->setStyleSheet(app::Theme::styleSheet(qApp->palette()));
        settings.setReducedMotion(true);
        window = std::make_unique<app::MainWindow>(settings, coach, partners);
        window->resize(GetParam().window);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override {
        window.reset();
        QCoreApplication::removeTranslator(&translator);
        QApplication::setFont(s_font);
        qApp->setStyleSheet(QString());
    }

    // Lays `root` out at the window's size and notes what does not fit.
    void check(const char* where, QWidget* root = nullptr) {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        root = root != nullptr ? root : window.get();
        const QStringList found = auditFits(root);
        if (root == window.get() && window->size() != GetParam().window) {
            ADD_FAILURE() << where << ": the window cannot be " << GetParam().window.width() << "×"
                          << GetParam().window.height() << " (it is " << window->width() << "×" << window->height()
                          << ")";
        }
        if (!found.isEmpty()) {
            ADD_FAILURE() << where << ": " << found.size() << " cut:\n  "
                          << found.join(QStringLiteral("\n  ")).toStdString();
        }
        total += int(found.size());
        if (qEnvironmentVariableIsSet("TWOFOLD_TEXTFITS_SHOTS")) { // a picture of each screen, to look at
            root->grab().save(QStringLiteral("%1/%2-%3.png")
                                  .arg(qEnvironmentVariable("TWOFOLD_TEXTFITS_SHOTS"),
                                       QString::fromStdString(caseName({GetParam(), 0})),
                                       QString::fromLatin1(where)
                                           .replace(QLatin1Char(' '), QLatin1Char('_'))
                                           .remove(QLatin1Char(':'))));
        }
    }

    void settle() {
        ASSERT_TRUE(p.settle());
        QCoreApplication::processEvents();
    }

    bool shows(const char* name) {
        auto* widget = window->findChild<QWidget*>(QString::fromLatin1(name));
        return widget != nullptr && widget->isVisible();
    }

    static inline QFont s_font;
    static inline QString s_sheet;
    QTranslator translator;
    TwoPartners p{TwoPartners::Link::Memory, QStringLiteral("Alex"),
                  GetParam().longPartnerName ? kLongName : QStringLiteral("Sam")};
    app::RuleCoach coach;
    QTemporaryDir profile;
    app::Settings settings;
    FakePartners partners{{{QStringLiteral("sam-id"), QStringLiteral("Sam"), QStringLiteral("192.168.1.20:45210")}},
                          {{QStringLiteral("kim-id"), QStringLiteral("Kim"), QStringLiteral("192.168.1.21:45210")}}};
    std::unique_ptr<app::MainWindow> window;
    int total = 0;
};

TEST_P(TextFitsTest, every_page_card_and_button_shows_all_of_its_text) {
    ASSERT_TRUE(shows("firstRunPage"));
    check("first run");
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("continueButton")), Qt::LeftButton);
    ASSERT_TRUE(shows("stepNotice"));
    check("first run: what is still missing");

    settings.setDisplayName(QStringLiteral("Alex"));
    settings.setFirstRunDone(true);
    window->setSession(nullptr);
    ASSERT_TRUE(shows("partnersPage"));
    check("partners");
    Q_EMIT partners.invited(QStringLiteral("Sam"));
    check("partners: an invitation");
    Q_EMIT partners.codeShown(QStringLiteral("123456"), QStringLiteral("Sam"));
    check("partners: the code");
    // F1b: a name of 64 characters without a space wraps inside its sentence instead of running past.
    Q_EMIT partners.invited(kLongName);
    check("partners: an invitation from a long name");
    Q_EMIT partners.codeShown(QStringLiteral("123456"), kLongName);
    check("partners: the code with a long name");

    window->openSettings();
    QDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = window->findChild<QDialog*>(QStringLiteral("settingsDialog"))) != nullptr; }, 2000));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    check("settings", dialog);
    dialog->reject();
    delete dialog;
    window->openAbout();
    dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = window->findChild<QDialog*>(QStringLiteral("aboutDialog"))) != nullptr; }, 2000));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    check("about", dialog);
    dialog->reject();
    delete dialog;

    window->setSession(p.alex.get());
    ASSERT_TRUE(shows("checkInPage"));
    check("check-in");
    window->findChild<QRadioButton*>(QStringLiteral("level-2"))->setChecked(true);
    check("check-in: flooded");
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("takeMinutesButton")), Qt::LeftButton);
    ASSERT_TRUE(shows("quietBackButton"));
    check("check-in: a few quiet minutes");
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("quietBackButton")), Qt::LeftButton);
    window->findChild<QRadioButton*>(QStringLiteral("level-0"))->setChecked(true);

    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("beginButton")), Qt::LeftButton);
    settle();
    ASSERT_TRUE(shows("conversationPage"));
    check("conversation: topic");
    // The longest gentle signal in this language, as a card in its slot.
    QString longest;
    for (const auto& signal : session::signalCatalogue()) {
        const auto text = session::signalText(signal.id);
        if (text.size() > longest.size()) {
            longest = text;
        }
    }
    window->sessionPage()->signalCards()->show(p.alex->partnerInText(), longest);
    QCoreApplication::processEvents();
    ASSERT_EQ(window->sessionPage()->signalCards()->cards().size(), 1);
    ASSERT_TRUE(window->sessionPage()->signalCards()->cards().front()->isVisible()) << "the card shows";
    check("conversation: the longest signal card");
    p.alex->step().submit(QStringLiteral("ready"));
    settle();
    p.sam->step().submit(QStringLiteral("ready"));
    settle();
    check("conversation: I statement");

    p.alex->pause().requestBreak();
    settle();
    ASSERT_TRUE(shows("returnButton"));
    check("pause: mine");
    p.alex->pause().returnEarly();
    settle();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shows("reEntryLine"); }, 3000));
    check("pause: re-entry");
    p.alex->pause().reEnter(QStringLiteral("calmer"));
    p.sam->pause().reEnter(QStringLiteral("calmer"));
    settle();

    p.sam->pause().requestBreak();
    settle();
    ASSERT_TRUE(shows("pausePage"));
    check("pause: the partner's");
    p.alex->pause().acknowledge();
    settle();
    check("pause: the partner's, acknowledged");
    p.sam->pause().returnEarly();
    settle();
    p.alex->pause().reEnter(QStringLiteral("calmer"));
    p.sam->pause().reEnter(QStringLiteral("calmer"));
    settle();

    for (auto* speaker : {p.alex.get(), p.sam.get()}) {
        auto* listener = speaker == p.alex.get() ? p.sam.get() : p.alex.get();
        p.conversationTurn(*speaker, *listener, [&] {
            QCoreApplication::processEvents();
            if (speaker == p.sam.get()) {
                check("conversation: reflect");
            }
        });
        QCoreApplication::processEvents();
    }
    check("conversation: appreciation");
    for (auto* partner : {p.alex.get(), p.sam.get()}) {
        partner->step().setDraft(QStringLiteral("appreciate"), QStringLiteral("appreciation"),
                                 QStringLiteral("you stayed"));
        partner->step().submit(QStringLiteral("appreciate"));
        settle();
    }
    ASSERT_TRUE(shows("summaryPage"));
    check("summary");
    std::cout << "[text fits] " << caseName({GetParam(), 0}) << ": " << total << " cut\n";
}

constexpr QSize kHalfOf1366x768{683, 768};
constexpr QSize k1280x720{1280, 720};

INSTANTIATE_TEST_SUITE_P(
    , TextFitsTest,
    ::testing::Values(FitCase{"en", 9, kHalfOf1366x768}, FitCase{"de", 9, kHalfOf1366x768},
                      FitCase{"fr", 9, kHalfOf1366x768}, FitCase{"es", 9, kHalfOf1366x768}, FitCase{"en", 9, k1280x720},
                      FitCase{"de", 9, k1280x720}, FitCase{"fr", 9, k1280x720}, FitCase{"es", 9, k1280x720},
                      FitCase{"en", 12, kHalfOf1366x768}, FitCase{"de", 12, kHalfOf1366x768},
                      FitCase{"fr", 12, kHalfOf1366x768}, FitCase{"es", 12, kHalfOf1366x768},
                      FitCase{"en", 12, k1280x720}, FitCase{"de", 12, k1280x720}, FitCase{"fr", 12, k1280x720},
                      FitCase{"es", 12, k1280x720}, FitCase{"en", 14, kHalfOf1366x768},
                      FitCase{"de", 14, kHalfOf1366x768}, FitCase{"fr", 14, kHalfOf1366x768},
                      FitCase{"es", 14, kHalfOf1366x768}, FitCase{"en", 14, k1280x720}, FitCase{"de", 14, k1280x720},
                      FitCase{"fr", 14, k1280x720}, FitCase{"es", 14, k1280x720},
                      FitCase{"en", 14, kHalfOf1366x768, true}, FitCase{"de", 14, kHalfOf1366x768, true},
                      FitCase{"fr", 14, kHalfOf1366x768, true}, FitCase{"es", 14, kHalfOf1366x768, true}),
    caseName);

} // namespace
} // namespace twofold::test
