// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/syncactions.h"

#include "core/services/memberservice.h"
#include "core/storage/outputfile.h"
#include "core/sync/teamsync.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/session.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace attain {

QString SyncActions::bundleFilter()
{
    return tr("Attain team bundles (*%1)").arg(TeamSync::bundleSuffix);
}

QString SyncActions::invitationFilter()
{
    return tr("Attain invitations (*%1)").arg(TeamSync::invitationSuffix);
}

bool SyncActions::invite(QWidget *parent, Session &session, const QString &memberId)
{
    Workspace &ws = session.workspace();
    const auto member = MemberService(ws).find(memberId);
    if (!member)
        return false;
    const QFileInfo info(ws.path());
    QString target = FileDialogs::saveFile(
        parent, tr("Invite %1 to Team Sync").arg(member->name),
        info.absoluteDir().filePath(member->login + TeamSync::invitationSuffix), invitationFilter());
    if (target.isEmpty())
        return false;
    if (!target.endsWith(TeamSync::invitationSuffix, Qt::CaseInsensitive))
        target += TeamSync::invitationSuffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto bytes = TeamSync(ws).invite(memberId);
    QApplication::restoreOverrideCursor();
    if (!bytes) {
        Messages::error(parent, tr("Cannot invite"), bytes.message());
        return false;
    }
    if (Status st = OutputFile::write(target, *bytes, {ws.path()}); !st) {
        Messages::error(parent, tr("Cannot invite"), st.message());
        return false;
    }
    Messages::info(
        parent, tr("Invitation saved"),
        tr("Give %1 the file %2 (by USB stick, e-mail or a shared folder). In Attain on their computer "
           "they choose File ▸ Join a Team… and pick it: their own workspace is made with their "
           "customers and deals only.\n\nAnyone who has this file can join as %1 until %1's first "
           "bundle arrives here, so hand it over in person or through a channel you trust. A new "
           "invitation replaces the device of an earlier one.")
            .arg(member->name, QDir::toNativeSeparators(target)));
    return true;
}

QString SyncActions::join(QWidget *parent, QString invitationPath)
{
    if (invitationPath.isEmpty())
        invitationPath =
            FileDialogs::openFile(parent, tr("Join a Team"), QDir::homePath(), invitationFilter());
    if (invitationPath.isEmpty())
        return QString();
    if (const QString refusal = OutputFile::inputRefusal(invitationPath); !refusal.isEmpty()) {
        Messages::error(parent, tr("Cannot join"), refusal);
        return QString();
    }
    QFile file(invitationPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > SignedFile::maxBytes) {
        Messages::error(parent, tr("Cannot join"),
                        tr("%1 cannot be read.").arg(QDir::toNativeSeparators(invitationPath)));
        return QString();
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const QFileInfo info(invitationPath);
    QString target = FileDialogs::saveFile(
        parent, tr("Where to keep your own workspace"),
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".attain")),
        tr("Attain workspaces (*.attain)"));
    if (target.isEmpty())
        return QString();
    if (!target.endsWith(QLatin1String(".attain"), Qt::CaseInsensitive))
        target += QStringLiteral(".attain");
    if (const QString refusal = OutputFile::refusal(target, {invitationPath}, OutputFile::Purpose::Workspace);
        !refusal.isEmpty()) {
        Messages::error(parent, tr("Cannot join"), refusal);
        return QString();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto joined = TeamSync::join(bytes, target);
    QApplication::restoreOverrideCursor();
    if (!joined) {
        Messages::error(parent, tr("Cannot join"), joined.message());
        return QString();
    }
    const QString path = (*joined)->path();
    joined->reset(); // the window opens it as any workspace
    return path;
}

QString SyncActions::folder(const QString &workspaceUuid)
{
    return workspaceUuid.isEmpty()
               ? QString()
               : QSettings().value(QStringLiteral("sync/folder/") + workspaceUuid).toString();
}

void SyncActions::setFolder(const QString &workspaceUuid, const QString &folder)
{
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(QStringLiteral("sync/folder/") + workspaceUuid);
    else
        settings.setValue(QStringLiteral("sync/folder/") + workspaceUuid, folder);
}

} // namespace attain
