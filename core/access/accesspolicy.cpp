// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/accesspolicy.h"

namespace attain {

Problem AccessPolicy::denied(const QString &message, const QString &field)
{
    Problem p{field, message};
    p.code = deniedCode;
    return p;
}

Status AccessPolicy::nobody() const
{
    return Status(
        denied(tr("Say who you are first (Settings ▸ Who Is Using This Workspace…, or --as LOGIN on the "
                  "command line): nothing is changed on nobody's behalf.")));
}

Status AccessPolicy::ownRecord(const QString &what, const QString &field, const QString &ownerBefore,
                               const QString &ownerAfter) const
{
    if (m_actor.kind == Actor::Kind::Nobody)
        return nobody();
    if (m_actor.isManager())
        return success();
    if (m_actor.role == Role::Finance)
        return Status(
            denied(tr("Finance records confirmations and payments; %1 are entered by the team.").arg(what)));
    // A rep: their own, before and after.
    if (!ownerBefore.isNull() && !m_actor.is(ownerBefore))
        return Status(
            denied(tr("These %1 are another member's; a rep changes only their own.").arg(what), field));
    if (!ownerAfter.isNull() && !m_actor.is(ownerAfter))
        return Status(
            denied(tr("A rep enters %1 as their own, not for another member (a manager can reassign "
                      "them).")
                       .arg(what),
                   field));
    return success();
}

Status AccessPolicy::customer(const Customer *before, const Customer *after) const
{
    // A new customer may be left without an owner (then it is nobody's until a manager decides), or be the
    // rep's own; an existing one is changed only by its owner.
    if (m_actor.kind == Actor::Kind::Member && m_actor.role == Role::Rep && before &&
        before->ownerId.isEmpty())
        return Status(denied(tr("This customer has no owner yet; a manager decides whose it is."),
                             QStringLiteral("owner")));
    const QString ownerAfter = after && !(after->ownerId.isEmpty() && !before)
                                   ? (after->ownerId.isEmpty() ? QStringLiteral("-") : after->ownerId)
                                   : QString();
    return ownRecord(tr("customers"), QStringLiteral("owner"), before ? before->ownerId : QString(),
                     ownerAfter);
}

Status AccessPolicy::deal(const Deal *before, const Deal *after) const
{
    if (Status st = ownRecord(tr("deals"), QStringLiteral("owner"), before ? before->ownerId : QString(),
                              after ? after->ownerId : QString());
        !st)
        return st;
    if (m_actor.kind == Actor::Kind::Member && m_actor.role == Role::Rep && after) {
        const QDate was = before ? before->confirmedOn : QDate();
        if (after->confirmedOn != was)
            return Status(denied(tr("A deal is confirmed by finance or a manager, not by its rep."),
                                 QStringLiteral("confirmed_on")));
    }
    return success();
}

Status AccessPolicy::activity(const Activity *before, const Activity *after) const
{
    return ownRecord(tr("follow-ups"), QStringLiteral("member"), before ? before->memberId : QString(),
                     after ? after->memberId : QString());
}

Status AccessPolicy::rating(const Rating *before, const Rating *after) const
{
    return ownRecord(tr("ratings"), QStringLiteral("member"), before ? before->memberId : QString(),
                     after ? after->memberId : QString());
}

Status AccessPolicy::confirmation(const Deal &before, const Deal &after) const
{
    if (m_actor.kind == Actor::Kind::Nobody)
        return nobody();
    if (m_actor.isManager() || (m_actor.kind == Actor::Kind::Member && m_actor.role == Role::Finance)) {
        if (m_actor.role == Role::Finance && m_actor.kind == Actor::Kind::Member && after.stage != Stage::Won)
            return Status(denied(tr("Only won deals are confirmed.")));
        return success();
    }
    Q_UNUSED(before);
    return Status(denied(tr("Confirmations come from finance or a manager.")));
}

Status AccessPolicy::managersOnly(const QString &what) const
{
    if (m_actor.kind == Actor::Kind::Nobody)
        return nobody();
    if (m_actor.isManager())
        return success();
    return Status(denied(tr("Only a manager changes %1.").arg(what)));
}

Status AccessPolicy::roster(bool workspaceHasManager) const
{
    if (!workspaceHasManager)
        return success(); // a workspace being set up: its first members, whoever adds them
    return managersOnly(tr("members and teams"));
}

Status AccessPolicy::setting(const QString &key) const
{
    if (key == QLatin1String("user_id") || key.startsWith(QLatin1String("import_mapping/")))
        return m_actor.kind == Actor::Kind::Nobody && key != QLatin1String("user_id") ? nobody() : success();
    return managersOnly(tr("the workspace's settings"));
}

Status AccessPolicy::handoff() const
{
    if (m_actor.kind == Actor::Kind::Nobody)
        return nobody();
    if (m_actor.isManager() || m_actor.role == Role::Finance)
        return success();
    return Status(denied(tr("The finance handoff is written by a manager or by finance.")));
}

} // namespace attain
