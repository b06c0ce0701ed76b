// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli's exit codes and messages, run as a script would.
#include "tests/support/testsupport.h"

#include <QFile>

using namespace attain;
using namespace attain::test;

class Cli : public WorkspaceTest
{};

TEST_F(Cli, VersionAndHelp)
{
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("--version")}, &out), 0);
    EXPECT_TRUE(out.startsWith(QStringLiteral("attain-cli " ATTAIN_VERSION)));
    EXPECT_EQ(runCli({QStringLiteral("--help")}, &out), 0);
    for (const char *command : {"init", "demo", "check"})
        EXPECT_TRUE(out.contains(QLatin1String(command))) << command;
}

TEST_F(Cli, UsageErrorsExitTwo)
{
    QString err;
    EXPECT_EQ(runCli({}), 2);
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}, nullptr, &err), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("frobnicate")));
    EXPECT_EQ(runCli({QStringLiteral("init")}), 2);
    EXPECT_EQ(runCli({QStringLiteral("demo"), path(QStringLiteral("d.attain")), QStringLiteral("--scale"),
                      QStringLiteral("huge")}),
              2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("d.attain"))));
    EXPECT_EQ(runCli({QStringLiteral("check"), path(QStringLiteral("a")), path(QStringLiteral("b"))}), 2);
}

TEST_F(Cli, InitThenCheck)
{
    const QString file = path(QStringLiteral("new.attain"));
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("init"), file}, &out), 0);
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_EQ(runCli({QStringLiteral("init"), file}, nullptr, &err), 1); // never overwrites
    EXPECT_TRUE(err.contains(QStringLiteral("already exists")));
    EXPECT_EQ(runCli({QStringLiteral("check"), file}, &out), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("ok    integrity")));
}

TEST_F(Cli, DemoThenCheckExitsZero)
{
    const QString file = path(QStringLiteral("demo.attain"));
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("demo"), file, QStringLiteral("--seed"), QStringLiteral("3")}, &out), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("15 members")));
    EXPECT_EQ(runCli({QStringLiteral("check"), file}, &out), 0);
    EXPECT_EQ(out.count(QStringLiteral("ok ")), 8);
    EXPECT_TRUE(
        out.contains(QStringLiteral("ok    split_credits  Credited amounts of split deals add up to the "
                                    "deal's amount in the base currency")));
    EXPECT_TRUE(out.contains(QStringLiteral("base_amounts")));
}

TEST_F(Cli, CheckOfAForeignFileExitsOne)
{
    const QString file = path(QStringLiteral("text.attain"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    QString err;
    EXPECT_EQ(runCli({QStringLiteral("check"), file}, nullptr, &err), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("not an Attain workspace")));
}
