// SPDX-License-Identifier: GPL-3.0-or-later
// A statement PDF fit for pay (issue "Exact numbers" 9), read back with poppler's pdftotext and rendered with
// pdftoppm to build/tests/screenshots, in English and Chinese: A4; the status of the period; every amount on
// one line, the largest too; the header row again on the page the lines run on to; totals; both signatures;
// "page i of n" on every page.
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/incentives/statementpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace attain;
using namespace attain::test;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// 45 commission lines of ¥12,345,678.90 on bases of ¥617,283,945.00 at 2.00%: more than one A4 page.
IncentiveStatement longStatement()
{
    IncentiveStatement s;
    s.memberId = QStringLiteral("7");
    s.login = QStringLiteral("liuyang");
    s.name = QStringLiteral("刘洋");
    s.team = QStringLiteral("华东团队");
    s.period = Period::month(2025, 6);
    s.plan = QStringLiteral("Standard");
    s.scoreHundredths = 10234;
    s.tier = QStringLiteral("on_target");
    s.frozen = true;
    s.closedOn = QStringLiteral("2025-07-02");
    for (int i = 0; i < 45; ++i) {
        StatementLine l;
        l.kind = StatementLine::Kind::Commission;
        l.date = QDate(2025, 6, 1 + i % 30);
        l.reference = QStringLiteral("D2506-%1").arg(i, 7, 10, QLatin1Char('0'));
        l.customer = QStringLiteral("北京联创教育咨询有限公司");
        l.detail = QStringLiteral("flat");
        l.baseMinor = 61728394500;
        l.rateBasisPoints = 200;
        l.amountMinor = 1234567890;
        s.lines << l;
        s.commissionMinor += l.amountMinor;
    }
    s.baseMinor = 61728394500LL * 45;
    s.totalMinor = s.commissionMinor;
    return s;
}

/// The body rows of the document's tables that begin on one page and end on another, measured from the
/// laid-out blocks of their cells.
int splitRows(QTextDocument &doc, qreal pageHeight)
{
    int split = 0;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            qreal top = 1e12, bottom = -1;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                for (QTextBlock b = cell.firstCursorPosition().block();
                     b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next()) {
                    const QRectF rect = doc.documentLayout()->blockBoundingRect(b);
                    top = std::min(top, rect.top());
                    bottom = std::max(bottom, rect.bottom());
                }
            }
            if (bottom > top && int(top / pageHeight) != int((bottom - 0.5) / pageHeight))
                ++split;
        }
    }
    return split;
}

} // namespace

// No row of a statement's tables is cut by a page end (issue "Exact numbers" 9): 45 lines whose customer
// names run over several lines, laid out on pages of several heights, split rows without the pagination
// and none with it.
TEST(StatementPdfRows, NoRowIsSplitAcrossPages)
{
    IncentiveStatement s = longStatement();
    for (int i = 0; i < s.lines.size(); ++i)
        s.lines[i].customer =
            QStringLiteral("北京联创教育咨询有限公司第%1分公司（海淀区中关村大街创新园区）").arg(i);
    const QString html = StatementPdf::htmlOf(s, QStringLiteral("demo"), QDate(2025, 7, 3));
    int before = 0;
    for (const qreal height : {500.0, 610.0, 730.0, 850.0}) {
        SCOPED_TRACE(height);
        QTextDocument plain, paginated;
        for (QTextDocument *doc : {&plain, &paginated})
            doc->setPageSize(QSizeF(560, height));
        plain.setHtml(html);
        before += splitRows(plain, height);
        StatementPdf::paginate(paginated, s, QStringLiteral("demo"), QDate(2025, 7, 3), height);
        EXPECT_EQ(splitRows(paginated, height), 0);
        // No page left empty by a break, and hardly more pages than Qt's own layout.
        EXPECT_LE(paginated.pageCount(), plain.pageCount() + 1);
        QList<bool> used(paginated.pageCount(), false);
        for (QTextBlock b = paginated.begin(); b.isValid(); b = b.next()) {
            const QRectF r = paginated.documentLayout()->blockBoundingRect(b);
            if (!b.text().trimmed().isEmpty() && int(r.top() / height) < used.size())
                used[int(r.top() / height)] = true;
        }
        EXPECT_FALSE(used.contains(false));
    }
    EXPECT_GT(before, 0); // the case is one Qt alone splits

    // A statement without lines: one page, its one row whole.
    IncentiveStatement empty = s;
    empty.lines.clear();
    QTextDocument doc;
    doc.setPageSize(QSizeF(560, 500));
    StatementPdf::paginate(doc, empty, QStringLiteral("demo"), QDate(2025, 7, 3), 500);
    EXPECT_EQ(doc.pageCount(), 1);
    EXPECT_EQ(splitRows(doc, 500), 0);
}

