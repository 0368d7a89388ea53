#include "core/net/Scope.h"

#include <gtest/gtest.h>

using namespace twofold;

TEST(Scope, parses_both_names_in_any_case) {
    EXPECT_EQ(net::parseScope(u"loopback"), net::Scope::Loopback);
    EXPECT_EQ(net::parseScope(u" LAN "), net::Scope::Lan);
    EXPECT_FALSE(net::parseScope(u"wan").has_value());
    EXPECT_EQ(net::toString(net::Scope::Loopback), QStringLiteral("loopback"));
}

TEST(Scope, loopback_allows_only_loopback_addresses) {
    EXPECT_TRUE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("127.0.0.1"))));
    EXPECT_TRUE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("127.3.2.1"))));
    EXPECT_TRUE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("::1"))));
    EXPECT_FALSE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("10.0.0.2"))));
    EXPECT_FALSE(net::scopeAllows(net::Scope::Loopback, QHostAddress(QStringLiteral("255.255.255.255"))));
    EXPECT_TRUE(net::scopeAllows(net::Scope::Lan, QHostAddress(QStringLiteral("10.0.0.2"))));
}
