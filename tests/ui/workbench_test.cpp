// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench driven as a person would: forms, validation beside the field, undo and redo,
// the duplicate-customer prompt, ownership conflicts and credit splits.
#include "core/domain/dates.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/ownershipservice.h"
#include "core/services/targetservice.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/customerpicker.h"
#include "ui/common/moneyedit.h"
#include "ui/common/recordtablemodel.h"
#include "ui/common/recordview.h"
#include "ui/common/session.h"
#include "ui/conflicts/conflictspage.h"
#include "ui/deals/dealspage.h"
#include "ui/forms/customerform.h"
#include "ui/forms/dealform.h"
#include "ui/mainwindow.h"
#include "ui/scoring/targetspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace attain;
using namespace attain::test;

class Workbench : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_window = openSeededWindow();
        ASSERT_TRUE(m_window->session());
    }
    void TearDown() override
    {
        m_window.reset();
        UiTest::TearDown();
    }
    Workspace &ws() { return m_window->session()->workspace(); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }
    static QString problem(QWidget *form, const char *field)
    {
        auto *label = form->findChild<QLabel *>(QStringLiteral("problem_") + QLatin1String(field));
        return label && !label->isHidden() ? label->text() : QString();
    }
    /// Types text as a keyboard (or an input method, for Chinese and full-width characters) would.
    static void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->clear();
        for (QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(widget, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(Workbench, CreateADealFixingAValidationErrorThenUndoAndRedo)
{
    ASSERT_TRUE(m_window->showPage(QStringLiteral("dealsPage")));
    auto *page = m_window->findChild<DealsPage *>();
    bool sawProblem = false;
    QTimer::singleShot(0, this->m_window.get(), [&] {
        auto *form = qobject_cast<DealForm *>(QApplication::activeModalWidget());
        ASSERT_TRUE(form);
        auto *customer = form->findChild<CustomerPicker *>(QStringLiteral("customer"));
        typeInto(customer, QStringLiteral("acme"));
        customer->chooseFirstMatch();
        auto *amount = form->findChild<MoneyEdit *>(QStringLiteral("amount"));
        typeInto(amount, QStringLiteral("12,34.5")); // a slip of the finger
        QTest::keyClick(amount, Qt::Key_Return);     // Enter saves
        sawProblem = problem(form, "amount").contains(QStringLiteral("12,34.5"));
        EXPECT_TRUE(form->isVisible());
        typeInto(amount, QStringLiteral("¥１，２３４．５"));
        QTest::keyClick(amount, Qt::Key_Return);
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
    EXPECT_TRUE(sawProblem);
    auto *model = page->view()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 1; }, 10000));
    const QString id = model->idAt(0);
    const auto deal = DealService(ws()).find(id);
    ASSERT_TRUE(deal);
    EXPECT_EQ(deal->amount, Money(123450));
    EXPECT_EQ(deal->ownerId, m_boss.id);

    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo New deal"));
    undo->trigger();
    EXPECT_FALSE(DealService(ws()).find(id).has_value());
    EXPECT_EQ(redo->text(), QStringLiteral("&Redo New deal"));
    redo->trigger();
    EXPECT_EQ(DealService(ws()).find(id)->amount, Money(123450));
}

TEST_F(Workbench, EscCancelsAndNothingIsWritten)
{
    DealForm form(*m_window->session(), std::nullopt, m_window.get());
    form.show();
    typeInto(form.findChild<MoneyEdit *>(QStringLiteral("amount")), QStringLiteral("500"));
    QTest::keyClick(&form, Qt::Key_Escape);
    EXPECT_EQ(form.result(), QDialog::Rejected);
    EXPECT_FALSE(action("undoAction")->isEnabled());
}

TEST_F(Workbench, EditingTheAmountIsUndoneByNameEvenFromAnotherView)
{
    const auto deal = DealService(ws()).create(makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 6, 1)));
    ASSERT_TRUE(deal.ok());
    {
        DealForm form(*m_window->session(), *deal, m_window.get());
        form.show();
        auto *amount = form.findChild<MoneyEdit *>(QStringLiteral("amount"));
        typeInto(amount, QStringLiteral("1,500"));
        QTest::keyClick(amount, Qt::Key_Return);
        EXPECT_EQ(form.result(), QDialog::Accepted);
    }
    EXPECT_EQ(DealService(ws()).find(deal->id)->amount, Money(150000));
    EXPECT_EQ(action("undoAction")->text(), QStringLiteral("&Undo Change deal amount"));
    ASSERT_TRUE(m_window->showPage(QStringLiteral("customersPage")));
    action("undoAction")->trigger();
    EXPECT_EQ(DealService(ws()).find(deal->id)->amount, Money(100000));
}

