// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven as a person would, a CSV dropped on the window, and the finance handoff dialog;
// each step rendered to build/tests/screenshots in English and Chinese.
#include "core/incentives/periodclose.h"
#include "core/interchange/financehandoff.h"
#include "core/services/dealservice.h"
#include "core/storage/statement.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/filedialogs.h"
#include "ui/common/session.h"
#include "ui/interchange/financeexportdialog.h"
#include "ui/interchange/importwizard.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace attain;
using namespace attain::test;

class ImportUi : public UiTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        installTranslations(*qApp, language());
        m_window = openSeededWindow();
        ASSERT_TRUE(m_window->session());
    }
    void TearDown() override
    {
        m_window.reset();
        FileDialogs::setSaveChooser({});
        installTranslations(*qApp, QStringLiteral("en"));
        UiTest::TearDown();
    }
    QString language() const { return QString::fromLatin1(GetParam()); }
    QString suffix() const { return QLatin1Char('-') + language(); }
    Workspace &ws() { return m_window->session()->workspace(); }
    qint64 count(const char *sql)
    {
        Statement st(ws(), sql);
        return st.next() ? st.int64(0) : -1;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    /// Waits for a page that works on entering (check, import) to finish.
    static bool waitComplete(ImportWizard *wizard)
    {
        return QTest::qWaitFor([&] { return !wizard->isRunning() && wizard->currentPage()->isComplete(); },
                               30000);
    }
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(ImportUi, AFileImportedStepByStep)
{
    const QString file = write(
        QStringLiteral("deals.csv"),
        QStringLiteral("编号,负责人,客户,金额,阶段,创建日期,成交日期,产品\r\n"
                       "W-1,alice,Acme 科技有限公司,\"¥21,406.74\",赢单,2025/6/3,2025-06-05,CRM 专业版\r\n"
                       "W-2,zhou,华北新客户,9800,进行中,2025-06-08,,\r\n")
            .toUtf8());
    ImportWizard *wizard = m_window->importFile(file);
    ASSERT_TRUE(wizard);
    EXPECT_EQ(wizard->kind(), ImportKind::Deals); // guessed from the header
    EXPECT_TRUE(looksDrawn(shoot(wizard, QStringLiteral("import-1-file") + suffix())));

    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::FormatPage);
    auto *preview = wizard->findChild<QTableWidget *>(QStringLiteral("formatPreview"));
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview->rowCount(), 2);
    EXPECT_EQ(preview->horizontalHeaderItem(2)->text(), QStringLiteral("客户"));
    EXPECT_EQ(preview->item(0, 3)->text(), QStringLiteral("¥21,406.74"));
    EXPECT_TRUE(wizard->findChild<QComboBox *>(QStringLiteral("importEncoding"))
                    ->currentText()
                    .contains(QStringLiteral("UTF-8")));
    EXPECT_TRUE(looksDrawn(shoot(wizard, QStringLiteral("import-2-format") + suffix())));

    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_TRUE(wizard->currentPage()->isComplete());
    EXPECT_TRUE(looksDrawn(shoot(wizard, QStringLiteral("import-3-mapping") + suffix())));

    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::ReportPage);
    ASSERT_TRUE(waitComplete(wizard));
    EXPECT_EQ(wizard->report().inserted, 2);
    auto *created = wizard->findChild<QListWidget *>(QStringLiteral("createdRecords"));
    ASSERT_EQ(created->count(), 2); // zhou and the new customer are shown before anything is written
    EXPECT_TRUE(created->item(0)->text().contains(QStringLiteral("zhou")));
    EXPECT_TRUE(created->item(1)->text().contains(QStringLiteral("华北新客户")));
    EXPECT_EQ(count("SELECT count(*) FROM deals"), 0);
    EXPECT_TRUE(looksDrawn(shoot(wizard, QStringLiteral("import-4-check") + suffix())));

    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CommitPage);
    ASSERT_TRUE(waitComplete(wizard));
    EXPECT_TRUE(wizard->report().committed);
    EXPECT_EQ(count("SELECT count(*) FROM deals"), 2);
    EXPECT_EQ(DealService(ws()).findByExternalId(QStringLiteral("W-1"))->amount.minor(), 2140674);
    EXPECT_TRUE(looksDrawn(shoot(wizard, QStringLiteral("import-5-done") + suffix())));
    wizard->accept();
}

