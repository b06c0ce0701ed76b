// SPDX-License-Identifier: GPL-3.0-or-later
// Imports (every kind, encoding, delimiter and quoting; all or nothing; upserts) and the finance handoff.
#include "tests/support/testsupport.h"

#include "core/domain/dates.h"
#include "core/domain/rounding.h"
#include "core/interchange/financehandoff.h"
#include "core/interchange/importer.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/ownershipservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QThread>

using namespace attain;
using namespace attain::test;

namespace {

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

qint64 count(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}

} // namespace

class Interchange : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    ImportReport import(const QString &file, ImportKind kind, bool dryRun = false)
    {
        ImportOptions o;
        o.kind = kind;
        o.dryRun = dryRun;
        return Importer::run(*m_ws, file, o);
    }
    static QString problems(const ImportReport &r)
    {
        QStringList lines;
        for (const Problem &p : r.problems)
            lines << ImportReport::describe(p);
        return lines.join(QLatin1Char('\n'));
    }
};

TEST_F(Interchange, DealsWithChineseHeadersInAnyOrderFromGb18030)
{
    const QString csv =
        QStringLiteral("阶段,金额,客户,负责人,编号,创建日期,成交日期,产品,业绩拆分\r\n"
                       "赢单,\"¥21,406.74\",\"Acme 科技有限公司\",alice,D-1,2025/3/5,2025年3月20日,\"CRM, "
                       "专业版\",alice:60;bob:40\r\n"
                       "进行中,２１４０６．７,\"新客户 \"\"北方\"\"\n第二行\",zhou,D-2,2025.3.5,,,\r\n"
                       "输单,1234,Acme 科技有限公司,bob,D-3,2025-03-05 09:30,2025-04-01,,\r\n");
    const ImportReport r = import(write(QStringLiteral("d.csv"), encoded(csv, "GB18030")), ImportKind::Deals);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(r.encoding, QStringLiteral("gb18030"));
    EXPECT_EQ(r.summaryLines(),
              (QStringList{QStringLiteral("inserted: 3"), QStringLiteral("updated: 0"),
                           QStringLiteral("unchanged: 0"), QStringLiteral("created members: 1"),
                           QStringLiteral("created customers: 1")}));
    EXPECT_EQ(r.newMembers, QStringList{QStringLiteral("zhou")});
    DealService deals(*m_ws);
    const auto d1 = deals.findByExternalId(QStringLiteral("D-1"));
    ASSERT_TRUE(d1);
    EXPECT_EQ(d1->amount.minor(), 2140674);
    EXPECT_EQ(d1->stage, Stage::Won);
    EXPECT_EQ(d1->createdOn, QDate(2025, 3, 5));
    EXPECT_EQ(d1->closedOn, QDate(2025, 3, 20));
    EXPECT_EQ(d1->product, QStringLiteral("CRM, 专业版"));
    EXPECT_EQ(d1->shareOf(m_alice.id), 60);
    EXPECT_EQ(d1->shareOf(m_bob.id), 40);
    EXPECT_EQ(d1->customerId, m_acme.id);
    const auto d2 = deals.findByExternalId(QStringLiteral("D-2"));
    ASSERT_TRUE(d2);
    EXPECT_EQ(d2->amount.minor(), 2140670);
    EXPECT_EQ(d2->stage, Stage::Open);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM customers WHERE name = '新客户 \"北方\"\n第二行'"), 1);
    EXPECT_EQ(deals.findByExternalId(QStringLiteral("D-3"))->stage, Stage::Lost);
    EXPECT_TRUE(MemberService(*m_ws).findByLogin(QStringLiteral("zhou")));
}

