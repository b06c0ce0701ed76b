// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace attain {

class Session;
struct SyncOutcome;

/// Team sync (the Sync page): at the team's workspace the conflict inbox, the reps' devices and the sync log;
/// at a rep's own workspace what was sent and received, what waits for the manager and what the hub refused.
/// Bundles travel by hand (Apply…, Send…) or through a sync folder, which the page visits when the workspace
/// opens, a little after each change and every few minutes.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(Session &session, QWidget *parent = nullptr);
    /// One pass over the sync folder, if one is set; false when it failed or there is none.
    bool syncNow();
    /// Applies bundle files; false when one was refused.
    bool applyFiles(const QStringList &paths);
    /// Decides the selected conflict.
    bool decide(int keep, const QString &value = QString());
    void refresh();
    /// Settings ▸ Sync Folder…: where this computer finds and leaves this workspace's bundles.
    void chooseFolder();

Q_SIGNALS:
    /// A line for the window's status bar ("Synced at 10:42 · 2 changes wait for the hub").
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportBundles();
    void report(const SyncOutcome &outcome, const QStringList &problems);
    QString summaryLine();

    Session &m_session;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_state;
    QPushButton *m_apply;
    QPushButton *m_export;
    QPushButton *m_syncNow;
    QPushButton *m_folder;
    QGroupBox *m_conflictsBox;
    QTableWidget *m_conflicts;
    QPushButton *m_keepHub;
    QPushButton *m_keepRep;
    QPushButton *m_otherValue;
    QGroupBox *m_devicesBox;
    QTableWidget *m_devices;
    QGroupBox *m_rejectionsBox;
    QListWidget *m_rejections;
    QGroupBox *m_logBox;
    QPlainTextEdit *m_log;
    QTimer *m_every;
    QTimer *m_afterChange;
    bool m_syncing = false;
};

} // namespace attain
