// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/storage/workspace.h"

#include <QObject>

#include <memory>

class QWidget;

namespace attain {

/// Opening, creating and generating workspace files for the window: large files are checked in the
/// background, the demo is generated off the GUI thread with a progress dialog.
class WorkspaceFiles : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceFiles(QWidget *window);

    /// Files at least this large are opened at once and checked in the background.
    static constexpr qint64 backgroundCheckSize = 256ll * 1024 * 1024;

    Result<std::unique_ptr<Workspace>> open(const QString &path);
    /// Where "Open the demo" keeps its workspace.
    static QString demoPath();
    /// Generates the demo workspace unless it exists; false when generation failed or was cancelled.
    bool ensureDemo(QString *error);
    static Workspace::Options options();

Q_SIGNALS:
    /// The background check of `path` found damage; the message names the backups.
    void damaged(const QString &path, const QString &message);

private:
    QWidget *m_window;
};

} // namespace attain