/// The same six deals in every encoding and delimiter, with every amount and date form of the brief and
/// quoted commas, quotes and line breaks, import to the same records (tests/data/import/deals.expected).
TEST_F(Interchange, GoldenFilesInEveryEncodingAndDelimiterImportAlike)
{
    const QString dir = QStringLiteral(ATTAIN_TEST_DATA "/import/");
    const QString expected = QString::fromUtf8(fileBytes(dir + QStringLiteral("deals.expected")));
    for (const char *name : {"deals-utf8-comma.csv", "deals-utf8bom-semicolon.csv", "deals-utf16le-tab.txt",
                             "deals-utf16be-tab.txt", "deals-gb18030-comma.csv"}) {
        SCOPED_TRACE(name);
        m_ws.reset();
        QFile::remove(path(QStringLiteral("test.attain")));
        seedBasics(create());
        const ImportReport r = import(dir + QLatin1String(name), ImportKind::Deals);
        ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
        EXPECT_EQ(r.inserted, 6);
        EXPECT_EQ(r.createdMembers, 1);
        EXPECT_EQ(r.createdCustomers, 2);
        Statement st(*m_ws, R"(
            SELECT d.external_id, o.login, c.name, d.amount, d.stage, d.created_on, COALESCE(d.closed_on, ''),
                   COALESCE(d.product, ''),
                   COALESCE((SELECT group_concat(m.login || ':' || s.percent, ';') FROM
                             (SELECT * FROM deal_splits WHERE deal_id = d.id ORDER BY member_id) s
                             JOIN members m ON m.id = s.member_id), '')
            FROM deals d JOIN members o ON o.id = d.owner_id JOIN customers c ON c.id = d.customer_id
            ORDER BY d.external_id)");
        QString dump;
        while (st.next()) {
            QStringList cells;
            for (int i = 0; i < 9; ++i)
                cells << st.text(i).replace(QLatin1Char('\n'), QStringLiteral("⏎"));
            dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        EXPECT_EQ(dump.toStdString(), expected.toStdString());
    }
}

TEST_F(Interchange, Utf16WithTabsAndUtf8WithSemicolons)
{
    const QString tabbed = QStringLiteral("login\tname\trole\tlevel\tteam\nzhou\t周杰\t销售\t初级\t华北\n");
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    ImportReport r = import(write(QStringLiteral("m.txt"), utf16.encode(tabbed)), ImportKind::Members);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(r.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(r.inserted, 1);
    const auto zhou = MemberService(*m_ws).findByLogin(QStringLiteral("zhou"));
    ASSERT_TRUE(zhou);
    EXPECT_EQ(zhou->name, QStringLiteral("周杰"));
    EXPECT_EQ(zhou->role, Role::Rep);

    const QString semi = QStringLiteral("客户名称;电话;负责人\n\"Beta; 北京\";010-1234 5678;bob\n");
    r = import(write(QStringLiteral("c.csv"), QByteArray("\xEF\xBB\xBF") + semi.toUtf8()),
               ImportKind::Customers);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(r.delimiter, QLatin1Char(';'));
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM customers WHERE name = 'Beta; 北京'"), 1);
}

TEST_F(Interchange, AnInvalidRowMeansNothingIsWrittenAndEveryProblemIsListed)
{
    const QString csv = QStringLiteral("external_id,owner,customer,amount,stage,created_on,closed_on\n"
                                       "A1,alice,Acme 科技有限公司,100,won,2025-06-01,2025-06-02\n"
                                       "A2,alice,\"Acme\n科技\",12.3.4,won,2025-06-01,\n"
                                       "A3,newbie,Gamma,5,maybe,2025-13-01,\n");
    const ImportReport r = import(write(QStringLiteral("bad.csv"), csv.toUtf8()), ImportKind::Deals);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals"), 0);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM members WHERE login = 'newbie'"), 0);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM customers WHERE name = 'Gamma'"), 0);
    auto has = [&](int row, const char *field, const char *value) {
        for (const Problem &p : r.problems)
            if (p.row == row && p.field == QLatin1String(field) && p.value == QString::fromUtf8(value) &&
                !p.message.isEmpty())
                return true;
        return false;
    };
    // Rows are spreadsheet rows: the header is row 1 and a quoted line break stays in its row.
    EXPECT_TRUE(has(3, "amount", "12.3.4")) << qPrintable(problems(r));
    EXPECT_TRUE(has(3, "closed_on", "")) << qPrintable(problems(r));
    EXPECT_TRUE(has(4, "stage", "maybe")) << qPrintable(problems(r));
    EXPECT_TRUE(has(4, "created_on", "2025-13-01")) << qPrintable(problems(r));
}

