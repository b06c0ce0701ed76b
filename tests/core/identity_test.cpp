// SPDX-License-Identifier: GPL-3.0-or-later
// PINs and passwords: Argon2id hashes, who may set them, signing in through core and through attain-cli.
#include "core/access/accesspolicy.h"
#include "core/access/identity.h"
#include "core/services/memberservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "tests/support/testsupport.h"

#include <QProcessEnvironment>

using namespace attain;
using namespace attain::test;

class Identities : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
    }
    /// Sets a member's secret acting as them, as a person at the keyboard would.
    Status setOwn(const Member &m, const QString &current, const QString &secret)
    {
        m_ws->actAs(m.id);
        return Identity(*m_ws).setSecret(m.id, current, secret);
    }
};

TEST_F(Identities, AHashIsArgon2idSaltedAndChecksOnlyItsSecret)
{
    const QString a = Identity::hash(QStringLiteral("2468"));
    const QString b = Identity::hash(QStringLiteral("2468"));
    EXPECT_TRUE(a.startsWith(QLatin1String("$argon2id$"))) << qPrintable(a);
    EXPECT_NE(a, b); // each has its own salt
    EXPECT_TRUE(Identity::matches(a, QStringLiteral("2468")));
    EXPECT_TRUE(Identity::matches(b, QStringLiteral("2468")));
    EXPECT_FALSE(Identity::matches(a, QStringLiteral("2469")));
    EXPECT_FALSE(Identity::matches(a, QString()));
    EXPECT_TRUE(
        Identity::matches(Identity::hash(QStringLiteral("密码很长 ü")), QStringLiteral("密码很长 ü")));
}

TEST_F(Identities, AMemberSetsChangesAndRemovesTheirOwnGivingTheCurrentOne)
{
    Identity identity(*m_ws);
    EXPECT_FALSE(identity.hasSecret(m_alice.id));
    EXPECT_EQ(setOwn(m_alice, QString(), QStringLiteral("123")).problems().value(0).message,
              QStringLiteral("A PIN or password has at least 4 characters."));
    EXPECT_FALSE(setOwn(m_alice, QString(), QStringLiteral("12\u00073")).ok()); // a bell is not text
    EXPECT_FALSE(setOwn(m_alice, QString(), QString(Identity::maxLength + 1, u'x')).ok());
    ASSERT_TRUE(setOwn(m_alice, QString(), QStringLiteral("2468")).ok());
    EXPECT_TRUE(identity.hasSecret(m_alice.id));
    // Changing it needs the current one.
    EXPECT_EQ(setOwn(m_alice, QString(), QStringLiteral("1357")).code(), Identity::neededCode);
    EXPECT_EQ(setOwn(m_alice, QStringLiteral("0000"), QStringLiteral("1357")).code(), Identity::wrongCode);
    ASSERT_TRUE(setOwn(m_alice, QStringLiteral("2468"), QStringLiteral("1357")).ok());
    EXPECT_TRUE(identity.check(m_alice.id, QStringLiteral("1357")).ok());
    EXPECT_FALSE(identity.check(m_alice.id, QStringLiteral("2468")).ok());
    ASSERT_TRUE(setOwn(m_alice, QStringLiteral("1357"), QString()).ok()); // removed
    EXPECT_FALSE(identity.hasSecret(m_alice.id));
    EXPECT_TRUE(identity.check(m_alice.id, QString()).ok());
}

TEST_F(Identities, OthersMaySetOnlyWhatTheRulesSay)
{
    ASSERT_TRUE(setOwn(m_boss, QString(), QStringLiteral("boss-pass")).ok());
    ASSERT_TRUE(setOwn(m_alice, QString(), QStringLiteral("2468")).ok());
    Identity identity(*m_ws);
    // A rep sets nobody else's.
    m_ws->actAs(m_bob.id);
    EXPECT_EQ(identity.setSecret(m_alice.id, QString(), QStringLiteral("9999")).code(),
              AccessPolicy::deniedCode);
    EXPECT_EQ(identity.setSecret(m_boss.id, QString(), QString()).code(), AccessPolicy::deniedCode);
    // A manager removes a rep's forgotten one without knowing it, but not another manager's.
    m_ws->actAs(m_boss.id);
    EXPECT_TRUE(identity.setSecret(m_alice.id, QString(), QString()).ok());
    EXPECT_FALSE(identity.hasSecret(m_alice.id));
    Member second;
    second.login = QStringLiteral("boss2");
    second.name = QStringLiteral("周总");
    second.role = Role::Manager;
    second.level = QStringLiteral("senior");
    auto created = MemberService(*m_ws).create(second);
    ASSERT_TRUE(created.ok()) << qPrintable(created.message());
    EXPECT_EQ(identity.setSecret(created->id, QString(), QStringLiteral("take-over")).code(),
              AccessPolicy::deniedCode);
}

