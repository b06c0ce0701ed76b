// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace attain {

class Clock;

/// File ▸ Backups…: the workspace's backups, newest first (when, why, how large), with Restore, Open a Copy
/// and Back Up Now. Works from the file's path alone, so a damaged workspace that cannot be opened can be
/// restored from here too.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(const QString &workspacePath, const Clock &clock, QWidget *parent = nullptr);

    /// The backup chosen in the list (empty when none).
    QString selectedBackup() const;
    /// Whether this window may restore the file and back it up now (not when it is only read here, nor back
    /// up a file that cannot be opened).
    void setAllowed(bool restore, bool backUp);
    void selectBackup(const QString &path);
    void refresh();

Q_SIGNALS:
    /// The user confirmed restoring the workspace from `backup`.
    void restoreRequested(const QString &backup);
    /// A copy of a backup was written at `copy`, to be opened.
    void openCopyRequested(const QString &copy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void restoreSelected();
    void openCopyOfSelected();
    void backUpNow();

    QString m_path;
    const Clock &m_clock;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_backUp;
    QPushButton *m_showFolder;
    QPushButton *m_openCopy;
    QPushButton *m_restore;
    QPushButton *m_close;
    bool m_restoreAllowed = true;
    bool m_backUpAllowed = true;
};

} // namespace attain
