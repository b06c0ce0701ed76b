// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/storage/workspace.h"
#include "core/storage/workspacelock.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;
class QWidget;

namespace attain {

/// Opening, creating and generating workspace files for the window: one window per file (a file another
/// window has open brings that window forward; one open on another computer opens read-only), large files
/// checked in the background, the day's backup taken in the background, the demo generated off the GUI
/// thread with a progress dialog.
class WorkspaceFiles : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceFiles(QWidget *window);
    ~WorkspaceFiles() override;

    /// Files at least this large are opened at once and checked in the background.
    static constexpr qint64 backgroundCheckSize = 256ll * 1024 * 1024;

    struct Opened
    {
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<WorkspaceLock> lock; // none when opened read-only because someone else has it
    };
    /// Problem code when the file is open in another window, which was brought forward instead.
    static inline const QString forwardedCode = QStringLiteral("forwarded");
    Result<Opened> open(const QString &path);
    /// Creates a new, empty workspace and claims it for this window.
    Result<Opened> create(const QString &path);
    /// Where "Open the demo" keeps its workspace.
    static QString demoPath();
    /// Generates the demo workspace unless it exists; false when generation failed or was cancelled.
    bool ensureDemo(QString *error);
    static Workspace::Options options();

Q_SIGNALS:
    /// The background check of `path` found damage; the message names the backups.
    void damaged(const QString &path, const QString &message);
    /// The background daily backup failed (e.g. the disk is full).
    void backupFailed(const QString &path, const QString &message);

private:
    void inBackground(const QString &path, std::function<QString()> work,
                      void (WorkspaceFiles::*report)(const QString &, const QString &));
    QWidget *m_window;
    QList<QThread *> m_threads; // the background checks and backups still running
};

} // namespace attain