// Importing into a closed period says so on the check page, before anything is written, and again when done
// (issue "Exact numbers" 4): the frozen figures stay, the changes become the period's discrepancies.
TEST_P(ImportUi, AnImportIntoAClosedPeriodSaysSoBeforeItIsDone)
{
    ASSERT_TRUE(PeriodCloseService(ws()).close(Period::month(2025, 5)));
    const QString file =
        write(QStringLiteral("may.csv"),
              QStringLiteral("编号,负责人,客户,金额,阶段,创建日期,成交日期\r\n"
                             "M-1,alice,Acme 科技有限公司,5000,赢单,2025-05-02,2025-05-20\r\n"
                             "M-2,alice,Acme 科技有限公司,7000,赢单,2025-05-03,2025-05-21\r\n"
                             "J-1,alice,Acme 科技有限公司,9000,赢单,2025-06-03,2025-06-21\r\n")
                  .toUtf8());
    ImportWizard *wizard = m_window->importFile(file);
    ASSERT_TRUE(wizard);
    wizard->next();
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::ReportPage);
    ASSERT_TRUE(waitComplete(wizard));
    auto said = [&] {
        QStringList texts;
        for (const QLabel *l : wizard->currentPage()->findChildren<QLabel *>())
            texts << l->text();
        return texts.join(QLatin1Char('\n'));
    };
    // The two May deals, not the June one.
    const QString before = QCoreApplication::translate("ImportWizard",
                                                       "%n change(s) fall in %1, a closed period: its frozen "
                                                       "figures stay, and the changes will be listed as its "
                                                       "discrepancies.",
                                                       nullptr, 2)
                               .arg(QStringLiteral("2025-05"));
    EXPECT_TRUE(said().contains(before)) << qPrintable(said());
    EXPECT_EQ(count("SELECT count(*) FROM deals WHERE external_id LIKE 'M-%'"), 0);
    EXPECT_TRUE(looksDrawn(shoot(wizard, QStringLiteral("import-4-check-closed") + suffix())));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CommitPage);
    ASSERT_TRUE(waitComplete(wizard));
    ASSERT_TRUE(wizard->report().committed);
    const QString after = QCoreApplication::translate("ImportWizard",
                                                      "%n change(s) fell in %1, a closed period: its frozen "
                                                      "figures stay; the changes are listed as its "
                                                      "discrepancies.",
                                                      nullptr, 2)
                              .arg(QStringLiteral("2025-05"));
    EXPECT_TRUE(said().contains(after)) << qPrintable(said());
    EXPECT_EQ(PeriodCloseService(ws()).discrepancies(Period::month(2025, 5)).changes.size(), 2);
    EXPECT_TRUE(looksDrawn(shoot(wizard, QStringLiteral("import-5-done-closed") + suffix())));
    wizard->accept();
}

TEST_P(ImportUi, ProblemsBlockTheImportAndTheReportIsSortedAndSaved)
{
    const QString file =
        write(QStringLiteral("bad.csv"), "external_id,owner,customer,amount,stage,created_on,closed_on\n"
                                         "B-1,alice,Acme,12.3.4,won,2025-06-01,2025-06-02\n"
                                         "B-2,alice,Acme,10,maybe,2025-06-01,\n"
                                         "B-3,alice,Acme,10,open,2025-06-01,\n");
    ImportWizard *wizard = m_window->importFile(file);
    wizard->next();
    wizard->next();
    wizard->next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isRunning() && wizard->report().rows == 3; }, 30000));
    EXPECT_FALSE(wizard->currentPage()->isComplete());
    auto *problems = wizard->findChild<QTableView *>(QStringLiteral("problemTable"));
    ASSERT_TRUE(problems && problems->isVisible());
    ASSERT_EQ(problems->model()->rowCount(), 2);
    EXPECT_EQ(problems->model()->index(0, 0).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(problems->model()->index(0, 1).data().toString(), QStringLiteral("amount"));
    EXPECT_EQ(problems->model()->index(0, 2).data().toString(), QStringLiteral("12.3.4"));
    problems->sortByColumn(0, Qt::DescendingOrder);
    EXPECT_EQ(problems->model()->index(0, 0).data().toString(), QStringLiteral("3"));
    EXPECT_TRUE(looksDrawn(shoot(wizard, QStringLiteral("import-problems") + suffix())));

    const QString saved = path(QStringLiteral("problems.csv"));
    FileDialogs::setSaveChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return saved; });
    wizard->findChild<QAbstractButton *>(QStringLiteral("saveReport"))->click();
    const QByteArray bytes = fileBytes(saved);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("12.3.4"));
    EXPECT_TRUE(bytes.contains("maybe"));
    EXPECT_EQ(count("SELECT count(*) FROM deals"), 0);
    wizard->reject();
}