TEST_F(Interchange, TheFirstThousandProblemsAreListedAndAllCounted)
{
    QByteArray csv = "login,name,role\n";
    for (int i = 0; i < 1500; ++i)
        csv += "user" + QByteArray::number(i) + ",Name,boss\n";
    const ImportReport r = import(write(QStringLiteral("many.csv"), csv), ImportKind::Members);
    EXPECT_EQ(r.problems.size(), 1000);
    EXPECT_EQ(r.problemCount, 1500);
    EXPECT_EQ(r.problems.first().row, 2);
    EXPECT_EQ(r.problems.first().field, QStringLiteral("role"));
}

TEST_F(Interchange, AMissingRequiredColumnIsNamed)
{
    const ImportReport r =
        import(write(QStringLiteral("x.csv"), "external_id,owner,amount\nA,alice,1\n"), ImportKind::Deals);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(problems(r).contains(QStringLiteral("customer"))) << qPrintable(problems(r));
}

TEST_F(Interchange, ImportingTheSameFileTwiceChangesNothingAndSaysSo)
{
    const QString file =
        write(QStringLiteral("d.csv"), "external_id,owner,customer,amount,stage,created_on,closed_on\n"
                                       "A1,alice,Acme 科技有限公司,100,won,2025-06-01,2025-06-02\n"
                                       "A2,bob,Beta,\"1,000.5\",open,2025-06-01,\n");
    ImportReport r = import(file, ImportKind::Deals);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(r.inserted, 2);
    const qint64 logged = count(*m_ws, "SELECT count(*) FROM change_log");
    r = import(file, ImportKind::Deals);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.inserted, 0);
    EXPECT_EQ(r.unchanged, 2);
    EXPECT_EQ(r.createdCustomers, 0);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM change_log"), logged);
    // A changed amount is an update, logged as one.
    r = import(write(QStringLiteral("d2.csv"),
                     "external_id,owner,customer,amount,stage,created_on,closed_on\n"
                     "A1,alice,Acme 科技有限公司,150,won,2025-06-01,2025-06-02\n"),
               ImportKind::Deals);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(DealService(*m_ws).findByExternalId(QStringLiteral("A1"))->amount.minor(), 15000);
}

TEST_F(Interchange, DryRunChecksEverythingAndWritesNothing)
{
    const QString file = write(QStringLiteral("d.csv"), "external_id,owner,customer,amount,stage,created_on\n"
                                                        "A1,carol,Delta,100,open,2025-06-01\n");
    const qint64 logged = count(*m_ws, "SELECT count(*) FROM change_log");
    const ImportReport r = import(file, ImportKind::Deals, true);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(r.inserted, 1);
    EXPECT_EQ(r.createdMembers, 1);
    EXPECT_EQ(r.newCustomers, QStringList{QStringLiteral("Delta")});
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals"), 0);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM change_log"), logged);
}

TEST_F(Interchange, CancellingLeavesTheWorkspaceUntouched)
{
    QByteArray csv = "external_id,owner,customer,amount,stage,created_on\n";
    for (int i = 0; i < 5000; ++i)
        csv += "C" + QByteArray::number(i) + ",alice,Acme 科技有限公司,100,open,2025-06-01\n";
    ImportOptions o;
    o.kind = ImportKind::Deals;
    o.progress = [](qint64 done, qint64) { return done == 0; };
    const ImportReport r = Importer::run(*m_ws, write(QStringLiteral("c.csv"), csv), o);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals"), 0);
}

TEST_F(Interchange, CancelIsHeardInTheLastPhaseToo)
{
    // Every row read, then Cancel while the change log and the indexes are written: still nothing is kept.
    QByteArray csv = "external_id,owner,customer,amount,stage,created_on\n";
    for (int i = 0; i < 3000; ++i)
        csv += "L" + QByteArray::number(i) + ",alice,Acme 科技有限公司,100,open,2025-06-01\n";
    ImportOptions o;
    o.kind = ImportKind::Deals;
    bool sawTheEnd = false;
    o.progress = [&](qint64 done, qint64 total) {
        if (done >= total)
            sawTheEnd = true;
        return !sawTheEnd;
    };
    const ImportReport r = Importer::run(*m_ws, write(QStringLiteral("l.csv"), csv), o);
    EXPECT_TRUE(sawTheEnd);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals"), 0);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM change_log WHERE entity = 'deal'"), 0);
}

