// SPDX-License-Identifier: GPL-3.0-or-later
// Team sync as the manager and a rep use it on the demo: the manager invites 刘洋 from Members & Teams, 刘洋
// joins with File ▸ Join a Team… in a window of her own, sends her changes, the manager applies them and
// decides a conflict on the Sync page, and a sync folder carries the next change; rendered to
// build/tests/screenshots in English and Chinese.
#include "core/services/customerservice.h"
#include "core/storage/statement.h"
#include "core/sync/teamsync.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/filedialogs.h"
#include "ui/common/recordtablemodel.h"
#include "ui/common/recordview.h"
#include "ui/common/session.h"
#include "ui/mainwindow.h"
#include "ui/members/memberspage.h"
#include "ui/sync/syncactions.h"
#include "ui/sync/syncpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

using namespace attain;
using namespace attain::test;

namespace {

QString customerNamed(Workspace &ws, const QString &memberLogin)
{
    Statement st(ws,
                 "SELECT c.name FROM customers c JOIN members m ON m.id = c.owner_id WHERE m.login = ? ORDER "
                 "BY c.name LIMIT 1");
    st.bind(1, memberLogin);
    return st.next() ? st.text(0) : QString();
}

Customer customerByName(Workspace &ws, const QString &name)
{
    Statement st(ws, "SELECT id FROM customers WHERE name = ?");
    st.bind(1, name);
    const QString id = st.next() ? st.text(0) : QString();
    st.reset();
    return CustomerService(ws).find(id).value_or(Customer{});
}

} // namespace

class SyncUi : public DemoWindowTest
{
protected:
    void TearDown() override
    {
        FileDialogs::setOpenChooser({});
        FileDialogs::setSaveChooser({});
        m_rep.reset();
        DemoWindowTest::TearDown();
    }
    std::unique_ptr<MainWindow> m_rep;
};