TEST_P(ImportUi, OtherHeadersAreMappedByHandAndRemembered)
{
    const QString file = write(QStringLiteral("crm.csv"), "Company,Tel.,Notes\nOmega Ltd,021-5555 1234,x\n");
    ImportWizard *wizard = m_window->importFile(file);
    wizard->findChild<QComboBox *>(QStringLiteral("importKind"))->setCurrentIndex(int(ImportKind::Customers));
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_FALSE(wizard->currentPage()->isComplete()); // no name column yet
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    auto *company = qobject_cast<QComboBox *>(table->cellWidget(0, 0));
    auto *phone = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
    company->setCurrentIndex(company->findData(QStringLiteral("name")));
    phone->setCurrentIndex(phone->findData(QStringLiteral("phone")));
    EXPECT_TRUE(wizard->currentPage()->isComplete());
    wizard->next();
    ASSERT_TRUE(waitComplete(wizard));
    wizard->next();
    ASSERT_TRUE(waitComplete(wizard));
    EXPECT_EQ(count("SELECT count(*) FROM customers WHERE name = 'Omega Ltd' AND phone = '021-5555 1234'"),
              1);
    const auto saved = Importer::savedMapping(ws(), ImportKind::Customers);
    EXPECT_EQ(saved.value(QStringLiteral("Company")), QStringLiteral("name"));
    wizard->accept();
}

TEST_P(ImportUi, CancelDuringTheImportWritesNothing)
{
    QByteArray csv = "external_id,owner,customer,amount,stage,created_on\n";
    for (int i = 0; i < 20000; ++i)
        csv += "C" + QByteArray::number(i) + ",alice,Acme 科技有限公司,100,open,2025-06-01\n";
    ImportWizard *wizard = m_window->importFile(write(QStringLiteral("big.csv"), csv));
    wizard->next();
    wizard->next();
    wizard->next();
    ASSERT_TRUE(waitComplete(wizard));
    // Cancel is pressed while the import runs (the wizard handles events between batches).
    QTimer presser;
    presser.setInterval(1);
    QObject::connect(&presser, &QTimer::timeout, wizard, [&] {
        if (wizard->isRunning()) {
            wizard->button(QWizard::CancelButton)->click();
            presser.stop();
        }
    });
    presser.start();
    wizard->next();
    ASSERT_TRUE(waitComplete(wizard));
    EXPECT_TRUE(wizard->report().cancelled);
    EXPECT_EQ(count("SELECT count(*) FROM deals"), 0);
    EXPECT_TRUE(wizard->isVisible()); // it stays to say so
    wizard->accept();
}