TEST_F(Interchange, ACustomerTheImportMakesIsOwnedAsTheFileSaysWithoutConflicts)
{
    // 华南新客户 is new: its first row's owner (alice) owns it since that row's date; bob's and the boss's
    // deals on it in the same file are history, not attempts to take it. Acme (alice's, protected) is not
    // new: bob's deal on it opens a conflict, as the form's would.
    ASSERT_TRUE(OwnershipService(*m_ws).setProtectionDays(3650).ok());
    const ImportReport r =
        import(write(QStringLiteral("h.csv"), "external_id,owner,customer,amount,stage,created_on,closed_on\n"
                                              "H-1,alice,华南新客户,100,won,2024-03-01,2024-03-20\n"
                                              "H-2,bob,华南新客户,200,won,2024-05-01,2024-05-20\n"
                                              "H-3,boss,华南新客户,300,open,2024-06-01,\n"
                                              "H-4,bob,Acme 科技有限公司,400,open,2024-06-01,\n"),
               ImportKind::Deals);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(r.conflictsOpened, 1);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM ownership_conflicts c JOIN deals d ON d.id = c.deal_id "
                           "WHERE d.external_id = 'H-4'"),
              1);
    EXPECT_EQ(count(*m_ws,
                    "SELECT count(*) FROM customers c JOIN members m ON m.id = c.owner_id "
                    "WHERE c.name = '华南新客户' AND m.login = 'alice' AND c.owner_since = '2024-03-01'"),
              1);
}

TEST_F(Interchange, ASavedMappingNamesOtherHeaders)
{
    ASSERT_TRUE(Importer::saveMapping(*m_ws, ImportKind::Customers,
                                      {{QStringLiteral("Company"), QStringLiteral("name")},
                                       {QStringLiteral("Tel."), QStringLiteral("phone")}}));
    const ImportReport r =
        import(write(QStringLiteral("c.csv"), "Company,Tel.,Ignored\nOmega Ltd,021-5555 1234,x\n"),
               ImportKind::Customers);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(
        count(*m_ws, "SELECT count(*) FROM customers WHERE name = 'Omega Ltd' AND phone = '021-5555 1234'"),
        1);
}

TEST_F(Interchange, ActivitiesRatingsAndTargets)
{
    ImportReport r =
        import(write(QStringLiteral("a.csv"), "成员,客户,类型,时间,备注\n"
                                              "alice,Acme 科技有限公司,拜访,2025-06-03 14:30,面谈\n"
                                              "bob,Acme 科技有限公司,call,2025/6/4,\n"),
               ImportKind::Activities);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(
        count(*m_ws, "SELECT count(*) FROM activities WHERE kind = 'visit' AND at LIKE '2025-06-03T14:30%'"),
        1);
    r = import(write(QStringLiteral("r.csv"), "customer,member,score,rated_on,comment\n"
                                              "Acme 科技有限公司,alice,5,2025-06-05,很好\n"
                                              "Acme 科技有限公司,bob,6,2025-06-05,\n"),
               ImportKind::Ratings);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problems.value(0).row, 3);
    EXPECT_EQ(r.problems.value(0).field, QStringLiteral("score"));
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM ratings"), 0);
    r = import(write(QStringLiteral("t.csv"), "对象,周期,指标,目标\n"
                                              "alice,2025-06,revenue,\"¥100,000\"\n"
                                              "team:East,2025-Q2,revenue,900000\n"),
               ImportKind::Targets);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(r.inserted, 2);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM targets"), 2);
}

TEST_F(Interchange, FinanceReturnConfirmsMatchingDealsAndReportsTheRest)
{
    DealService deals(*m_ws);
    ASSERT_TRUE(deals.create(
        makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 6, 2), Stage::Won, QStringLiteral("F1"))));
    ASSERT_TRUE(deals.create(
        makeDeal(m_acme.id, m_alice.id, 2000, QDate(2025, 6, 3), Stage::Won, QStringLiteral("F2"))));
    const ImportReport r = import(write(QStringLiteral("f.csv"), "编号,回款金额,回款日期\n"
                                                                 "F1,\"1,000.00\",2025-06-20\n"
                                                                 "F2,1999.99,2025-06-21\n"
                                                                 "F9,10,2025-06-21\n"),
                                  ImportKind::FinanceReturn);
    ASSERT_TRUE(r.ok()) << qPrintable(problems(r));
    EXPECT_EQ(r.updated, 1);
    ASSERT_EQ(r.notApplied.size(), 2);
    EXPECT_EQ(r.notApplied.at(0).row, 3);
    EXPECT_EQ(r.notApplied.at(0).field, QStringLiteral("回款金额")); // the file's own header
    EXPECT_EQ(r.notApplied.at(1).row, 4);
    EXPECT_EQ(deals.findByExternalId(QStringLiteral("F1"))->confirmedOn, QDate(2025, 6, 20));
    EXPECT_FALSE(deals.findByExternalId(QStringLiteral("F2"))->confirmedOn.isValid());
}

