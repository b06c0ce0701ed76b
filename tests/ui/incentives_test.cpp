// SPDX-License-Identifier: GPL-3.0-or-later
// Statements, period close, the PDF, award notifications and the plan editor's incentives on the demo
// workspace, as its manager would use them, rendered to build/tests/screenshots in English and Chinese.
#include "core/demo/demogenerator.h"
#include "core/incentives/incentivestatement.h"
#include "core/incentives/periodclose.h"
#include "core/incentives/statementformat.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/storage/statement.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/session.h"
#include "ui/common/toast.h"
#include "ui/incentives/statementspage.h"
#include "ui/mainwindow.h"
#include "ui/scoring/plandialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace attain;
using namespace attain::test;

class IncentivesUi : public DemoWindowTest
{
protected:
    void SetUp() override
    {
        DemoWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_window->showPage(QStringLiteral("statementsPage")));
        m_page = m_window->findChild<StatementsPage *>();
        m_rep = *MemberService(ws()).findByLogin(QStringLiteral("liuyang")); // in the manager's team
        m_page->showMember(m_rep.id, m_june);
    }
    IncentiveStatement computed() { return StatementBuilder(ws()).members(m_june, {m_rep.id}).value(0); }
    StatementsPage *m_page = nullptr;
    Member m_rep;
    const Period m_june = Period::month(2025, 6);
};

TEST_P(IncentivesUi, TheStatementShowsEachLineAndHowItWasComputed)
{
    ASSERT_TRUE(m_page->statement());
    const IncentiveStatement expected = computed();
    EXPECT_EQ(m_page->statement()->totalMinor, expected.totalMinor);
    QTableWidget *lines = m_page->lines();
    ASSERT_EQ(lines->rowCount(), expected.lines.size());
    ASSERT_GT(lines->rowCount(), 0);
    EXPECT_EQ(lines->item(0, 1)->text(), StatementFormat::describe(expected.lines.first()));
    lines->selectRow(0);
    EXPECT_EQ(m_page->explanation(), StatementFormat::explain(expected.lines.first(), expected));

    // An adjustment needs a reason; with one it is a line of its own, by the manager.
    EXPECT_FALSE(m_page->addAdjustment(QStringLiteral("300"), QString()));
    EXPECT_FALSE(m_messages.shown.isEmpty());
    ASSERT_TRUE(m_page->addAdjustment(QStringLiteral("-150.50"), QStringLiteral("样品退回")));
    EXPECT_EQ(m_page->statement()->adjustmentsMinor, -15050);
    EXPECT_EQ(m_page->statement()->totalMinor, expected.totalMinor - 15050);
    EXPECT_EQ(lines->rowCount(), expected.lines.size() + 1);
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("statementsPage") + suffix())));
}

TEST_P(IncentivesUi, AClosedPeriodKeepsItsFiguresAndListsWhatChanged)
{
    const qint64 before = m_page->statement()->totalMinor;
    ASSERT_TRUE(m_page->closePeriod());
    EXPECT_TRUE(m_page->statement()->frozen);
    EXPECT_FALSE(m_page->findChild<QPushButton *>(QStringLiteral("addAdjustment"))->isEnabled());
    // One of the rep's June deals grows by ¥10,000 after the close.
    Statement st(ws(), "SELECT id FROM deals WHERE owner_id = ? AND stage = 'won' AND closed_on BETWEEN "
                       "'2025-06-01' AND '2025-06-30' LIMIT 1");
    st.bind(1, m_rep.id);
    ASSERT_TRUE(st.next());
    auto deal = DealService(ws()).find(st.text(0));
    st.reset();
    deal->amount = Money(deal->amount.minor() + 1000000);
    ASSERT_TRUE(DealService(ws()).update(*deal));
    QApplication::processEvents();
    EXPECT_EQ(m_page->statement()->totalMinor, before);
    ASSERT_GE(m_page->discrepancies()->rowCount(), 1);
    EXPECT_TRUE(
        m_page->findChild<QLabel *>(QStringLiteral("discrepancyEffects"))->text().contains(m_rep.name));
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("statementsPage-closed") + suffix())));
    ASSERT_TRUE(m_page->reopenPeriod(QStringLiteral("合同金额更正")));
    EXPECT_FALSE(m_page->statement()->frozen);
    EXPECT_GT(m_page->statement()->totalMinor, before);
}

