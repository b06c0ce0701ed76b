// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the workspace file — opening (one window per file), creating, closing, the demo, backups and
// copies, recent files, files dropped on the window.
#include "core/sync/teamsync.h"
#include "ui/mainwindow.h"
#include "ui/sync/syncactions.h"

#include "core/storage/backups.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/storageerrors.h"
#include "ui/backups/backupsdialog.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/recentfiles.h"
#include "ui/common/session.h"
#include "ui/common/toast.h"
#include "ui/common/windowactivation.h"
#include "ui/common/workspacefiles.h"
#include "ui/incentives/awardnotifier.h"
#include "ui/welcome/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace attain {

void MainWindow::adopt(WorkspaceFiles::Opened opened)
{
    closeWorkspace();
    const QString path = opened.workspace->path();
    RecentFiles::add(path);
    QSettings().setValue(QStringLiteral("lastWorkspace"), path);
    const bool claimed = opened.lock != nullptr;
    m_session = std::make_unique<Session>(std::move(opened.workspace), std::move(opened.lock));
    if (claimed) {
        m_activation = new WindowActivation(path, this);
        connect(m_activation, &WindowActivation::requested, this, [this] {
            statusBar()->showMessage(tr("This workspace was opened again; here it is."), 5000);
        });
    }
    connect(m_session.get(), &Session::userChanged, this, &MainWindow::updateTitle);
    // What a user may see and change is decided when a page is built: a new user gets new pages, never a
    // grid left editable by the one before.
    connect(m_session.get(), &Session::userChanged, this, &MainWindow::rebuildPages);
    if (!m_toast)
        m_toast = new Toast(this);
    auto *awards = new AwardNotifier(*m_session, m_session.get());
    connect(awards, &AwardNotifier::awarded, this,
            [this](const QStringList &lines) { m_toast->show(tr("Award earned"), lines); });
    buildPages();
    m_navigation->show();
    // Back on the page last used; the overview the first time.
    if (!showPage(QSettings().value(QStringLiteral("window/page")).toString()))
        m_navigation->setCurrentRow(0);
    const bool writable = !m_session->workspace().isReadOnly();
    m_readOnlyBanner->setVisible(!writable);
    m_readOnlyBanner->setText(
        writable ? QString()
                 : tr("Read-only: %1. You can look, print and export; changes cannot be saved.")
                       .arg(m_session->workspace().readOnlyReason()));
    m_closeAction->setEnabled(true);
    m_userAction->setEnabled(true);
    m_protectionAction->setEnabled(writable);
    m_currenciesAction->setEnabled(true); // anyone may look; a manager may change
    m_plansAction->setEnabled(true);
    m_syncFolderAction->setEnabled(true);
    m_importAction->setEnabled(writable);
    m_exportMenu->setEnabled(true);
    m_saveCopyAction->setEnabled(true);
    m_backupsAction->setEnabled(true);
    m_undoAction = m_session->undoStack().createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_session->undoStack().createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    // After a change too large to undo, the menu names it instead of offering what came before it.
    connect(m_session.get(), &Session::undoFenceChanged, m_undoAction, [this] {
        if (!m_session->undoFence().isEmpty() && !m_session->undoStack().canUndo())
            m_undoAction->setText(tr("Can't Undo %1").arg(m_session->undoFence()));
    });
    updateTitle();
    if (m_askForUser && !m_session->user())
        QMetaObject::invokeMethod(this, &MainWindow::chooseUser, Qt::QueuedConnection);
}

void MainWindow::joinTeam(const QString &invitationPath)
{
    const QString made = SyncActions::join(this, invitationPath);
    if (!made.isEmpty() && openWorkspace(made))
        statusBar()->showMessage(tr("Joined the team: this is your own workspace."), 10000);
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (path.endsWith(TeamSync::invitationSuffix, Qt::CaseInsensitive)) {
        joinTeam(path);
        return m_session != nullptr;
    }
    if (m_session && OpenWorkspaces::key(m_session->workspace().path()) == OpenWorkspaces::key(path)) {
        raise();
        activateWindow();
        return true; // already open here
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = m_files->open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        const QString code = opened.code();
        if (code == WorkspaceFiles::forwardedCode) {
            statusBar()->showMessage(opened.message(), 8000);
            return false;
        }
        if (code == StorageErrors::foreignLogCode) {
            offerToSetLogAside(path, opened.message());
            return false;
        }
        if (code == StorageErrors::damagedCode || code == StorageErrors::foreignCode) {
            offerBackups(path, opened.message());
            return false;
        }
        Messages::error(this, tr("Cannot open the workspace"), opened.message());
        if (code == QLatin1String("not-found")) {
            RecentFiles::remove(path);
            m_welcome->refreshRecent();
        }
        return false;
    }
    adopt(std::move(opened).value());
    return true;
}

void MainWindow::offerBackups(const QString &path, const QString &message)
{
    const auto newest = Backups::newest(path);
    if (!newest) {
        Messages::error(this, tr("Cannot open the workspace"), message);
        return;
    }
    const int choice =
        Messages::choose(this, tr("Cannot open the workspace"), message,
                         {tr("Restore the Newest Backup"), tr("Show All Backups…"), tr("Close")});
    if (choice == 0)
        restoreWorkspace(path, newest->path);
    else if (choice == 1)
        showBackups(path);
}

void MainWindow::offerToSetLogAside(const QString &path, const QString &message)
{
    const int choice =
        Messages::choose(this, tr("Cannot open the workspace"), message,
                         {tr("Set the Log Aside and Open"), tr("Show All Backups…"), tr("Close")});
    if (choice == 1) {
        showBackups(path);
    } else if (choice == 0) {
        const auto aside = Backups::setLogAside(path, m_clock.now());
        if (!aside) {
            Messages::error(this, tr("Cannot open the workspace"), aside.message());
            return;
        }
        if (openWorkspace(path))
            statusBar()->showMessage(
                tr("The other copy's log is kept as %1.").arg(QDir::toNativeSeparators(*aside)), 10000);
    }
}