TEST_F(Interchange, LargestRemainderAddsUpToTheFen)
{
    EXPECT_EQ(largestRemainder(100, {34, 33, 33}), (QList<qint64>{34, 33, 33}));
    EXPECT_EQ(largestRemainder(1, {50, 50}), (QList<qint64>{1, 0}));
    EXPECT_EQ(largestRemainder(1001, {33, 33, 34}), (QList<qint64>{330, 330, 341}));
    EXPECT_EQ(largestRemainder(2, {33, 33, 34}), (QList<qint64>{1, 0, 1}));
    for (qint64 amount : {0LL, 1LL, 99LL, 12345679LL, 999999999999LL}) {
        const auto parts = largestRemainder(amount, {17, 29, 54});
        EXPECT_EQ(parts.at(0) + parts.at(1) + parts.at(2), amount);
    }
}

class Handoff : public Interchange
{
protected:
    void SetUp() override
    {
        Interchange::SetUp();
        DealService deals(*m_ws);
        Deal split =
            makeDeal(m_acme.id, m_alice.id, 0, QDate(2025, 6, 10), Stage::Won, QStringLiteral("H-2"));
        split.amount = Money(100001); // ¥1,000.01 in 60/40: 600.01 + 400.00
        split.splits = {{m_alice.id, 60}, {m_bob.id, 40}};
        split.contractNo = QStringLiteral("=HYPERLINK(\"x\")");
        ASSERT_TRUE(deals.create(split));
        Deal one = makeDeal(m_acme.id, m_bob.id, 2500, QDate(2025, 6, 3), Stage::Won, QStringLiteral("H-1"));
        one.contractNo = QStringLiteral("HT-01, \"甲\"");
        one.confirmedOn = QDate(2025, 6, 20);
        ASSERT_TRUE(deals.create(one));
        ASSERT_TRUE(deals.create(
            makeDeal(m_acme.id, m_bob.id, 99, QDate(2025, 7, 1), Stage::Won, QStringLiteral("H-3"))));
        ASSERT_TRUE(deals.create(
            makeDeal(m_acme.id, m_bob.id, 99, QDate(2025, 6, 5), Stage::Lost, QStringLiteral("H-4"))));
    }
};

