// SPDX-License-Identifier: GPL-3.0-or-later
// What an import refuses, and how it says so: control characters, lengths, a repeated column, a quote left
// open, bytes that are not text, a bad date (once), a member by name — each problem names the file's row and
// its own column header, and nothing is written.
#include "core/interchange/importer.h"
#include "core/services/memberservice.h"
#include "core/storage/statement.h"
#include "tests/support/testsupport.h"

#include <QFile>

using namespace attain;
using namespace attain::test;

namespace {
qint64 count(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}
} // namespace

class ImportChecks : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
    }
    ImportReport import(const QByteArray &bytes, ImportKind kind = ImportKind::Deals)
    {
        QFile f(path(QStringLiteral("in.csv")));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        ImportOptions o;
        o.kind = kind;
        const qint64 before = count(*m_ws, "SELECT count(*) FROM change_log");
        ImportReport r = Importer::run(*m_ws, f.fileName(), o);
        if (!r.ok())
            EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM change_log"), before); // nothing written
        return r;
    }
    /// The one problem of a report, as "row|column|value|reason".
    static QString only(const ImportReport &r)
    {
        EXPECT_EQ(r.problemCount, 1);
        if (r.problems.isEmpty())
            return QString();
        const Problem &p = r.problems.first();
        return QStringLiteral("%1|%2|%3|%4").arg(p.row).arg(p.field, p.value, p.message);
    }
    static const QByteArray &header()
    {
        static const QByteArray h = "编号,负责人,客户,金额,阶段,创建日期,成交日期\r\n";
        return h;
    }
};

TEST_F(ImportChecks, AControlCharacterInANameIsRefusedAndShownVisibly)
{
    QByteArray row = "D1,alice,北方";
    row += '\0';
    row += "重工,100,赢单,2025-06-01,2025-06-02\r\n";
    const ImportReport r = import(header() + row);
    EXPECT_EQ(only(r),
              QStringLiteral("2|客户|北方␀重工|holds an invisible control character (U+0000); remove it"));
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM customers WHERE name LIKE '北方%'"), 0);
}

TEST_F(ImportChecks, AnEscapeIsRefusedButLineBreaksAndTabsAreText)
{
    EXPECT_EQ(only(import(header() + "D1,alice,Acme 科技有限公司,100,赢单,2025-06-01,2025-06-02\r\n"
                                     "D2,alice,\"Acme\x1b[31m\",100,赢单,2025-06-01,2025-06-02\r\n")),
              QStringLiteral("3|客户|Acme␛[31m|holds an invisible control character (U+001B); remove it"));
    const ImportReport notes =
        import("member,customer,kind,at,notes\r\n"
               "alice,Acme 科技有限公司,visit,2025-06-01 10:00,\"line one\r\n\tline two\"\r\n",
               ImportKind::Activities);
    EXPECT_TRUE(notes.ok()) << qPrintable(ImportReport::describe(notes.problems.value(0)));
    // A cell written with Alt+Enter in a spreadsheet keeps its line break, in a name too.
    const ImportReport name = import(header() + "D3,alice,\"南方\n物流\",100,赢单,2025-06-01,2025-06-02\r\n");
    EXPECT_TRUE(name.ok()) << qPrintable(ImportReport::describe(name.problems.value(0)));
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM customers WHERE name = '南方' || char(10) || '物流'"), 1);
}

TEST_F(ImportChecks, AHugeFieldIsRefusedWithItsLengthAndAShortenedValue)
{
    const QByteArray huge(10 * 1024 * 1024, 'X');
    const ImportReport r = import(header() + "D1,alice," + huge + ",100,赢单,2025-06-01,2025-06-02\r\n");
    ASSERT_EQ(r.problemCount, 1);
    const Problem &p = r.problems.first();
    EXPECT_EQ(p.row, 2);
    EXPECT_EQ(p.field, QStringLiteral("客户"));
    EXPECT_EQ(p.message, QStringLiteral("at most 200 characters (this has 10485760)"));
    EXPECT_EQ(p.value, QString(100, QLatin1Char('X')) + QChar(0x2026));
}

TEST_F(ImportChecks, ARepeatedColumnIsAProblemNamingBoth)
{
    EXPECT_EQ(
        only(import("external_id,owner,customer,amount,金额,stage,created_on,closed_on\r\n"
                    "D1,alice,Acme 科技有限公司,100,200,won,2025-06-01,2025-06-02\r\n")),
        QStringLiteral("1|金额|金额|columns 4 (“amount”) and 5 (“金额”) are both the amount column; keep one "
                       "of them"));
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals"), 0);
}