TEST_P(ImportUi, AnImportIsOneUndoableStepAndALargeOneFencesTheStack)
{
    // W-1 exists with 100.00; the file changes it to 250.00 and adds W-2.
    QByteArray before = "external_id,owner,customer,amount,stage,created_on\n"
                        "W-1,alice,Acme 科技有限公司,100,open,2025-06-01\n";
    const auto runWizard = [&](const QString &file) {
        ImportWizard *wizard = m_window->importFile(file);
        wizard->next();
        wizard->next();
        wizard->next();
        EXPECT_TRUE(waitComplete(wizard));
        wizard->next();
        EXPECT_TRUE(waitComplete(wizard));
        EXPECT_TRUE(wizard->report().committed);
        const bool undoable = wizard->wasUndoable();
        wizard->accept();
        return undoable;
    };
    EXPECT_TRUE(runWizard(write(QStringLiteral("first.csv"), before)));
    QUndoStack &undo = m_window->session()->undoStack();
    undo.clear();
    EXPECT_TRUE(
        runWizard(write(QStringLiteral("second.csv"), "external_id,owner,customer,amount,stage,created_on\n"
                                                      "W-1,alice,Acme 科技有限公司,250,open,2025-06-01\n"
                                                      "W-2,alice,Acme 科技有限公司,80,open,2025-06-02\n")));
    ASSERT_EQ(undo.count(), 1);
    EXPECT_EQ(undo.undoText(), language() == QLatin1String("en") ? QStringLiteral("Import second.csv")
                                                                 : QStringLiteral("导入 second.csv"));
    DealService deals(ws());
    EXPECT_EQ(deals.findByExternalId(QStringLiteral("W-1"))->amount.minor(), 25000);
    undo.undo();
    EXPECT_EQ(deals.findByExternalId(QStringLiteral("W-1"))->amount.minor(), 10000);
    EXPECT_FALSE(deals.findByExternalId(QStringLiteral("W-2")));
    undo.redo();
    EXPECT_EQ(deals.findByExternalId(QStringLiteral("W-1"))->amount.minor(), 25000);
    EXPECT_EQ(deals.findByExternalId(QStringLiteral("W-2"))->amount.minor(), 8000);

    // More rows than a step can hold: the stack is fenced, so Undo never reverts the step behind it.
    QByteArray big = "external_id,owner,customer,amount,stage,created_on\n";
    for (int i = 0; i < 6000; ++i)
        big += "B" + QByteArray::number(i) + ",alice,Acme 科技有限公司,100,open,2025-06-01\n";
    EXPECT_FALSE(runWizard(write(QStringLiteral("big.csv"), big)));
    EXPECT_FALSE(undo.canUndo());
    EXPECT_EQ(count("SELECT count(*) FROM deals WHERE external_id LIKE 'B%'"), 6000);
    EXPECT_EQ(deals.findByExternalId(QStringLiteral("W-2"))->amount.minor(), 8000);
}

TEST_P(ImportUi, ACsvDroppedOnTheWindowOpensTheWizard)
{
    const QString file = write(QStringLiteral("drop.csv"), "login,name\nzhou,周杰\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->findChild<ImportWizard *>() != nullptr; }, 5000));
    auto *wizard = m_window->findChild<ImportWizard *>();
    EXPECT_EQ(wizard->file(), file);
    EXPECT_EQ(wizard->kind(), ImportKind::Members);
    wizard->reject();

    QMimeData image;
    image.setUrls({QUrl::fromLocalFile(path(QStringLiteral("photo.png")))});
    QDragEnterEvent refused(QPoint(400, 300), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_P(ImportUi, TheFinanceHandoffDialogWritesTheFileAndSaysWhat)
{
    DealService deals(ws());
    Deal d = makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 5, 20), Stage::Won, QStringLiteral("E-1"));
    d.amount = Money(100001);
    d.splits = {{m_alice.id, 60}, {m_bob.id, 40}};
    ASSERT_TRUE(deals.create(d));
    FinanceExportDialog dialog(*m_window->session(), m_window.get());
    dialog.setPeriod(*Period::parse(QStringLiteral("2025-05")));
    dialog.show();
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("handoffSummary"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("2"))) << qPrintable(summary->text());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("1,000.01"))) << qPrintable(summary->text());
    EXPECT_TRUE(looksDrawn(shoot(&dialog, QStringLiteral("dialog-handoff") + suffix())));
    const QString out = path(QStringLiteral("handoff.csv"));
    ASSERT_TRUE(dialog.exportTo(out));
    EXPECT_TRUE(QFile::exists(FinanceHandoff::manifestPath(out)));
    ASSERT_EQ(m_messages.shown.size(), 1);
    EXPECT_TRUE(m_messages.shown.first().contains(QStringLiteral("handoff.csv")));
    EXPECT_TRUE(fileBytes(out).contains("600.01"));
}

INSTANTIATE_TEST_SUITE_P(Languages, ImportUi, ::testing::Values("en", "zh_CN"));