TEST_F(Handoff, TheDealsFileIsTheBriefsCsvByteForByte)
{
    const auto table = FinanceHandoff::deals(*m_ws, *Period::parse(QStringLiteral("2025-06")));
    ASSERT_TRUE(table);
    const QString file = path(QStringLiteral("handoff.csv"));
    const auto written = FinanceHandoff::writeCsv(*table, file, CsvWriter::Encoding::Utf8Bom);
    ASSERT_TRUE(written) << qPrintable(written.message());
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "period,external_id,contract_no,customer,owner_login,owner_name,team,credited_login,credited_name,"
        "share_percent,credited_amount,deal_amount,currency,closed_on,confirmed_on\r\n"
        "2025-06,H-1,\"HT-01, \"\"\xE7\x94\xB2\"\"\",Acme "
        "\xE7\xA7\x91\xE6\x8A\x80\xE6\x9C\x89\xE9\x99\x90\xE5\x85\xAC\xE5\x8F\xB8,"
        "bob,\xE8\xB5\xB5\xE7\xA3\x8A,East,bob,\xE8\xB5\xB5\xE7\xA3\x8A,100,2500.00,2500.00,CNY,2025-06-03,"
        "2025-06-20\r\n"
        "2025-06,H-2,\"'=HYPERLINK(\"\"x\"\")\",Acme "
        "\xE7\xA7\x91\xE6\x8A\x80\xE6\x9C\x89\xE9\x99\x90\xE5\x85\xAC\xE5\x8F\xB8,"
        "alice,\xE6\x9D\x8E\xE5\xA8\x9C,East,alice,\xE6\x9D\x8E\xE5\xA8\x9C,60,600.01,1000.01,CNY,2025-06-10,"
        "\r\n"
        "2025-06,H-2,\"'=HYPERLINK(\"\"x\"\")\",Acme "
        "\xE7\xA7\x91\xE6\x8A\x80\xE6\x9C\x89\xE9\x99\x90\xE5\x85\xAC\xE5\x8F\xB8,"
        "alice,\xE6\x9D\x8E\xE5\xA8\x9C,East,bob,\xE8\xB5\xB5\xE7\xA3\x8A,40,400.00,1000.01,CNY,2025-06-10,"
        "\r\n";
    EXPECT_EQ(fileBytes(file), expected);
    EXPECT_EQ(written->rows, 3);
    EXPECT_EQ(written->totalMinor.value(QStringLiteral("CNY")), 350001);

    const QJsonObject manifest =
        QJsonDocument::fromJson(fileBytes(FinanceHandoff::manifestPath(file))).object();
    EXPECT_EQ(manifest.value(QStringLiteral("rows")).toInt(), 3);
    EXPECT_EQ(manifest.value(QStringLiteral("total_minor")).toInteger(), 350001);
    EXPECT_EQ(manifest.value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
}

TEST_F(Handoff, Gb18030RoundTripsThroughAnIndependentReader)
{
    const auto table = FinanceHandoff::deals(*m_ws, *Period::parse(QStringLiteral("2025-Q2")));
    ASSERT_TRUE(table);
    const QString file = path(QStringLiteral("gb.csv"));
    ASSERT_TRUE(FinanceHandoff::writeCsv(*table, file, CsvWriter::Encoding::Gb18030));
    const QByteArray bytes = fileBytes(file);
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder gb("GB18030");
    const QList<QStringList> rows = parseCsv(gb.decode(bytes));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0), table->header());
    qint64 sum = 0;
    for (int i = 1; i < rows.size(); ++i) {
        EXPECT_EQ(rows.at(i).size(), 15);
        EXPECT_EQ(rows.at(i).at(3), QStringLiteral("Acme 科技有限公司"));
        sum += Money::parse(rows.at(i).at(10))->minor();
    }
    EXPECT_EQ(sum, 350001);
    EXPECT_EQ(rows.at(1).at(2), QStringLiteral("HT-01, \"甲\""));
    EXPECT_EQ(rows.at(2).at(2), QStringLiteral("'=HYPERLINK(\"x\")"));
}

TEST_F(Handoff, ARowThatCannotBeEncodedIsRefusedAndTheEarlierFileKept)
{
    const QString file = path(QStringLiteral("keep.csv"));
    auto table = FinanceHandoff::deals(*m_ws, *Period::parse(QStringLiteral("2025-06")));
    ASSERT_TRUE(FinanceHandoff::writeCsv(*table, file, CsvWriter::Encoding::Gb18030));
    const QByteArray before = fileBytes(file);
    table->rows[1][3] = QStringLiteral("Bad ") + QChar(0xD800) + QStringLiteral(" name");
    const auto refused = FinanceHandoff::writeCsv(*table, file, CsvWriter::Encoding::Gb18030);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.problems().value(0).row, 3);
    EXPECT_EQ(refused.problems().value(0).field, QStringLiteral("customer"));
    EXPECT_EQ(fileBytes(file), before);
}

TEST_F(Handoff, TheFinanceReturnOfTheHandoffConfirmsItsDeals)
{
    QByteArray ret = "external_id,paid_amount,paid_on\n";
    ret += "H-2,1000.01,2025-06-30\n";
    const ImportReport r = import(write(QStringLiteral("ret.csv"), ret), ImportKind::FinanceReturn);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(DealService(*m_ws).findByExternalId(QStringLiteral("H-2"))->confirmedOn, QDate(2025, 6, 30));
}