TEST_F(Workbench, ADuplicateCustomerIsShownBeforeItIsCreated)
{
    m_messages.answer = false;
    {
        CustomerForm form(*m_window->session(), std::nullopt, m_window.get());
        form.show();
        typeInto(form.findChild<QLineEdit *>(QStringLiteral("name")),
                 QStringLiteral("ＡＣＭＥ 科技有限公司"));
        QTest::keyClick(form.findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_Return);
        ASSERT_EQ(m_messages.shown.size(), 1);
        EXPECT_TRUE(m_messages.shown.first().contains(QStringLiteral("Acme 科技有限公司")));
        EXPECT_TRUE(form.isVisible()); // the person said no: still editing
    }
    EXPECT_EQ(CustomerService(ws()).duplicatesOf(m_acme).size(), 0);
    m_messages.answer = true;
    CustomerForm form(*m_window->session(), std::nullopt, m_window.get());
    form.show();
    typeInto(form.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("ＡＣＭＥ 科技有限公司"));
    QTest::keyClick(form.findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_Return);
    EXPECT_EQ(form.result(), QDialog::Accepted);
    EXPECT_EQ(CustomerService(ws()).duplicatesOf(m_acme).size(), 1);
}

TEST_F(Workbench, ADealOnAProtectedCustomerRecordsAConflictForAManager)
{
    Activity a;
    a.memberId = m_alice.id;
    a.customerId = m_acme.id;
    a.at = Dates::wallClock(ws().clock().today().addDays(-10), QTime(10, 0));
    ASSERT_TRUE(ActivityService(ws()).create(a).ok());
    m_window->session()->signIn(m_bob.id); // bob, a rep, enters a deal on alice's customer
    {
        DealForm form(*m_window->session(), std::nullopt, m_window.get());
        form.show();
        form.setCustomer(m_acme.id);
        auto *amount = form.findChild<MoneyEdit *>(QStringLiteral("amount"));
        typeInto(amount, QStringLiteral("8000"));
        QTest::keyClick(amount, Qt::Key_Return);
        EXPECT_EQ(form.result(), QDialog::Accepted);
    }
    ASSERT_EQ(m_messages.shown.size(), 1);
    EXPECT_TRUE(m_messages.shown.first().contains(QStringLiteral("conflict")));
    const auto conflicts = OwnershipService(ws()).openConflicts();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().ownerId, m_alice.id);
    EXPECT_EQ(conflicts.first().claimantId, m_bob.id);
    EXPECT_EQ(DealService(ws()).find(conflicts.first().dealId)->ownerId,
              m_bob.id); // not silently re-credited

    // The manager keeps the credit with the owner.
    m_window->session()->signIn(m_boss.id);
    ASSERT_TRUE(m_window->showPage(QStringLiteral("conflictsPage")));
    auto *page = m_window->findChild<ConflictsPage *>();
    auto *model = page->view()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 1; }, 10000));
    page->view()->table()->selectRow(0);
    EXPECT_TRUE(page->findChild<QPushButton *>(QStringLiteral("keepWithOwner"))->isEnabled());
    m_messages.text = QStringLiteral("alice visited them last week");
    EXPECT_TRUE(page->decide(true));
    EXPECT_EQ(DealService(ws()).find(conflicts.first().dealId)->ownerId, m_alice.id);
    EXPECT_EQ(OwnershipService(ws()).find(conflicts.first().id)->note,
              QStringLiteral("alice visited them last week"));
}

TEST_F(Workbench, SplitsShowTheirRunningSumAndMustReachOneHundred)
{
    DealForm form(*m_window->session(), std::nullopt, m_window.get());
    form.show();
    form.setCustomer(m_acme.id);
    typeInto(form.findChild<MoneyEdit *>(QStringLiteral("amount")), QStringLiteral("10000"));
    form.findChild<QComboBox *>(QStringLiteral("owner"))
        ->setCurrentIndex(form.findChild<QComboBox *>(QStringLiteral("owner"))->findData(m_alice.id));
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("addSplit")), Qt::LeftButton);
    const auto members = form.findChildren<QComboBox *>(QStringLiteral("splitMember"));
    const auto shares = form.findChildren<QSpinBox *>(QStringLiteral("splitPercent"));
    ASSERT_EQ(members.size(), 2);
    members.at(1)->setCurrentIndex(members.at(1)->findData(m_bob.id));
    shares.at(0)->setValue(60);
    shares.at(1)->setValue(30);
    auto *sum = form.findChild<QLabel *>(QStringLiteral("splitSum"));
    EXPECT_TRUE(sum->text().contains(QStringLiteral("90%"))) << qPrintable(sum->text());
    EXPECT_TRUE(sum->text().contains(QStringLiteral("must be 100%")));
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    EXPECT_TRUE(problem(&form, "splits").contains(QStringLiteral("90%")));
    shares.at(1)->setValue(40);
    EXPECT_TRUE(sum->text().contains(QStringLiteral("100%")));
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    EXPECT_EQ(form.result(), QDialog::Accepted);
    ASSERT_TRUE(m_window->showPage(QStringLiteral("dealsPage")));
    auto *view = m_window->findChild<DealsPage *>()->view();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->model()->isLoading() && view->model()->rowCount() == 1; },
                                10000));
    const auto deal = DealService(ws()).find(view->model()->idAt(0));
    EXPECT_EQ(deal->shareOf(m_alice.id), 60);
    EXPECT_EQ(deal->shareOf(m_bob.id), 40);
}

