// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "ui/common/toast.h"
#include "ui/currencies/currenciesdialog.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/incentives/awardnotifier.h"
#include "ui/incentives/statementspage.h"
#include "ui/leaderboard/leaderboardpage.h"

#include "core/services/ownershipservice.h"
#include "resources/resources.h"
#include "ui/activities/activitiespage.h"
#include "ui/common/changecommand.h"
#include "ui/common/filedialogs.h"
#include "ui/common/lockedpage.h"
#include "ui/common/messages.h"
#include "ui/common/recentfiles.h"
#include "ui/common/secretdialog.h"
#include "ui/common/session.h"
#include "ui/common/userdialog.h"
#include "ui/conflicts/conflictspage.h"
#include "ui/customers/customerspage.h"
#include "ui/deals/dealspage.h"
#include "ui/interchange/financeexportdialog.h"
#include "ui/interchange/importwizard.h"
#include "ui/members/memberspage.h"
#include "ui/overview/overviewpage.h"
#include "ui/ratings/ratingspage.h"
#include "ui/scoring/plandialog.h"
#include "ui/scoring/scorecardpage.h"
#include "ui/scoring/targetspage.h"
#include "ui/scoring/teamscorespage.h"
#include "ui/sync/syncactions.h"
#include "ui/sync/syncpage.h"
#include "ui/welcome/welcomepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace attain {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_files(new WorkspaceFiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/attain.svg")));
    setAcceptDrops(true); // a CSV file dropped on the window opens the import wizard
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFocusPolicy(Qt::NoFocus); // pages are reached with Ctrl+1…9
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(shortcut, &QAction::triggered, this, [this, i] {
            if (i < m_pages.size())
                m_navigation->setCurrentRow(i);
        });
        addAction(shortcut);
    }
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); padding-top: 8px; }"
                       "QListWidget::item { padding: 9px 10px; border-radius: 6px; margin: 1px 8px; }"
                       "QListWidget::item:selected { background: #dbeafe; color: #1e3a8a; }"
                       "QListWidget::item:hover:!selected { background: palette(midlight); }"));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    m_stack->addWidget(m_welcome);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size()) {
            m_stack->setCurrentWidget(m_pages.at(row).widget);
            QSettings().setValue(QStringLiteral("window/page"), m_pages.at(row).widget->objectName());
        }
    });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::chooseAndCreate);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openWorkspace);
    connect(m_files, &WorkspaceFiles::damaged, this, [this](const QString &path, const QString &message) {
        if (m_session && QFileInfo(m_session->workspace().path()) == QFileInfo(path))
            closeWorkspace();
        Messages::error(this, tr("Damaged workspace"), message);
    });

    // Above the pages when the file can only be read (its folder, its mode, or another computer has it).
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fef3c7; color: #78350f; "
                                                   "border-bottom: 1px solid #f59e0b; padding: 8px 14px; }"));
    m_readOnlyBanner->hide();
    auto *pages = new QWidget(this);
    auto *pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    pagesLayout->addWidget(m_readOnlyBanner);
    pagesLayout->addWidget(m_stack, 1);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(pages, 1);
    setCentralWidget(central);
    m_navigation->hide();

    m_userLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_userLabel);
    buildMenus();
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Pages hold references into the session; they go first.
    for (const Page &page : std::as_const(m_pages))
        delete page.widget;
    m_pages.clear();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/new.svg")), QString(), this,
                                        &MainWindow::chooseAndCreate);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this,
                                         &MainWindow::chooseAndOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_demoAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/demo.svg")), QString(), this,
                                         &MainWindow::openDemo);
    m_joinAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/members.svg")), QString(), this,
                                         [this] { joinTeam(); });
    m_joinAction->setObjectName(QStringLiteral("joinAction"));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/import.svg")), QString(), this,
                                           [this] { importFile(); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    m_exportMenu = m_fileMenu->addMenu(QIcon(QStringLiteral(":/icons/export.svg")), QString());
    m_handoffAction = m_exportMenu->addAction(QString(), this, &MainWindow::exportHandoff);
    m_handoffAction->setObjectName(QStringLiteral("handoffAction"));
    m_handoffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportMenu->setEnabled(false);
    m_fileMenu->addSeparator();
    m_saveCopyAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveCopy);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_saveCopyAction->setEnabled(false);
    m_backupsAction = m_fileMenu->addAction(QString(), this, [this] { showBackups(); });
    m_backupsAction->setObjectName(QStringLiteral("backupsAction"));
    m_backupsAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeWorkspace);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));

    m_settingsMenu = menuBar()->addMenu(QString());
    m_userAction = m_settingsMenu->addAction(QIcon(QStringLiteral(":/icons/user.svg")), QString(), this,
                                             &MainWindow::chooseUser);
    m_userAction->setObjectName(QStringLiteral("chooseUser"));
    m_userAction->setEnabled(false);
    m_secretAction = m_settingsMenu->addAction(QString(), this, [this] {
        if (!m_session || !m_session->user())
            return;
        SecretDialog dialog(*m_session, this);
        dialog.exec();
    });
    m_secretAction->setObjectName(QStringLiteral("secretAction"));
    m_secretAction->setEnabled(false);
    m_protectionAction = m_settingsMenu->addAction(QString(), this, &MainWindow::setProtectionPeriod);
    m_protectionAction->setEnabled(false);
    m_currenciesAction = m_settingsMenu->addAction(QString(), this, [this] {
        if (!m_session)
            return;
        CurrenciesDialog dialog(*m_session, this);
        dialog.exec();
    });
    m_currenciesAction->setObjectName(QStringLiteral("currenciesAction"));
    m_currenciesAction->setEnabled(false);
    m_plansAction =
        m_settingsMenu->addAction(QIcon(QStringLiteral(":/icons/scorecard.svg")), QString(), this, [this] {
            if (!m_session)
                return;
            PlanDialog dialog(*m_session, this);
            dialog.exec();
        });
    m_plansAction->setObjectName(QStringLiteral("plansAction"));
    m_plansAction->setEnabled(false);
    m_syncFolderAction = m_settingsMenu->addAction(QString(), this, [this] {
        if (!m_session || !showPage(QStringLiteral("syncPage")))
            return;
        if (auto *sync = findChild<SyncPage *>())
            sync->chooseFolder();
    });
    m_syncFolderAction->setObjectName(QStringLiteral("syncFolderAction"));
    m_syncFolderAction->setEnabled(false);
    m_settingsMenu->addSeparator();
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_systemLanguage = m_languageMenu->addAction(QString());
    m_languageMenu->addSeparator();
    m_chinese = m_languageMenu->addAction(QStringLiteral("中文"));
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto &choice :
         {std::pair{m_systemLanguage, QString()}, std::pair{m_chinese, QStringLiteral("zh_CN")},
          std::pair{m_english, QStringLiteral("en")}}) {
        QAction *action = choice.first;
        const QString key = choice.second;
        action->setCheckable(true);
        action->setChecked(key == current);
        action->setObjectName(QStringLiteral("language_") + (key.isEmpty() ? QStringLiteral("system") : key));
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, key] { setLanguage(key); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_demoAction->setText(tr("Open the &Demo"));
    m_joinAction->setText(tr("&Join a Team…"));
    m_closeAction->setText(tr("&Close Workspace"));
    m_importAction->setText(tr("&Import…"));
    m_exportMenu->setTitle(tr("&Export"));
    m_handoffAction->setText(tr("&Finance Handoff…"));
    m_saveCopyAction->setText(tr("Save a &Copy…"));
    m_backupsAction->setText(tr("&Backups…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_userAction->setText(tr("&Who Is Using This Workspace…"));
    m_secretAction->setText(tr("My PIN or &Password…"));
    m_protectionAction->setText(tr("Customer &Protection Period…"));
    m_currenciesAction->setText(tr("&Currencies and Rates…"));
    m_plansAction->setText(tr("Scoring &Plans…"));
    m_syncFolderAction->setText(tr("S&ync Folder…"));
    if (m_undoAction) {
        m_undoAction->setText(tr("&Undo"));
        m_redoAction->setText(tr("&Redo"));
    }
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("Follow the System"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Attain"));
    for (int i = 0; i < m_pages.size(); ++i)
        if (auto *item = m_navigation->item(i))
            item->setText(m_pages.at(i).title());
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    installTranslations(*qApp, language);
}

void MainWindow::addPage(QWidget *widget, const QString &icon, std::function<QString()> title)
{
    m_pages << Page{widget, icon, title};
    m_stack->addWidget(widget);
    auto *item = new QListWidgetItem(QIcon(icon), title(), m_navigation);
    item->setData(Qt::UserRole, widget->objectName());
}

void MainWindow::buildPages()
{
    Session &s = *m_session;
    if (s.isLocked()) {
        auto *locked = new LockedPage(this);
        connect(locked, &LockedPage::signInRequested, this, &MainWindow::chooseUser);
        addPage(locked, QStringLiteral(":/icons/user.svg"), [] { return tr("Sign In"); });
        return;
    }
    addPage(new OverviewPage(s, this), QStringLiteral(":/icons/overview.svg"), [] { return tr("Overview"); });
    addPage(new DashboardPage(s, this), QStringLiteral(":/icons/dashboard.svg"),
            [] { return tr("Dashboard"); });
    auto *scorecard = new ScorecardPage(s, this);
    addPage(scorecard, QStringLiteral(":/icons/scorecard.svg"), [] { return tr("Scorecard"); });
    auto *scores = new TeamScoresPage(s, this);
    addPage(scores, QStringLiteral(":/icons/scores.svg"), [] { return tr("Team Scores"); });
    connect(scores, &TeamScoresPage::memberActivated, this,
            [this, scorecard](const QString &member, const Period &period) {
                showPage(scorecard->objectName());
                scorecard->showMember(member, period);
            });
    addPage(new StatementsPage(s, this), QStringLiteral(":/icons/statements.svg"),
            [] { return tr("Statements"); });
    addPage(new LeaderboardPage(s, this), QStringLiteral(":/icons/leaderboard.svg"),
            [] { return tr("Leaderboards"); });
    addPage(new DealsPage(s, this), QStringLiteral(":/icons/deals.svg"), [] { return tr("Deals"); });
    addPage(new CustomersPage(s, this), QStringLiteral(":/icons/customers.svg"),
            [] { return tr("Customers"); });
    addPage(new ActivitiesPage(s, this), QStringLiteral(":/icons/activities.svg"),
            [] { return tr("Follow-ups"); });
    addPage(new RatingsPage(s, this), QStringLiteral(":/icons/ratings.svg"), [] { return tr("Ratings"); });
    addPage(new TargetsPage(s, this), QStringLiteral(":/icons/targets.svg"), [] { return tr("Targets"); });
    addPage(new ConflictsPage(s, this), QStringLiteral(":/icons/conflicts.svg"),
            [] { return tr("Ownership"); });
    addPage(new MembersPage(s, this), QStringLiteral(":/icons/members.svg"),
            [] { return tr("Members & Teams"); });
    auto *sync = new SyncPage(s, this);
    connect(sync, &SyncPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    addPage(sync, QStringLiteral(":/icons/import.svg"), [] { return tr("Team Sync"); });
}

void MainWindow::removePages()
{
    m_navigation->blockSignals(true);
    m_navigation->clear();
    m_navigation->blockSignals(false);
    // The welcome page first, so that removing pages does not show (and start) the others.
    m_stack->setCurrentWidget(m_welcome);
    for (const Page &page : std::as_const(m_pages)) {
        m_stack->removeWidget(page.widget);
        delete page.widget;
    }
    m_pages.clear();
}

void MainWindow::rebuildPages()
{
    const QString current = m_stack->currentWidget() ? m_stack->currentWidget()->objectName() : QString();
    removePages();
    buildPages();
    if (!showPage(current))
        m_navigation->setCurrentRow(0);
}

void MainWindow::chooseUser()
{
    if (!m_session)
        return;
    UserDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::setProtectionPeriod()
{
    if (!m_session)
        return;
    OwnershipService ownership(m_session->workspace());
    const auto text =
        Messages::askText(this, tr("Customer Protection Period"),
                          tr("Days a customer stays with its owner after their last follow-up:"),
                          QString::number(ownership.protectionDays()));
    if (!text)
        return;
    bool ok = false;
    const int days = text->trimmed().toInt(&ok);
    const Status st = ok ? ChangeCommand::perform(*m_session, tr("Change the protection period"),
                                                  [&] { return ownership.setProtectionDays(days); })
                         : Status(Problem{QString(), tr("“%1” is not a number of days").arg(*text)});
    if (!st)
        Messages::error(this, tr("Customer Protection Period"), st.message());
}

bool MainWindow::showPage(const QString &objectName)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).widget->objectName() == objectName) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::updateTitle()
{
    m_secretAction->setEnabled(m_session && m_session->user() && !m_session->workspace().isReadOnly());
    if (!m_session) {
        setWindowTitle(QStringLiteral("Attain"));
        setWindowFilePath(QString());
        m_userLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 — Attain").arg(m_session->workspace().name()));
    const auto user = m_session->user();
    m_userLabel->setText(user ? tr("Signed in as %1 (%2)").arg(user->name, Member::roleLabel(user->role))
                         : m_session->isLocked() ? tr("Locked: sign in to see the workspace")
                                                 : tr("No user chosen"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Attain"),
        tr("<h3>Attain %1</h3><p>The sales-performance workbench for small teams: customers, deals "
           "and follow-ups entered offline, layered plans and targets, scorecards anyone can check, "
           "and a finance handoff that reconciles to the fen.</p><p>Built with Qt %2 and SQLite.</p>")
            .arg(QStringLiteral(ATTAIN_VERSION), QString::fromLatin1(qVersion())));
}

ImportWizard *MainWindow::importFile(const QString &file)
{
    if (!m_session)
        return nullptr;
    auto *wizard = new ImportWizard(*m_session, file, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

void MainWindow::exportHandoff()
{
    if (!m_session)
        return;
    const auto user = m_session->user();
    if (user && user->role == Role::Rep) {
        Messages::info(this, tr("Finance Handoff"),
                       tr("The finance handoff is written by a manager or by finance."));
        return;
    }
    FinanceExportDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    closeWorkspace();
    event->accept();
}

} // namespace attain
