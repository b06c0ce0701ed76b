// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace attain {

class Session;

/// The team-sync steps a person takes from a menu or a button, with their dialogs: inviting a rep (Members &
/// Teams ▸ Invite…), joining a team (File ▸ Join a Team…, or opening an invitation), and the sync folder.
class SyncActions
{
    Q_DECLARE_TR_FUNCTIONS(SyncActions)

public:
    /// Asks where to save the rep's invitation and writes it; true when written.
    static bool invite(QWidget *parent, Session &session, const QString &memberId);
    /// Asks for an invitation (unless given) and where the rep's own workspace goes, and creates it. Returns
    /// the new workspace's path, or empty when nothing was made.
    static QString join(QWidget *parent, QString invitationPath = QString());
    /// The sync folder this computer uses for a workspace (by its sync identity), or empty.
    static QString folder(const QString &workspaceUuid);
    static void setFolder(const QString &workspaceUuid, const QString &folder);
    static QString bundleFilter();
    static QString invitationFilter();
};

} // namespace attain