bool MainWindow::createWorkspace(const QString &path)
{
    auto created = m_files->create(path);
    if (!created) {
        Messages::error(this, tr("Cannot create the workspace"), created.message());
        return false;
    }
    adopt(std::move(created).value());
    return true;
}

bool MainWindow::openDemo()
{
    QString error;
    if (!m_files->ensureDemo(&error)) {
        if (!error.isEmpty())
            Messages::error(this, tr("Cannot create the demo"), error);
        return false;
    }
    return openWorkspace(WorkspaceFiles::demoPath());
}

void MainWindow::closeWorkspace()
{
    if (!m_session)
        return;
    removePages();
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = m_redoAction = nullptr;
    delete m_activation;
    m_activation = nullptr;
    m_session.reset();
    m_readOnlyBanner->hide();
    m_userAction->setEnabled(false);
    m_protectionAction->setEnabled(false);
    m_currenciesAction->setEnabled(false);
    m_plansAction->setEnabled(false);
    m_syncFolderAction->setEnabled(false);
    m_importAction->setEnabled(false);
    m_exportMenu->setEnabled(false);
    m_saveCopyAction->setEnabled(false);
    m_backupsAction->setEnabled(false);
    m_navigation->hide();
    m_welcome->refreshRecent();
    m_closeAction->setEnabled(false);
    updateTitle();
}

void MainWindow::showBackups(const QString &path)
{
    const QString file = path.isEmpty() && m_session ? m_session->workspace().path() : path;
    if (file.isEmpty())
        return;
    BackupsDialog dialog(file, m_clock, this);
    const bool here =
        m_session && OpenWorkspaces::key(m_session->workspace().path()) == OpenWorkspaces::key(file);
    const bool writable = !here || !m_session->workspace().isReadOnly();
    // A file only read here is not restored from here; one that cannot be opened cannot be backed up.
    dialog.setAllowed(writable, here && writable);
    connect(&dialog, &BackupsDialog::restoreRequested, this,
            [this, file](const QString &backup) { restoreWorkspace(file, backup); });
    connect(&dialog, &BackupsDialog::openCopyRequested, this, &MainWindow::openInNewWindow);
    dialog.exec();
}

bool MainWindow::restoreWorkspace(const QString &path, const QString &backup)
{
    QDateTime when;
    for (const BackupInfo &b : Backups::list(path))
        if (OpenWorkspaces::key(b.path) == OpenWorkspaces::key(backup))
            when = b.takenAt;
    // This window's connections go first: the restore writes through a connection of its own.
    const bool wasOpen =
        m_session && OpenWorkspaces::key(m_session->workspace().path()) == OpenWorkspaces::key(path);
    if (wasOpen)
        closeWorkspace();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto kept = Backups::restore(path, backup, m_clock.now());
    QApplication::restoreOverrideCursor();
    if (!kept) {
        Messages::error(this, tr("Restore a Backup"), kept.message());
        if (wasOpen)
            openWorkspace(path);
        return false;
    }
    if (!openWorkspace(path))
        return false;
    Messages::info(this, tr("Restore a Backup"),
                   tr("%1 is back to its state of %2. The state it had before is kept as a backup (%3).")
                       .arg(QFileInfo(path).completeBaseName(),
                            when.isValid() ? QLocale().toString(when, QLocale::ShortFormat)
                                           : QDir::toNativeSeparators(backup),
                            QDir::toNativeSeparators(kept->path)));
    return true;
}

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    const QFileInfo info(m_session->workspace().path());
    QString target = FileDialogs::saveFile(
        this, tr("Save a Copy"),
        info.absoluteDir().filePath(tr("%1 (copy).attain").arg(info.completeBaseName())),
        tr("Attain workspaces (*.attain)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".attain"), Qt::CaseInsensitive))
        target += QStringLiteral(".attain");
    if (Status st = m_session->workspace().saveCopy(target); !st) {
        Messages::error(this, tr("Save a Copy"), st.message());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::openInNewWindow(const QString &path)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setAskForUser(m_askForUser);
    window->show();
    if (!window->openWorkspace(path))
        window->close();
}

void MainWindow::chooseAndOpen()
{
    const QString dir =
        m_session ? QFileInfo(m_session->workspace().path()).absolutePath() : QDir::homePath();
    const QString path =
        FileDialogs::openFile(this, tr("Open Workspace"), dir, tr("Attain workspaces (*.attain)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseAndCreate()
{
    QString path =
        FileDialogs::saveFile(this, tr("New Workspace"), QDir::home().filePath(tr("Sales team.attain")),
                              tr("Attain workspaces (*.attain)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".attain")))
        path += QStringLiteral(".attain");
    createWorkspace(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &f : files)
        m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { openWorkspace(f); })
            ->setToolTip(f);
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    const QString suffix = QFileInfo(urls.first().toLocalFile()).suffix().toLower();
    const bool table =
        suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
    if ((table && m_session) || suffix == QLatin1String("attain"))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    event->acceptProposedAction();
    // Open after the drop has finished, so the source application is not kept waiting.
    if (path.endsWith(QLatin1String(".attain"), Qt::CaseInsensitive) ||
        path.endsWith(TeamSync::invitationSuffix, Qt::CaseInsensitive))
        QMetaObject::invokeMethod(
            this, [this, path] { openWorkspace(path); }, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            this, [this, path] { importFile(path); }, Qt::QueuedConnection);
}

} // namespace attain