TEST_P(SyncUi, AManagerInvitesARepWhoJoinsSendsAndIsMerged)
{
    // Members & Teams: 刘洋 selected, Invite to Team Sync…
    ASSERT_TRUE(m_window->showPage(QStringLiteral("membersPage")));
    auto *members = m_window->findChild<MembersPage *>();
    ASSERT_TRUE(members);
    QTableView *table = members->view()->table();
    // The table fills beside the window (a worker reads it): wait for her row, as a person would.
    int row = -1;
    QElapsedTimer waited;
    waited.start();
    while (row < 0 && waited.elapsed() < 10000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (table->model()->canFetchMore(QModelIndex()))
            table->model()->fetchMore(QModelIndex());
        for (int r = 0; r < table->model()->rowCount() && row < 0; ++r)
            for (int c = 0; c < table->model()->columnCount(); ++c)
                if (table->model()->index(r, c).data().toString() == QStringLiteral("刘洋"))
                    row = r;
    }
    ASSERT_GE(row, 0);
    table->selectRow(row);
    auto *invite = members->findChild<QPushButton *>(QStringLiteral("inviteToSync"));
    ASSERT_TRUE(invite);
    EXPECT_TRUE(invite->isEnabled());
    const QString invitation = path(QStringLiteral("liuyang.attain-invite"));
    FileDialogs::setSaveChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return invitation; });
    invite->click();
    ASSERT_TRUE(QFileInfo::exists(invitation));
    ASSERT_EQ(m_messages.shown.size(), 1);
    EXPECT_TRUE(m_messages.shown.first().contains(QStringLiteral("刘洋")))
        << qPrintable(m_messages.shown.first());
    m_messages.shown.clear();

    // 刘洋, on her laptop: File ▸ Join a Team…, the invitation, where her workspace goes.
    const QString repFile = path(QStringLiteral("liuyang.attain"));
    FileDialogs::setOpenChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return invitation; });
    FileDialogs::setSaveChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return repFile; });
    m_rep = std::make_unique<MainWindow>();
    m_rep->setAskForUser(false);
    m_rep->resize(1280, 800);
    m_rep->show();
    m_rep->findChild<QAction *>(QStringLiteral("joinAction"))->trigger();
    ASSERT_TRUE(m_rep->session()) << qPrintable(m_messages.shown.value(0));
    Workspace &rep = m_rep->session()->workspace();
    ASSERT_TRUE(m_rep->session()->user());
    EXPECT_EQ(m_rep->session()->user()->login, QStringLiteral("liuyang"));
    EXPECT_EQ(TeamSync(rep).status().role, QStringLiteral("rep"));

    // She renames one of her customers; the manager renames the same one at the hub.
    const QString name = customerNamed(rep, QStringLiteral("liuyang"));
    ASSERT_FALSE(name.isEmpty());
    Customer mine = customerByName(rep, name);
    mine.name = name + QStringLiteral("（总部）");
    mine.phone = QStringLiteral("13912345678");
    ASSERT_TRUE(CustomerService(rep).update(mine).ok());
    Customer theirs = customerByName(ws(), name);
    theirs.name = name + QStringLiteral("（集团）");
    ASSERT_TRUE(CustomerService(ws()).update(theirs).ok());

    // Her boards are the ones the team's workspace published for her.
    ASSERT_TRUE(m_rep->showPage(QStringLiteral("leaderboardPage")));
    EXPECT_TRUE(looksDrawn(shoot(m_rep.get(), QStringLiteral("sync-rep-leaderboard") + suffix())));
    // Her scorecard says it is provisional until the manager has merged her change.
    ASSERT_TRUE(m_rep->showPage(QStringLiteral("scorecardPage")));
    auto *provisional = m_rep->findChild<QLabel *>(QStringLiteral("provisional"));
    ASSERT_TRUE(provisional);
    EXPECT_TRUE(provisional->isVisible());
    QApplication::processEvents(); // the page lays the banner out
    EXPECT_GT(provisional->width(), 600);
    EXPECT_TRUE(looksDrawn(shoot(m_rep.get(), QStringLiteral("sync-rep-scorecard-provisional") + suffix())));
    ASSERT_TRUE(m_rep->showPage(QStringLiteral("syncPage")));
    auto *repPage = m_rep->findChild<SyncPage *>();
    ASSERT_TRUE(repPage);
    EXPECT_TRUE(
        repPage->findChild<QLabel *>(QStringLiteral("syncState"))->text().contains(QStringLiteral("1")));
    EXPECT_TRUE(looksDrawn(shoot(m_rep.get(), QStringLiteral("sync-rep-pending") + suffix())));
    const QString bundle = path(QStringLiteral("liuyang.attain-bundle"));
    FileDialogs::setSaveChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return bundle; });
    repPage->findChild<QPushButton *>(QStringLiteral("exportBundles"))->click();
    ASSERT_TRUE(QFileInfo::exists(bundle)) << qPrintable(m_messages.shown.value(0));

    // The manager applies it: the phone is merged, the name waits on the Sync page.
    ASSERT_TRUE(m_window->showPage(QStringLiteral("syncPage")));
    auto *hubPage = m_window->findChild<SyncPage *>();
    ASSERT_TRUE(hubPage);
    EXPECT_TRUE(hubPage->applyFiles({bundle})) << qPrintable(m_messages.shown.value(0));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("1")))
        << qPrintable(m_window->statusBar()->currentMessage());
    EXPECT_EQ(customerByName(ws(), name + QStringLiteral("（集团）")).phone, QStringLiteral("13912345678"));
    auto *conflicts = hubPage->findChild<QTableWidget *>(QStringLiteral("syncConflicts"));
    ASSERT_EQ(conflicts->rowCount(), 1);
    EXPECT_EQ(conflicts->item(0, 3)->text(), name + QStringLiteral("（总部）"));
    EXPECT_EQ(conflicts->item(0, 4)->text(), name + QStringLiteral("（集团）"));
    EXPECT_EQ(conflicts->item(0, 5)->text(), QStringLiteral("liuyang"));
    conflicts->selectRow(0);
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("sync-hub-conflict") + suffix())));
    hubPage->findChild<QPushButton *>(QStringLiteral("keepRep"))->click();
    EXPECT_EQ(conflicts->rowCount(), 0);
    EXPECT_EQ(customerByName(ws(), name + QStringLiteral("（总部）")).phone, QStringLiteral("13912345678"));

    // Both take a sync folder; the decision reaches her with the next pass, and her next change the hub.
    const QString folder = path(QStringLiteral("share"));
    ASSERT_TRUE(QDir().mkpath(folder));
    SyncActions::setFolder(TeamSync(ws()).workspaceUuid(), folder);
    SyncActions::setFolder(TeamSync(rep).workspaceUuid(), folder);
    EXPECT_TRUE(hubPage->syncNow());
    EXPECT_TRUE(repPage->syncNow());
    EXPECT_EQ(customerByName(rep, name + QStringLiteral("（总部）")).phone, QStringLiteral("13912345678"));
    EXPECT_EQ(TeamSync(rep).status().pending, 0);
    ASSERT_TRUE(m_rep->showPage(QStringLiteral("scorecardPage")));
    EXPECT_FALSE(provisional->isVisible());
    ASSERT_TRUE(m_rep->showPage(QStringLiteral("syncPage")));
    Customer again = customerByName(rep, name + QStringLiteral("（总部）"));
    again.source = QStringLiteral("展会");
    ASSERT_TRUE(CustomerService(rep).update(again).ok());
    EXPECT_TRUE(repPage->syncNow());
    EXPECT_TRUE(hubPage->syncNow());
    EXPECT_EQ(customerByName(ws(), name + QStringLiteral("（总部）")).source, QStringLiteral("展会"));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral(":")))
        << qPrintable(m_window->statusBar()->currentMessage());
    EXPECT_TRUE(looksDrawn(shoot(m_window.get(), QStringLiteral("sync-hub") + suffix())));
    repPage->refresh();
    EXPECT_TRUE(looksDrawn(shoot(m_rep.get(), QStringLiteral("sync-rep") + suffix())));
    EXPECT_TRUE(m_messages.shown.isEmpty()) << qPrintable(m_messages.shown.value(0));
}

INSTANTIATE_TEST_SUITE_P(Languages, SyncUi, ::testing::Values("en", "zh_CN"));
