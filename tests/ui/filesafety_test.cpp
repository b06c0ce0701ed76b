// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace file in the app: one window per file, read-only when another computer has it, the
// backups dialog, a damaged file offering its newest backup, and the lock kept through the background work.
#include "core/services/dealservice.h"
#include "core/storage/backups.h"
#include "core/storage/statement.h"
#include "core/storage/workspacelock.h"
#include "resources/resources.h"
#include "tests/support/uitestsupport.h"
#include "ui/backups/backupsdialog.h"
#include "ui/common/filedialogs.h"
#include "ui/common/session.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

using namespace attain;
using namespace attain::test;

namespace {

qint64 dealCount(Workspace &ws)
{
    Statement st(ws, "SELECT count(*) FROM deals");
    return st.next() ? st.int64(0) : -1;
}

// Runs `body` once a modal dialog of this class is up, then lets the dialog's own loop go on.
template <typename Dialog> void whenShown(std::function<void(Dialog *)> body)
{
    QTimer::singleShot(0, [body] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<Dialog *>(w); d && d->isVisible()) {
                body(d);
                return;
            }
    });
}

} // namespace

class FileSafetyUi : public UiTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        installTranslations(*qApp, QString::fromLatin1(GetParam()));
    }
    void TearDown() override
    {
        FileDialogs::setSaveChooser({});
        installTranslations(*qApp, QStringLiteral("en"));
        UiTest::TearDown();
    }
    QString suffix() const { return QLatin1Char('-') + QString::fromLatin1(GetParam()); }
    QString file() const { return path(QStringLiteral("test.attain")); }
    Workspace &ws(MainWindow &w) { return w.session()->workspace(); }
    void addDeal(MainWindow &w, qint64 yuan)
    {
        ASSERT_TRUE(DealService(ws(w)).create(makeDeal(m_acme.id, m_alice.id, yuan, QDate(2025, 6, 1))).ok());
    }
};

TEST_P(FileSafetyUi, OpeningAFileAnotherWindowHasBringsThatWindowForward)
{
    auto first = openSeededWindow();
    ASSERT_TRUE(first->session());
    MainWindow second;
    second.setAskForUser(false);
    second.show();
    EXPECT_FALSE(second.openWorkspace(file()));
    EXPECT_FALSE(second.session()); // never open twice
    EXPECT_FALSE(second.statusBar()->currentMessage().isEmpty());
    EXPECT_TRUE(m_messages.shown.isEmpty()) << qPrintable(m_messages.shown.join(u'\n'));
    QApplication::processEvents();
    EXPECT_FALSE(first->statusBar()->currentMessage().isEmpty()); // it was asked to come forward
    // Once the first window lets go, the second may have it.
    first->closeWorkspace();
    EXPECT_TRUE(second.openWorkspace(file()));
}

TEST_P(FileSafetyUi, AFileOpenOnAnotherComputerOpensReadOnlyWithABanner)
{
    seedBasics(create());
    m_ws.reset();
    // The lock file another computer's Attain left while it has the file open (QLockFile's format).
    QFile lock(WorkspaceLock::lockPath(file()));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write("4242\nattain\nmanagers-laptop\n\n\n");
    lock.close();
    MainWindow window;
    window.setAskForUser(false);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openWorkspace(file())) << qPrintable(m_messages.shown.join(u'\n'));
    EXPECT_TRUE(ws(window).isReadOnly());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("managers-laptop")));
    window.session()->signIn(m_boss.id); // a manager, who could change it were it writable here
    const Status refused = ws(window).setSetting(QStringLiteral("name"), QStringLiteral("x"));
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("managers-laptop")));
    EXPECT_TRUE(looksDrawn(shoot(&window, QStringLiteral("read-only") + suffix())));
    window.closeWorkspace();
    EXPECT_TRUE(QFile::exists(WorkspaceLock::lockPath(file()))); // the other computer's, left alone
}

TEST_P(FileSafetyUi, TheBackupsDialogListsBacksUpAndRestores)
{
    auto window = openSeededWindow();
    addDeal(*window, 100); // the day's first change: a backup of the state before it
    addDeal(*window, 200);
    ASSERT_EQ(dealCount(ws(*window)), 2);
    const QList<BackupInfo> before = Backups::list(file());
    ASSERT_FALSE(before.isEmpty());
    EXPECT_EQ(before.last().trigger, QStringLiteral("daily"));

    m_messages.answer = true; // yes, restore
    whenShown<BackupsDialog>([this, &before](BackupsDialog *d) {
        auto *list = d->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        EXPECT_EQ(list->topLevelItemCount(), before.size());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("backUpNow")), Qt::LeftButton);
        EXPECT_EQ(list->topLevelItemCount(), before.size() + 1);
        shoot(d, QStringLiteral("backups") + suffix());
        d->selectBackup(before.last().path); // the daily one: no deals yet
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("restoreBackup")), Qt::LeftButton);
    });
    window->showBackups();
    ASSERT_TRUE(window->session());
    EXPECT_EQ(dealCount(ws(*window)), 0);
    // The state before the restore is one more backup, and can be restored in turn.
    const QList<BackupInfo> after = Backups::list(file());
    ASSERT_EQ(after.size(), before.size() + 2);
    EXPECT_EQ(after.first().trigger, QStringLiteral("restore"));
    ASSERT_TRUE(window->restoreWorkspace(file(), after.first().path));
    EXPECT_EQ(dealCount(ws(*window)), 2);
}