class StatementPdfTest : public UiTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void TearDown() override
    {
        installTranslations(*qApp, QStringLiteral("en"));
        UiTest::TearDown();
    }
};

TEST_P(StatementPdfTest, FitForPay)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; run.sh test installs it";
    const bool chinese = QLatin1String(GetParam()) == QLatin1String("zh_CN");
    installTranslations(*qApp, QString::fromLatin1(GetParam()));
    const QString pdf = path(QStringLiteral("long.pdf"));
    int pages = 0;
    ASSERT_TRUE(
        StatementPdf::write(pdf, {longStatement()}, QStringLiteral("demo"), QDate(2025, 7, 3), &pages));
    ASSERT_GE(pages, 2);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QStringLiteral("A4"))) << qPrintable(info);
    for (int page = 1; page <= pages; ++page) {
        SCOPED_TRACE(page);
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                  QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        ASSERT_FALSE(text.isEmpty());
        // No page holds only its footer and a header row.
        EXPECT_GE(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4) << qPrintable(text);
        // The footer: whose statement, page i of n. (pdftotext reads some CJK glyphs of the Noto font back as
        // their radicals, ⻚ for 页 and ⾦ for 金: those characters match either way.)
        const QRegularExpression footer(
            chinese ? QStringLiteral("第 %1 [页⻚]，共 %2 [页⻚]").arg(page).arg(pages)
                    : QStringLiteral("Page %1 of %2").arg(page).arg(pages));
        EXPECT_TRUE(text.contains(footer)) << qPrintable(text.right(300));
        EXPECT_TRUE(text.contains(QStringLiteral("liuyang")));
        // The signatures are kept together: the page with the lines to sign on names who signs.
        if (text.contains(
                QRegularExpression(chinese ? QStringLiteral("[签⽒]名") : QStringLiteral("Signature"))))
            EXPECT_TRUE(text.contains(
                QRegularExpression(chinese ? QStringLiteral("销售") : QStringLiteral("Sales rep"))));
        if (page <= 2) // the lines run on to page 2: the header row is there again
            EXPECT_TRUE(text.contains(
                QRegularExpression(chinese ? QStringLiteral("[金⾦]额") : QStringLiteral("Amount"))));
    }
    const QString all =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    // Every amount whole on its line: 45 lines of ¥12,345,678.90 and their bases, and the total
    // 45 × 12,345,678.90 = ¥555,555,550.50.
    EXPECT_GE(all.count(QStringLiteral("¥12,345,678.90")), 45); // each line, and in how it was computed
    EXPECT_GE(all.count(QStringLiteral("¥617,283,945.00")), 45);
    EXPECT_TRUE(all.contains(QStringLiteral("¥555,555,550.50")));
    EXPECT_TRUE(all.contains(QStringLiteral("2025-07-02")));
    EXPECT_TRUE(
        all.contains(QRegularExpression(chinese ? QStringLiteral("[签⽒]名") : QStringLiteral("Signature"))));
    EXPECT_TRUE(
        all.contains(QRegularExpression(chinese ? QStringLiteral("经理") : QStringLiteral("Manager"))));

    // Kept for a look (build/tests/screenshots), with its first two pages rendered.
    const QString kept =
        QStringLiteral(ATTAIN_SCREENSHOTS "/statement-long-%1").arg(QLatin1String(GetParam()));
    QFile::remove(kept + QStringLiteral(".pdf"));
    QFile::copy(pdf, kept + QStringLiteral(".pdf"));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdf, kept});
}

INSTANTIATE_TEST_SUITE_P(Languages, StatementPdfTest, ::testing::Values("en", "zh_CN"));