TEST_F(Workbench, ARepSeesOnlyTheirOwnDeals)
{
    DealService deals(ws());
    ASSERT_TRUE(deals.create(makeDeal(m_acme.id, m_alice.id, 100, QDate(2025, 6, 1))).ok());
    Customer c;
    c.name = QStringLiteral("Beta");
    c.createdOn = QDate(2025, 1, 1);
    const auto beta = CustomerService(ws()).create(c);
    ASSERT_TRUE(beta.ok());
    ASSERT_TRUE(deals.create(makeDeal(beta->id, m_bob.id, 200, QDate(2025, 6, 2))).ok());
    ASSERT_TRUE(m_window->showPage(QStringLiteral("dealsPage")));
    auto *model = m_window->findChild<DealsPage *>()->view()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 2; }, 10000));
    m_window->session()->signIn(m_alice.id);
    // The pages are built again for the new user, on the page that was showing.
    auto *page = m_window->findChild<DealsPage *>();
    ASSERT_TRUE(page->isVisible());
    model = page->view()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == 1; }, 10000));
    EXPECT_EQ(DealService(ws()).find(model->idAt(0))->ownerId, m_alice.id);
}

TEST_F(Workbench, AnUndoneChangeOfOwnerGivesTheDealBackAndOpensNoConflict)
{
    Activity a;
    a.memberId = m_alice.id;
    a.customerId = m_acme.id;
    a.at = Dates::wallClock(ws().clock().today().addDays(-10), QTime(10, 0));
    ASSERT_TRUE(ActivityService(ws()).create(a).ok());
    const auto deal = DealService(ws()).create(makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 6, 1)));
    ASSERT_TRUE(deal.ok());
    {
        DealForm form(*m_window->session(), *deal, m_window.get());
        form.show();
        auto *owner = form.findChild<QComboBox *>(QStringLiteral("owner"));
        owner->setCurrentIndex(owner->findData(m_bob.id));
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        EXPECT_EQ(form.result(), QDialog::Accepted);
    }
    ASSERT_EQ(OwnershipService(ws()).openConflicts().size(), 1); // Acme is Alice's: the move is a claim
    EXPECT_EQ(action("undoAction")->text(), QStringLiteral("&Undo Change deal owner"));
    action("undoAction")->trigger();
    EXPECT_EQ(DealService(ws()).find(deal->id)->ownerId, m_alice.id);
    EXPECT_TRUE(OwnershipService(ws()).openConflicts().isEmpty());
    EXPECT_EQ(CustomerService(ws()).find(m_acme.id)->ownerId, m_alice.id);
    action("redoAction")->trigger();
    EXPECT_EQ(DealService(ws()).find(deal->id)->ownerId, m_bob.id);
    EXPECT_EQ(OwnershipService(ws()).openConflicts().size(), 1);
}

TEST_F(Workbench, ARepGetsATargetsPageTheyCannotEdit)
{
    ASSERT_TRUE(m_window->showPage(QStringLiteral("targetsPage")));
    auto editable = [&] {
        QTableWidget *grid = m_window->findChild<TargetsPage *>()->grid();
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 1; c < grid->columnCount(); ++c)
                if (grid->item(r, c)->flags() & Qt::ItemIsEditable)
                    return true;
        return false;
    };
    EXPECT_TRUE(editable()); // the manager's
    m_window->session()->signIn(m_alice.id);
    EXPECT_FALSE(editable());
    // And were a cell edited anyway, the core says no.
    Target t;
    t.memberId = m_bob.id;
    t.period = Period::month(2025, 6);
    t.value = 100;
    const auto set = TargetService(ws()).set(t);
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(set.problems().first().code, QStringLiteral("denied"));
}

TEST_F(Workbench, AChangeTooLargeToUndoIsNamedInTheEditMenu)
{
    const auto deal = DealService(ws()).create(makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 6, 1)));
    {
        DealForm form(*m_window->session(), *deal, m_window.get());
        form.show();
        typeInto(form.findChild<MoneyEdit *>(QStringLiteral("amount")), QStringLiteral("1,500"));
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    }
    ASSERT_TRUE(action("undoAction")->isEnabled());
    m_window->session()->fenceUndo(QStringLiteral("Import deals.csv"));
    EXPECT_FALSE(action("undoAction")->isEnabled());
    EXPECT_EQ(action("undoAction")->text(), QStringLiteral("Can't Undo Import deals.csv"));
    action("undoAction")->trigger();
    EXPECT_EQ(DealService(ws()).find(deal->id)->amount, Money(150000)); // the edit behind it stays
}

TEST(Icons, EveryIconOfTheAppIsDrawn)
{
    // The sidebar, toolbar and dialogs use SVG icons: without Qt's SVG icon engine (libqt6svg6 on Debian)
    // every one of them is blank, and a user sees a sidebar of bare words.
    const QStringList icons = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    ASSERT_GT(icons.size(), 20);
    for (const QString &name : icons) {
        const QImage image = QIcon(QStringLiteral(":/icons/") + name).pixmap(32, 32).toImage();
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
        EXPECT_GT(inked, 20) << qPrintable(name);
    }
}