TEST_P(FileSafetyUi, OpenACopyOfABackupInAWindowOfItsOwn)
{
    auto window = openSeededWindow();
    addDeal(*window, 100);
    const QString copy = path(QStringLiteral("copy.attain"));
    FileDialogs::setSaveChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return copy; });
    whenShown<BackupsDialog>([](BackupsDialog *d) {
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("openCopy")), Qt::LeftButton);
        d->reject();
    });
    window->showBackups();
    MainWindow *other = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *m = qobject_cast<MainWindow *>(w); m && m != window.get() && m->session())
            other = m;
    ASSERT_TRUE(other) << qPrintable(m_messages.shown.join(u'\n'));
    EXPECT_EQ(QFileInfo(other->session()->workspace().path()).fileName(), QStringLiteral("copy.attain"));
    EXPECT_EQ(dealCount(other->session()->workspace()), 0); // the state before the day's first change
    EXPECT_EQ(dealCount(ws(*window)), 1);
    other->close();
}

TEST_P(FileSafetyUi, ADamagedFileOffersItsNewestBackupAndRestoresIt)
{
    seedBasics(create());
    DealService deals(*m_ws);
    for (int i = 0; i < 300; ++i)
        ASSERT_TRUE(deals.create(makeDeal(m_acme.id, m_alice.id, 100 + i, QDate(2025, 6, 1))).ok());
    ASSERT_TRUE(Backups::take(file(), QStringLiteral("manual"), m_clock.now()).ok());
    int root = 0;
    {
        Statement st(*m_ws, "SELECT rootpage FROM sqlite_master WHERE name = 'deals'");
        ASSERT_TRUE(st.next());
        root = int(st.int64(0));
    }
    m_ws.reset();
    {
        QFile f(file());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(qint64(root - 1) * 8192));
        f.write(QByteArray(16, '\xA5'));
    }
    MainWindow window;
    window.setAskForUser(false);
    window.resize(1280, 800);
    window.show();
    m_messages.choice = 1; // first just show all backups
    whenShown<BackupsDialog>([](BackupsDialog *d) { d->reject(); });
    EXPECT_FALSE(window.openWorkspace(file()));
    ASSERT_EQ(m_messages.shown.size(), 1);
    const QString message = m_messages.shown.first();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(Backups::newest(file())->path)))
        << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("SQLite"))) << qPrintable(message);
    {
        auto box = Messages::choiceBox(&window, MainWindow::tr("Cannot open the workspace"), message,
                                       {MainWindow::tr("Restore the Newest Backup"),
                                        MainWindow::tr("Show All Backups…"), MainWindow::tr("Close")});
        box->show();
        QApplication::processEvents();
        EXPECT_TRUE(looksDrawn(shoot(box.get(), QStringLiteral("damaged-file") + suffix())));
    }
    m_messages.choice = 0; // restore the newest
    m_messages.shown.clear();
    EXPECT_FALSE(window.openWorkspace(file())); // the offer; the restore then opens it
    ASSERT_TRUE(window.session()) << qPrintable(m_messages.shown.join(u'\n'));
    EXPECT_EQ(dealCount(ws(window)), 300);
    // The damaged file was set aside in the backups folder, not deleted.
    const auto all = Backups::list(file());
    EXPECT_TRUE(
        std::any_of(all.begin(), all.end(), [](const BackupInfo &b) { return b.trigger == u"damaged"; }));
}

TEST_P(FileSafetyUi, TheAppKeepsItsLockThroughItsBackgroundWork)
{
    auto window = openSeededWindow();
    if (!holdsDatabaseLock(file()).has_value())
        GTEST_SKIP() << "POSIX locks are read from /proc/locks, which only Linux has";
    // The dashboard's warm-up opens its own connections; the daily backup and the award notifier run too.
    ASSERT_TRUE(window->showPage(QStringLiteral("dashboardPage")));
    addDeal(*window, 300);
    for (int i = 0; i < 100 && !Backups::hasBackupOn(file(), QDate::currentDate()); ++i)
        QTest::qWait(20);
    QTest::qWait(300);
    QApplication::processEvents();
    EXPECT_EQ(holdsDatabaseLock(file()), true);
    // Another program now writes and closes: the app's log stays, the file stays sound.
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("check"), file()}, &out, &err), 0) << qPrintable(out + err);
    EXPECT_TRUE(QFile::exists(file() + QStringLiteral("-wal")));
    EXPECT_EQ(holdsDatabaseLock(file()), true);
    addDeal(*window, 400);
    Statement check(ws(*window), "PRAGMA integrity_check");
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.text(0), QStringLiteral("ok"));
}

INSTANTIATE_TEST_SUITE_P(Languages, FileSafetyUi, ::testing::Values("en", "zh_CN"));
