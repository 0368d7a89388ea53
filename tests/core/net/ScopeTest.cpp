#include "core/net/Scope.h"

#include <QtGlobal>
#include <gtest/gtest.h>

using namespace twofold;

namespace {

// Sets TWOFOLD_NET_SCOPE for one test and restores it afterwards.
class ScopedEnvironment {
public:
    explicit ScopedEnvironment(const QByteArray& value) : m_old(qgetenv(net::kScopeEnvironmentVariable)) {
        if (value.isNull()) {
            qunsetenv(net::kScopeEnvironmentVariable);
        } else {
            qputenv(net::kScopeEnvironmentVariable, value);
        }
    }
    ~ScopedEnvironment() { qputenv(net::kScopeEnvironmentVariable, m_old); }

private:
    QByteArray m_old;
};

} // namespace

TEST(Scope, parses_both_names_in_any_case) {
    EXPECT_EQ(net::parseScope(u"loopback"), net::Scope::Loopback);
    EXPECT_EQ(net::parseScope(u" LAN "), net::Scope::Lan);
    EXPECT_FALSE(net::parseScope(u"wan").has_value());
    EXPECT_EQ(net::toString(net::Scope::Loopback), QStringLiteral("loopback"));
}

TEST(Scope, prefers_the_flag_then_the_environment_then_lan) {
    {
        ScopedEnvironment env("loopback");
        EXPECT_EQ(*net::resolveScope(std::nullopt), net::Scope::Loopback);
        EXPECT_EQ(*net::resolveScope(QStringLiteral("lan")), net::Scope::Lan);
    }
    {
        ScopedEnvironment env(QByteArray{});
        EXPECT_EQ(*net::resolveScope(std::nullopt), net::Scope::Lan);
        EXPECT_EQ(*net::resolveScope(QStringLiteral("loopback")), net::Scope::Loopback);
    }
}

TEST(Scope, never_widens_an_unparsable_value_to_lan) {
    ScopedEnvironment env("loopbak");
    EXPECT_FALSE(net::resolveScope(std::nullopt));
    EXPECT_FALSE(net::resolveScope(QStringLiteral("everywhere")));
}

TEST(Scope, loopback_allows_only_loopback_addresses) {
    EXPECT_TRUE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("127.0.0.1"))));
    EXPECT_TRUE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("127.3.2.1"))));
    EXPECT_TRUE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("::1"))));
    EXPECT_FALSE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("10.0.0.2"))));
    EXPECT_FALSE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("255.255.255.255"))));
    EXPECT_TRUE(net::scopeAllows(net::Scope::Lan, QHostAddress(QStringLiteral("10.0.0.2"))));
}

TEST(Scope, tests_run_in_the_loopback_scope) {
    EXPECT_EQ(*net::resolveScope(std::nullopt), net::Scope::Loopback);
}