TEST_F(ImportChecks, AQuoteLeftOpenNamesItsRowAndColumn)
{
    EXPECT_EQ(
        only(import(header() + "D1,alice,Acme 科技有限公司,100,赢单,2025-06-01,2025-06-02\r\n"
                               "D2,alice,\"Acme,100,赢单,2025-06-01,2025-06-02\r\n")),
        QStringLiteral("3|客户||a quoted field is not closed: its opening quote has no closing one before "
                       "the end of the file"));
}

TEST_F(ImportChecks, BytesThatAreNotUtf8InAUtf8FileNameTheirRowAndColumn)
{
    EXPECT_EQ(
        only(import(header() + "D1,alice,Acme 科技有限公司,100,赢单,2025-06-01,2025-06-02\r\n"
                               "D2,alice,北方\xff重工,100,赢单,2025-06-01,2025-06-02\r\n")),
        QStringLiteral("3|客户||the bytes FF are not UTF-8, as the rest of the file is; correct this cell, "
                       "or choose the file's encoding"));
}

TEST_F(ImportChecks, ABadDateIsOneProblem)
{
    EXPECT_EQ(only(import(header() + "D1,alice,Acme 科技有限公司,100,赢单,2025-06-01,2025-13-45\r\n")),
              QStringLiteral("2|成交日期|2025-13-45|“2025-13-45” is not a day of the calendar"));
}

TEST_F(ImportChecks, AMemberIsFoundByLoginOrByTheirUniqueName)
{
    // 李娜 is alice's name: the deal is hers.
    const ImportReport r = import(header() + "D1,李娜,Acme 科技有限公司,100,赢单,2025-06-01,2025-06-02\r\n");
    ASSERT_TRUE(r.ok()) << qPrintable(ImportReport::describe(r.problems.value(0)));
    EXPECT_EQ(r.createdMembers, 0);
    Statement owner(*m_ws, "SELECT m.login FROM deals d JOIN members m ON m.id = d.owner_id");
    ASSERT_TRUE(owner.next());
    EXPECT_EQ(owner.text(0), QStringLiteral("alice"));
}

TEST_F(ImportChecks, AnAmbiguousNameIsAProblemNamingTheCandidates)
{
    Member twin;
    twin.login = QStringLiteral("lina2");
    twin.name = QStringLiteral("李娜");
    twin.teamId = m_team.id;
    ASSERT_TRUE(MemberService(*m_ws).create(twin).ok());
    EXPECT_EQ(
        only(import(header() + "D1,李娜,Acme 科技有限公司,100,赢单,2025-06-01,2025-06-02\r\n")),
        QStringLiteral("2|负责人|李娜|2 members are called “李娜” (alice, lina2); write the login of the one "
                       "you mean"));
}

TEST_F(ImportChecks, ANameThatIsNeitherALoginNorAMembersIsAProblem)
{
    EXPECT_EQ(only(import(header() + "D1,刘洋,Acme 科技有限公司,100,赢单,2025-06-01,2025-06-02\r\n")),
              QStringLiteral("2|负责人|刘洋|“刘洋” is neither a login nor the name of a member"));
}

TEST_F(ImportChecks, ProblemsNameTheFilesOwnHeaders)
{
    const ImportReport r =
        import(header() + "D1,alice,Acme 科技有限公司,12,34.5,赢单,2025-06-01,2025-06-02\r\n"
                          "D2,alice,Acme 科技有限公司,lots,赢单,2025-06-01,2025-06-02\r\n");
    ASSERT_FALSE(r.ok());
    for (const Problem &p : r.problems)
        EXPECT_TRUE(QStringList({QStringLiteral("编号"), QStringLiteral("负责人"), QStringLiteral("客户"),
                                 QStringLiteral("金额"), QStringLiteral("阶段"), QStringLiteral("创建日期"),
                                 QStringLiteral("成交日期"), QString()})
                        .contains(p.field))
            << qPrintable(p.field);
    EXPECT_TRUE(std::any_of(r.problems.begin(), r.problems.end(), [](const Problem &p) {
        return p.row == 3 && p.field == QStringLiteral("金额") && p.value == QStringLiteral("lots");
    }));
}
