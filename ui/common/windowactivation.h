// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QLocalServer;
class QWidget;

namespace attain {

/// One window per workspace: the window that has a workspace open listens on a local socket named after the
/// file, and a second launch on that file (a double-click, File ▸ Open, Recent) asks it to come forward
/// instead of opening the file again.
class WindowActivation : public QObject
{
    Q_OBJECT

public:
    /// Listens for requests for `workspacePath` and raises `window` on each.
    WindowActivation(const QString &workspacePath, QWidget *window);
    ~WindowActivation() override;

    /// Asks the window that has `workspacePath` open to come forward; true when it answered.
    static bool request(const QString &workspacePath, int timeoutMs = 1500);
    static QString serverName(const QString &workspacePath);

Q_SIGNALS:
    /// Another launch asked for this workspace.
    void requested();

private:
    QLocalServer *m_server;
    QPointer<QWidget> m_window;
};

} // namespace attain