TEST_F(Interchange, CliImportAndExportFinance)
{
    const QString ws = path(QStringLiteral("cli.attain"));
    ASSERT_EQ(runCli({QStringLiteral("init"), ws}), 0);
    const QString csv =
        write(QStringLiteral("d.csv"), "external_id,owner,customer,amount,stage,created_on,closed_on,splits\n"
                                       "X1,alice,Acme,100.00,won,2025-06-01,2025-06-02,alice:50;bob:50\n");
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("import"), ws, csv, QStringLiteral("--kind"), QStringLiteral("deals")},
                     &out, &err),
              0)
        << qPrintable(err);
    EXPECT_EQ(out, QStringLiteral(
                       "inserted: 1\nupdated: 0\nunchanged: 0\ncreated members: 2\ncreated customers: 1\n"));
    EXPECT_EQ(
        runCli({QStringLiteral("import"), ws, csv, QStringLiteral("--kind"), QStringLiteral("deals")}, &out),
        0);
    EXPECT_TRUE(out.contains(QStringLiteral("unchanged: 1")));
    const QString bad =
        write(QStringLiteral("bad.csv"),
              "external_id,owner,customer,amount,stage,created_on\nX2,alice,Acme,abc,open,2025-06-01\n");
    EXPECT_EQ(runCli({QStringLiteral("import"), ws, bad, QStringLiteral("--kind"), QStringLiteral("deals")},
                     &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("row 2, amount “abc”"))) << qPrintable(err);
    EXPECT_EQ(
        runCli({QStringLiteral("import"), ws, bad, QStringLiteral("--kind"), QStringLiteral("invoices")}), 2);

    const QString out1 = path(QStringLiteral("f.csv"));
    EXPECT_EQ(runCli({QStringLiteral("export-finance"), ws, QStringLiteral("--period"),
                      QStringLiteral("2025-06"), QStringLiteral("--out"), out1},
                     &out, &err),
              0)
        << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("rows: 2")));
    EXPECT_TRUE(out.contains(QStringLiteral("total_minor: 10000")));
    EXPECT_TRUE(QFile::exists(FinanceHandoff::manifestPath(out1)));
    const QString book = path(QStringLiteral("f.xlsx"));
    EXPECT_EQ(runCli({QStringLiteral("export-finance"), ws, QStringLiteral("--period"),
                      QStringLiteral("2025-06"), QStringLiteral("--out"), book, QStringLiteral("--xlsx")}),
              0);
    const QByteArray zip = fileBytes(book);
    EXPECT_TRUE(zip.startsWith("PK\x03\x04"));
    EXPECT_TRUE(zip.contains("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(zip.contains("xl/styles.xml"));
    EXPECT_EQ(runCli({QStringLiteral("export-finance"), ws, QStringLiteral("--period"),
                      QStringLiteral("June"), QStringLiteral("--out"), out1}),
              2);
}

TEST_F(Interchange, KilledInTheMiddleOfAnImportTheWorkspaceHoldsAllOrNone)
{
    const QString ws = path(QStringLiteral("kill.attain"));
    ASSERT_EQ(runCli({QStringLiteral("init"), ws}), 0);
    QByteArray csv = "external_id,owner,customer,amount,stage,created_on,closed_on\n";
    const int rows = 60000;
    for (int i = 0; i < rows; ++i)
        csv += "K" + QByteArray::number(i) + ",rep" + QByteArray::number(i % 50) + ",客户" +
               QByteArray::number(i % 3000) + ",1234.5,won,2025-06-01,2025-06-02\n";
    const QString file = write(QStringLiteral("k.csv"), csv);
    for (int delay : {300, 1500}) {
        QProcess cli;
        cli.start(QStringLiteral(ATTAIN_CLI),
                  {QStringLiteral("import"), ws, file, QStringLiteral("--kind"), QStringLiteral("deals")});
        ASSERT_TRUE(cli.waitForStarted());
        QThread::msleep(delay);
        cli.kill(); // SIGKILL: no chance to clean up
        cli.waitForFinished();
        auto opened = Workspace::open(ws, options());
        ASSERT_TRUE(opened) << qPrintable(opened.message());
        const qint64 n = count(**opened, "SELECT count(*) FROM deals");
        EXPECT_TRUE(n == 0 || n == rows) << n << " deals after a kill at " << delay << " ms";
        const qint64 members = count(**opened, "SELECT count(*) FROM members");
        EXPECT_TRUE((n == 0 && members == 0) || (n == rows && members == 50)) << members;
        EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(**opened).run()));
    }
}