TEST_P(IncentivesUi, StatementsPrintToPdfOnePagePerMember)
{
    const QString pdf = path(QStringLiteral("statements.pdf"));
    ASSERT_TRUE(m_page->printTo(pdf));
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    // Each member starts a page; a long statement runs on to the next.
    const int members = m_page->findChild<QComboBox *>(QStringLiteral("statementMember"))->count();
    const qsizetype pages =
        bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ");
    EXPECT_GE(pages, qsizetype(members));
    EXPECT_LE(pages, qsizetype(members) * 4);
    // Kept for a look with pdftoppm (build/tests/screenshots).
    QFile::remove(QStringLiteral(ATTAIN_SCREENSHOTS "/statements") + suffix() + QStringLiteral(".pdf"));
    QFile::copy(pdf, QStringLiteral(ATTAIN_SCREENSHOTS "/statements") + suffix() + QStringLiteral(".pdf"));
}

TEST_P(IncentivesUi, AnAwardIsAnnouncedWhenItsEventIsSaved)
{
    // A new rep's first won deal of the month (the workspace's today) earns the ¥200 award at once.
    Member m;
    m.login = QStringLiteral("newrep");
    m.name = QStringLiteral("新人");
    m.role = Role::Rep;
    m.teamId = m_rep.teamId;
    const auto rep = MemberService(ws()).create(m);
    ASSERT_TRUE(rep);
    Customer c;
    c.name = QStringLiteral("奖励测试客户");
    c.ownerId = rep->id;
    c.createdOn = ws().clock().today();
    c.ownerSince = c.createdOn;
    const auto customer = CustomerService(ws()).create(c);
    ASSERT_TRUE(customer);
    Deal d;
    d.externalId = QStringLiteral("AWARD-1");
    d.customerId = customer->id;
    d.ownerId = rep->id;
    d.amount = Money(880000);
    d.stage = Stage::Won;
    d.createdOn = ws().clock().today();
    d.closedOn = ws().clock().today();
    ASSERT_TRUE(DealService(ws()).create(d));
    QApplication::processEvents();
    ASSERT_TRUE(m_window->toast());
    const QString text = m_window->toast()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("新人"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("奖励测试客户"))) << qPrintable(text);
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("award-toast") + suffix())));
}

TEST_P(IncentivesUi, ThePlanEditorEditsIncentivesAndPreviewsThePayouts)
{
    PlanDialog dialog(*m_window->session(), m_window.get());
    dialog.show();
    dialog.setPreviewPeriod(m_june);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("planTabs"));
    ASSERT_TRUE(tabs);
    tabs->setCurrentIndex(1);
    auto *bands = dialog.findChild<QTableWidget *>(QStringLiteral("commissionBands"));
    ASSERT_EQ(bands->rowCount(), 3); // the Standard plan's 2% / 3% / 4%
    qobject_cast<QDoubleSpinBox *>(bands->cellWidget(0, 1))->setValue(2.5);
    dialog.updatePreview();
    QTableWidget *preview = dialog.preview();
    ASSERT_GT(preview->rowCount(), 0);
    int changed = 0;
    for (int r = 0; r < preview->rowCount(); ++r)
        changed += !preview->item(r, 6)->text().isEmpty();
    EXPECT_GT(changed, 0);
    EXPECT_EQ(dialog.draft().incentives.commission.bands.first().rateBasisPoints, 250);
    EXPECT_TRUE(
        dialog.findChild<QLabel *>(QStringLiteral("previewSummary"))->text().contains(QStringLiteral("+")));
    EXPECT_TRUE(looksDrawn(shoot(&dialog, QStringLiteral("dialog-plans-incentives") + suffix())));
}

INSTANTIATE_TEST_SUITE_P(Languages, IncentivesUi, ::testing::Values("en", "zh_CN"));
