// SPDX-License-Identifier: GPL-3.0-or-later
// Every door into the workspace — a form, an import, the command line — passes the same checked write: the
// same protected change opens the same ownership conflict, the same forbidden change is refused with the same
// words, and a rep cannot change a target through any of them.
#include "core/domain/activity.h"
#include "core/domain/dates.h"
#include "core/interchange/importer.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/ownershipservice.h"
#include "core/services/targetservice.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/moneyedit.h"
#include "ui/common/session.h"
#include "ui/forms/dealform.h"
#include "ui/mainwindow.h"
#include "ui/scoring/targetspage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace attain;
using namespace attain::test;

namespace {

/// What a change did to ownership, as a person would check it.
struct Outcome
{
    qint64 newConflicts = 0;
    QString conflictOwner, conflictClaimant;
    QString dealOwner, customerOwner;
    bool operator==(const Outcome &) const = default;
};

void PrintTo(const Outcome &o, std::ostream *os)
{
    *os << o.newConflicts << " conflict(s), owner " << o.conflictOwner.toStdString() << ", claimant "
        << o.conflictClaimant.toStdString() << ", deal " << o.dealOwner.toStdString() << ", customer "
        << o.customerOwner.toStdString();
}

} // namespace

class Doors : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_window = openSeededWindow();
        ASSERT_TRUE(m_window->session());
        // Alice followed Acme up ten days ago, and a customer stays with its owner ten years after: Acme is
        // protected for this test's clock and for attain-cli's (today's date) alike.
        ASSERT_TRUE(OwnershipService(ws()).setProtectionDays(3650).ok());
        Activity a;
        a.memberId = m_alice.id;
        a.customerId = m_acme.id;
        a.at = Dates::wallClock(ws().clock().today().addDays(-10), QTime(10, 0));
        ASSERT_TRUE(ActivityService(ws()).create(a).ok());
        Target t;
        t.memberId = m_alice.id;
        t.period = Period::month(2025, 6);
        t.metric = Metric::Revenue;
        t.value = 26500000; // ¥265,000
        ASSERT_TRUE(TargetService(ws()).set(t).ok());
        Deal d =
            makeDeal(m_acme.id, m_alice.id, 5000, QDate(2025, 6, 2), Stage::Won, QStringLiteral("D-ALICE"));
        ASSERT_TRUE(DealService(ws()).create(d).ok());
        m_window->session()->signIn(m_bob.id); // Bob, a rep, is at the keyboard from here on
    }
    void TearDown() override
    {
        m_window.reset();
        UiTest::TearDown();
    }
    Workspace &ws() { return m_window->session()->workspace(); }

    QString writeCsv(const QString &name, const QByteArray &text)
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    }
    Outcome outcomeFor(const QString &externalId, qint64 conflictsBefore)
    {
        Outcome o;
        const auto conflicts = OwnershipService(ws()).openConflicts();
        o.newConflicts = conflicts.size() - conflictsBefore;
        const auto deal = DealService(ws()).findByExternalId(externalId);
        if (deal)
            o.dealOwner = deal->ownerId;
        if (deal)
            if (const auto c = OwnershipService(ws()).openConflictForDeal(deal->id)) {
                o.conflictOwner = c->ownerId;
                o.conflictClaimant = c->claimantId;
            }
        o.customerOwner = CustomerService(ws()).find(m_acme.id)->ownerId;
        return o;
    }
    qint64 revenueTarget()
    {
        return TargetService(ws())
            .find(m_alice.id, QString(), Period::month(2025, 6), Metric::Revenue)
            .value_or(Target{})
            .value;
    }
    /// The form door: Bob types a deal on Acme and saves. Returns the message the form showed, if any.
    QString dealThroughTheForm(const std::optional<Deal> &existing, qint64 yuan,
                               const QString &number = QString())
    {
        DealForm form(*m_window->session(), existing, m_window.get());
        form.show();
        if (!existing) {
            form.setCustomer(m_acme.id);
            auto *numberEdit = form.findChild<QLineEdit *>(QStringLiteral("number"));
            if (numberEdit && !number.isEmpty())
                numberEdit->setText(number);
        }
        auto *amount = form.findChild<MoneyEdit *>(QStringLiteral("amount"));
        amount->setText(QString::number(yuan));
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        if (form.result() == QDialog::Accepted)
            return QString();
        QStringList shown;
        for (const QLabel *l : form.findChildren<QLabel *>())
            if (l->objectName().startsWith(QLatin1String("problem")) && !l->isHidden())
                shown << l->text();
        return shown.join(QLatin1Char('\n'));
    }
    static QString messageOf(const ImportReport &r)
    {
        QStringList out;
        for (const Problem &p : r.problems)
            out << p.message;
        return out.join(QLatin1Char('\n'));
    }

    std::unique_ptr<MainWindow> m_window;
};