TEST_F(Identities, SigningInNeedsTheSecretAndAWrongOneChangesNothing)
{
    ASSERT_TRUE(setOwn(m_boss, QString(), QStringLiteral("boss-pass")).ok());
    m_ws->actAs(m_bob.id);
    Identity identity(*m_ws);
    EXPECT_EQ(identity.signIn(m_boss.id, QString()).code(), Identity::neededCode);
    EXPECT_EQ(identity.signIn(m_boss.id, QStringLiteral("boss-pas")).code(), Identity::wrongCode);
    EXPECT_TRUE(m_ws->actor().is(m_bob.id)); // still bob
    EXPECT_TRUE(identity.signIn(m_boss.id, QStringLiteral("boss-pass")).ok());
    EXPECT_TRUE(m_ws->actor().is(m_boss.id));
    EXPECT_TRUE(identity.signIn(m_alice.id, QString()).ok()); // alice has none
    EXPECT_TRUE(m_ws->actor().is(m_alice.id));
}

TEST_F(Identities, ManagersAreProtectedOnlyWhenEveryOneHasASecret)
{
    Identity identity(*m_ws);
    EXPECT_FALSE(identity.managersProtected());
    ASSERT_TRUE(setOwn(m_alice, QString(), QStringLiteral("2468")).ok());
    EXPECT_FALSE(identity.managersProtected()); // a rep's does not protect the managers
    ASSERT_TRUE(setOwn(m_boss, QString(), QStringLiteral("boss-pass")).ok());
    EXPECT_TRUE(identity.managersProtected());
}

TEST_F(Identities, TheFileHoldsNoSecretOnlyItsHash)
{
    ASSERT_TRUE(setOwn(m_alice, QString(), QStringLiteral("sesame-7281")).ok());
    {
        Statement st(*m_ws, "SELECT hash FROM member_secrets");
        ASSERT_TRUE(st.next());
        EXPECT_FALSE(st.text(0).contains(QLatin1String("sesame")));
    }
    m_ws.reset(); // checkpointed and closed: every byte in the file
    EXPECT_FALSE(fileBytes(path(QStringLiteral("test.attain"))).contains("sesame-7281"));
}

TEST_F(Identities, TheCommandLineAsksForTheSecretOfWhomItActsAs)
{
    ASSERT_TRUE(setOwn(m_boss, QString(), QStringLiteral("boss-pass")).ok());
    m_ws.reset();
    const QString file = path(QStringLiteral("test.attain"));
    QString out, err;
    qunsetenv("ATTAIN_PIN");
    // boss is the only manager: the default actor, and protected. stdin is not a terminal here.
    EXPECT_EQ(
        runCli({QStringLiteral("close-period"), file, QStringLiteral("--period"), QStringLiteral("2025-01")},
               &out, &err),
        1);
    EXPECT_TRUE(err.contains(QLatin1String("boss has a PIN or password: set ATTAIN_PIN"))) << qPrintable(err);
    qputenv("ATTAIN_PIN", "wrong");
    EXPECT_EQ(runCli({QStringLiteral("close-period"), file, QStringLiteral("--period"),
                      QStringLiteral("2025-01"), QStringLiteral("--as"), QStringLiteral("boss")},
                     &out, &err),
              1);
    EXPECT_TRUE(err.contains(QLatin1String("That is not the PIN or password."))) << qPrintable(err);
    qputenv("ATTAIN_PIN", "boss-pass");
    EXPECT_EQ(
        runCli({QStringLiteral("close-period"), file, QStringLiteral("--period"), QStringLiteral("2025-01")},
               &out, &err),
        0)
        << qPrintable(err);
    // A rep without one acts as themself; set-pin gives them one, and then they need it too.
    qunsetenv("ATTAIN_PIN");
    qputenv("ATTAIN_NEW_PIN", "alice-pin");
    EXPECT_EQ(runCli({QStringLiteral("set-pin"), file, QStringLiteral("--as"), QStringLiteral("alice")}, &out,
                     &err),
              0)
        << qPrintable(err);
    qunsetenv("ATTAIN_NEW_PIN");
    EXPECT_EQ(runCli({QStringLiteral("set-pin"), file, QStringLiteral("--as"), QStringLiteral("alice"),
                      QStringLiteral("--clear")},
                     &out, &err),
              1);
    qputenv("ATTAIN_PIN", "alice-pin");
    EXPECT_EQ(runCli({QStringLiteral("set-pin"), file, QStringLiteral("--as"), QStringLiteral("alice"),
                      QStringLiteral("--clear")},
                     &out, &err),
              0)
        << qPrintable(err);
    qunsetenv("ATTAIN_PIN");
    auto ws = Workspace::open(file);
    ASSERT_TRUE(ws);
    EXPECT_FALSE(Identity(**ws).hasSecret(m_alice.id));
    Statement closes(**ws, "SELECT count(*) FROM period_closes WHERE period = '2025-01'");
    ASSERT_TRUE(closes.next());
    EXPECT_EQ(closes.int64(0), 1);
}
