// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/clock.h"
#include "ui/common/workspacefiles.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace attain {

class Toast;

class Session;
class WelcomePage;
class WindowActivation;

/// Attain's window: a navigation sidebar and the pages of the open workspace, or the welcome screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace file; tells the user why not and returns false when it cannot.
    /// Opens a workspace; an invitation (.attain-invite) makes the rep's own workspace from it first.
    bool openWorkspace(const QString &path);
    /// File ▸ Join a Team…: a rep's own workspace from an invitation, opened here.
    void joinTeam(const QString &invitationPath = QString());
    /// Creates a new, empty workspace file and opens it.
    bool createWorkspace(const QString &path);
    /// Opens the demo workspace, generating it on first use.
    bool openDemo();
    void closeWorkspace();
    Session *session() const { return m_session.get(); }
    /// The message corner, where earned awards are announced.
    Toast *toast() const { return m_toast; }
    /// Shows the page with this object name; false when there is none.
    bool showPage(const QString &objectName);
    /// Whether opening a workspace without a user asks who is using it (tests turn it off).
    void setAskForUser(bool ask) { m_askForUser = ask; }
    void chooseUser();
    /// File ▸ Import…: opens the import wizard (window-modal, not blocking), on `file` if given.
    class ImportWizard *importFile(const QString &file = QString());
    /// File ▸ Export ▸ Finance Handoff…
    void exportHandoff();
    /// File ▸ Backups…, for the open workspace or for another file (one that cannot be opened).
    void showBackups(const QString &path = QString());
    /// Restores `path` from `backup` (closing and reopening it when this window has it open).
    bool restoreWorkspace(const QString &path, const QString &backup);
    /// File ▸ Save a Copy…
    void saveCopy();
    /// Opens a workspace in a window of its own (a copy of a backup).
    void openInNewWindow(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Page
    {
        QWidget *widget;
        QString icon;
        std::function<QString()> title;
    };
    void buildMenus();
    void buildPages();
    /// Builds the pages again for a new user (what they may see and change).
    void rebuildPages();
    void removePages();
    void addPage(QWidget *widget, const QString &icon, std::function<QString()> title);
    void retranslate();
    void updateTitle();
    void updateRecentMenu();
    void setLanguage(const QString &language);
    void chooseAndOpen();
    void chooseAndCreate();
    void showAbout();
    void adopt(WorkspaceFiles::Opened opened);
    /// A file that cannot be opened: the message, with its newest backup offered.
    void offerBackups(const QString &path, const QString &message);
    /// A file with another copy's log beside it: set the log aside (kept) and open the file as it is.
    void offerToSetLogAside(const QString &path, const QString &message);
    void setProtectionPeriod();

    SystemClock m_clock;
    std::unique_ptr<Session> m_session;
    WorkspaceFiles *m_files;
    WindowActivation *m_activation = nullptr;
    QLabel *m_readOnlyBanner;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QList<Page> m_pages;
    QLabel *m_userLabel;
    Toast *m_toast = nullptr;

    bool m_askForUser = true;
    QMenu *m_fileMenu;
    QMenu *m_editMenu;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_userAction;
    QAction *m_secretAction;
    QAction *m_protectionAction;
    QAction *m_currenciesAction;
    QAction *m_plansAction;
    QAction *m_syncFolderAction;
    QAction *m_importAction;
    QMenu *m_exportMenu;
    QAction *m_handoffAction;
    QAction *m_saveCopyAction;
    QAction *m_backupsAction;
    QMenu *m_recentMenu;
    QMenu *m_settingsMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_demoAction;
    QAction *m_joinAction;
    QAction *m_closeAction;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QAction *m_systemLanguage;
    QAction *m_chinese;
    QAction *m_english;
    QActionGroup *m_languages;
};

} // namespace attain