TEST_F(Doors, ADealOnAProtectedCustomerOpensTheSameConflictThroughEveryDoor)
{
    const Outcome expected{1, m_alice.id, m_bob.id, m_bob.id, m_alice.id};

    qint64 before = OwnershipService(ws()).openConflicts().size();
    EXPECT_EQ(dealThroughTheForm(std::nullopt, 8000, QStringLiteral("D-FORM")), QString());
    EXPECT_EQ(outcomeFor(QStringLiteral("D-FORM"), before), expected);

    before = OwnershipService(ws()).openConflicts().size();
    const QString csv = writeCsv(QStringLiteral("deal-import.csv"),
                                 "编号,负责人,客户,金额,阶段,创建日期,成交日期\r\n"
                                 "D-IMPORT,bob,Acme 科技有限公司,8000,赢单,2025-06-01,2025-06-14\r\n");
    ImportOptions options;
    options.kind = ImportKind::Deals;
    const ImportReport imported = Importer::run(ws(), csv, options);
    ASSERT_TRUE(imported.ok()) << qPrintable(messageOf(imported));
    EXPECT_EQ(imported.conflictsOpened, 1);
    EXPECT_EQ(outcomeFor(QStringLiteral("D-IMPORT"), before), expected);

    before = OwnershipService(ws()).openConflicts().size();
    const QString cliCsv = writeCsv(QStringLiteral("deal-cli.csv"),
                                    "external_id,owner,customer,amount,stage,created_on,closed_on\r\n"
                                    "D-CLI,bob,Acme 科技有限公司,8000,won,2025-06-01,2025-06-14\r\n");
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("import"), ws().path(), cliCsv, QStringLiteral("--kind"),
                      QStringLiteral("deals"), QStringLiteral("--as"), QStringLiteral("bob")},
                     &out, &err),
              0)
        << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("ownership conflicts: 1"))) << qPrintable(out);
    EXPECT_EQ(outcomeFor(QStringLiteral("D-CLI"), before), expected);
}

TEST_F(Doors, ARepCannotChangeAnotherRepsDealThroughAnyDoor)
{
    const QString refusal = QStringLiteral("These deals are another member's; a rep changes only their own.");
    const auto alices = DealService(ws()).findByExternalId(QStringLiteral("D-ALICE"));
    ASSERT_TRUE(alices);

    // The form shows the refusal beside the owner.
    EXPECT_EQ(dealThroughTheForm(alices, 1), refusal);

    const QString csv = writeCsv(QStringLiteral("edit.csv"),
                                 "external_id,owner,customer,amount,stage,created_on,closed_on\r\n"
                                 "D-ALICE,alice,Acme 科技有限公司,1,won,2025-05-13,2025-06-02\r\n");
    ImportOptions options;
    options.kind = ImportKind::Deals;
    const ImportReport imported = Importer::run(ws(), csv, options);
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems.size(), 1);
    EXPECT_EQ(imported.problems.first().message, refusal);
    EXPECT_EQ(imported.problems.first().row, 2);
    EXPECT_EQ(imported.problems.first().field, QStringLiteral("owner")); // the file's own header

    QString err;
    EXPECT_EQ(runCli({QStringLiteral("import"), ws().path(), csv, QStringLiteral("--kind"),
                      QStringLiteral("deals"), QStringLiteral("--as"), QStringLiteral("bob")},
                     nullptr, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("row 2, owner: ") + refusal)) << qPrintable(err);

    EXPECT_EQ(DealService(ws()).find(alices->id)->amount, Money(500000));
}

TEST_F(Doors, ARepCannotChangeATargetThroughAnyDoor)
{
    const QString refusal = QStringLiteral("Only a manager changes targets.");
    // The Targets page offers Bob nothing to edit; a cell changed anyway (as a script could) is refused by
    // the core and the refusal shown.
    ASSERT_TRUE(m_window->showPage(QStringLiteral("targetsPage")));
    auto *page = m_window->findChild<TargetsPage *>();
    page->setPeriod(Period::month(2025, 6));
    QTableWidget *grid = page->grid();
    ASSERT_GT(grid->rowCount(), 0);
    const int revenue = 1 + int(Metrics::all().indexOf(Metric::Revenue));
    EXPECT_FALSE(grid->item(0, revenue)->flags() & Qt::ItemIsEditable);
    m_messages.shown.clear();
    grid->item(0, revenue)->setText(QStringLiteral("1"));
    ASSERT_EQ(m_messages.shown.size(), 1);
    EXPECT_TRUE(m_messages.shown.first().contains(refusal)) << qPrintable(m_messages.shown.first());
    EXPECT_EQ(revenueTarget(), 26500000);

    const QString csv = writeCsv(QStringLiteral("targets.csv"),
                                 "subject,period,metric,target\r\nalice,2025-06,revenue,1\r\n");
    ImportOptions options;
    options.kind = ImportKind::Targets;
    const ImportReport imported = Importer::run(ws(), csv, options);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(messageOf(imported), refusal);
    EXPECT_EQ(revenueTarget(), 26500000);

    QString err;
    EXPECT_EQ(runCli({QStringLiteral("import"), ws().path(), csv, QStringLiteral("--kind"),
                      QStringLiteral("targets"), QStringLiteral("--as"), QStringLiteral("bob")},
                     nullptr, &err),
              1);
    EXPECT_TRUE(err.contains(refusal)) << qPrintable(err);
    EXPECT_EQ(revenueTarget(), 26500000);
}
