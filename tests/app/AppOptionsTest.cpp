// The options twofold and twofold-cli share: one resolution of profile, scope, ports and language.
#include "app/options/AppOptions.h"

#include "app/options/QtArguments.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using app::OptionSource;
using app::SharedOptions;

struct Parsed {
    explicit Parsed(QStringList args, const QProcessEnvironment& environment = QProcessEnvironment()) {
        shared.addTo(parser);
        args.prepend(QStringLiteral("twofold"));
        parsedOk = parser.parse(args);
        result = shared.resolve(parser, environment);
    }
    SharedOptions shared;
    QCommandLineParser parser;
    bool parsedOk = false;
    Result<app::AppOptions> result = Error{};
};

QProcessEnvironment environmentWith(const char* name, const char* value) {
    QProcessEnvironment environment;
    environment.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return environment;
}

void storeScope(const QString& profile, const QString& scope) {
    QSettings settings(profile + QStringLiteral("/twofold.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("network/scope"), scope);
}

TEST(AppOptions, the_scope_comes_from_the_flag_then_the_environment_then_the_setting_then_lan) {
    QTemporaryDir profile;
    const auto p = profile.path();
    EXPECT_EQ(Parsed({QStringLiteral("--profile"), p}).result->scope, net::Scope::Lan);
    EXPECT_EQ(Parsed({QStringLiteral("--profile"), p}).result->scopeSource, OptionSource::Default);

    storeScope(p, QStringLiteral("loopback"));
    auto fromSetting = Parsed({QStringLiteral("--profile"), p});
    EXPECT_EQ(fromSetting.result->scope, net::Scope::Loopback);
    EXPECT_EQ(fromSetting.result->scopeSource, OptionSource::Setting);

    auto fromEnvironment = Parsed({QStringLiteral("--profile"), p}, environmentWith("TWOFOLD_NET_SCOPE", "lan"));
    EXPECT_EQ(fromEnvironment.result->scope, net::Scope::Lan);
    EXPECT_EQ(fromEnvironment.result->scopeSource, OptionSource::Environment);

    auto fromFlag = Parsed({QStringLiteral("--profile"), p, QStringLiteral("--scope"), QStringLiteral("LOOPBACK")},
                           environmentWith("TWOFOLD_NET_SCOPE", "lan"));
    ASSERT_TRUE(fromFlag.result);
    EXPECT_EQ(fromFlag.result->scope, net::Scope::Loopback); // any case: never a fall-through to lan
    EXPECT_EQ(fromFlag.result->scopeSource, OptionSource::Flag);
}

TEST(AppOptions, a_scope_setting_of_two_names_is_an_error_never_lan) {
    QTemporaryDir profile;
    QFile file(profile.filePath(QStringLiteral("twofold.ini")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[network]\nscope=loopback, lan\n"); // hand-edited: QSettings reads it as a list
    file.close();
    auto parsed = Parsed({QStringLiteral("--profile"), profile.path()});
    ASSERT_FALSE(parsed.result);
    EXPECT_EQ(parsed.result.error().code, QStringLiteral("usage"));
    EXPECT_TRUE(parsed.result.error().message.contains(QStringLiteral("network/scope")));
    EXPECT_TRUE(parsed.result.error().message.contains(QStringLiteral("loopback, lan")));
}

TEST(AppOptions, an_unknown_scope_from_any_source_is_an_error_never_lan) {
    QTemporaryDir profile;
    const auto p = profile.path();
    auto flag = Parsed({QStringLiteral("--profile"), p, QStringLiteral("--scope"), QStringLiteral("everywhere")});
    ASSERT_FALSE(flag.result);
    EXPECT_EQ(flag.result.error().code, QStringLiteral("usage"));
    EXPECT_TRUE(flag.result.error().message.contains(QStringLiteral("everywhere")));

    auto environment = Parsed({QStringLiteral("--profile"), p}, environmentWith("TWOFOLD_NET_SCOPE", "loopbak"));
    ASSERT_FALSE(environment.result);
    EXPECT_TRUE(environment.result.error().message.contains(QStringLiteral("TWOFOLD_NET_SCOPE")));

    storeScope(p, QStringLiteral("wan"));
    EXPECT_FALSE(Parsed({QStringLiteral("--profile"), p}).result);
    EXPECT_EQ(
        Parsed({QStringLiteral("--profile"), p}, environmentWith("TWOFOLD_NET_SCOPE", " Loopback ")).result->scope,
        net::Scope::Loopback);
}

TEST(AppOptions, ports_come_from_flags_or_the_environment_and_must_be_ports) {
    QTemporaryDir profile;
    const auto p = profile.path();
    auto flags = Parsed({QStringLiteral("--profile"), p, QStringLiteral("--port"), QStringLiteral("40100"),
                         QStringLiteral("--discovery-port"), QStringLiteral("40101")},
                        environmentWith("TWOFOLD_DISCOVERY_PORT", "40200"));
    ASSERT_TRUE(flags.result);
    EXPECT_EQ(flags.result->port, quint16{40100});
    EXPECT_EQ(flags.result->discoveryPort, quint16{40101});
    EXPECT_EQ(Parsed({QStringLiteral("--profile"), p}, environmentWith("TWOFOLD_DISCOVERY_PORT", "40200"))
                  .result->discoveryPort,
              quint16{40200});
    EXPECT_FALSE(Parsed({QStringLiteral("--profile"), p}).result->discoveryPort.has_value());
    EXPECT_FALSE(Parsed({QStringLiteral("--profile"), p, QStringLiteral("--port"), QStringLiteral("70000")}).result);
    EXPECT_FALSE(Parsed({QStringLiteral("--profile"), p, QStringLiteral("--port"), QStringLiteral("0")}).result);
    EXPECT_FALSE(Parsed({QStringLiteral("--profile"), p}, environmentWith("TWOFOLD_DISCOVERY_PORT", "many")).result);
}

TEST(AppOptions, both_programs_share_one_default_profile) {
    auto defaults = Parsed({});
    ASSERT_TRUE(defaults.result);
    EXPECT_EQ(defaults.result->profile, SharedOptions::defaultProfile());
    EXPECT_TRUE(SharedOptions::defaultProfile().endsWith(QStringLiteral("/twofold")));
    QTemporaryDir profile;
    EXPECT_EQ(Parsed({QStringLiteral("--profile"), profile.path()}).result->profile, profile.path());
}

TEST(AppOptions, qt_options_go_to_qt_and_ours_stay_ours) {
    const auto split = app::splitQtArguments(
        {QStringLiteral("twofold"), QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--name"),
         QStringLiteral("Alex"), QStringLiteral("-style=fusion"), QStringLiteral("-reverse"), QStringLiteral("--scope"),
         QStringLiteral("loopback"), QStringLiteral("--version")});
    EXPECT_EQ(split.qt,
              (QStringList{QStringLiteral("twofold"), QStringLiteral("-platform"), QStringLiteral("offscreen"),
                           QStringLiteral("-style=fusion"), QStringLiteral("-reverse")}));
    EXPECT_EQ(split.ours,
              (QStringList{QStringLiteral("twofold"), QStringLiteral("--name"), QStringLiteral("Alex"),
                           QStringLiteral("--scope"), QStringLiteral("loopback"), QStringLiteral("--version")}));
}

} // namespace
} // namespace twofold::test
