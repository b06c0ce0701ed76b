// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recordcommands.h"

#include "core/queries/recordlabels.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/ratingservice.h"
#include "core/services/teamservice.h"
#include "core/storage/recordwriter.h"
#include "ui/common/messages.h"

namespace attain {

QStringList changedFields(const Fields &before, const Fields &after)
{
    QStringList out;
    for (int i = 0; i < after.size() && i < before.size(); ++i)
        if (!RecordWriter::sameValue(before.at(i).second, after.at(i).second))
            out << after.at(i).first;
    return out;
}

QString RecordCommand::editText(const QString &noun, const QStringList &fields)
{
    if (fields.size() != 1)
        return tr("Edit %1").arg(noun);
    QString field = RecordLabels::fieldLabel(fields.first());
    if (!field.isEmpty() && field.at(0).isUpper() && (field.size() < 2 || !field.at(1).isUpper()))
        field[0] = field.at(0).toLower();
    //: %1 is the kind of record, %2 the field: "Change deal amount"
    return tr("Change %1 %2").arg(noun, field);
}

void RecordCommand::report(const Status &status)
{
    if (!status)
        Messages::error(nullptr, tr("Undo or redo failed"), status.message());
}

// --- Deals
EntityKind RecordOps<Deal>::kind()
{
    return EntityKind::Deal;
}
QString RecordOps<Deal>::noun()
{
    return RecordCommand::tr("deal");
}
Result<Deal> RecordOps<Deal>::create(Workspace &ws, const Deal &r)
{
    return DealService(ws).create(r);
}
Result<Deal> RecordOps<Deal>::update(Workspace &ws, const Deal &r)
{
    return DealService(ws).update(r);
}
Status RecordOps<Deal>::remove(Workspace &ws, const QString &id)
{
    return DealService(ws).remove(id);
}
Fields RecordOps<Deal>::fields(const Deal &r)
{
    return r.fields() + Fields{{QStringLiteral("splits"), textOrNull(r.splitsText())}};
}

// --- Customers
EntityKind RecordOps<Customer>::kind()
{
    return EntityKind::Customer;
}
QString RecordOps<Customer>::noun()
{
    return RecordCommand::tr("customer");
}
Result<Customer> RecordOps<Customer>::create(Workspace &ws, const Customer &r)
{
    return CustomerService(ws).create(r);
}
Result<Customer> RecordOps<Customer>::update(Workspace &ws, const Customer &r)
{
    return CustomerService(ws).update(r);
}
Status RecordOps<Customer>::remove(Workspace &ws, const QString &id)
{
    return CustomerService(ws).remove(id);
}
Fields RecordOps<Customer>::fields(const Customer &r)
{
    return r.fields();
}

// --- Follow-ups
EntityKind RecordOps<Activity>::kind()
{
    return EntityKind::Activity;
}
QString RecordOps<Activity>::noun()
{
    return RecordCommand::tr("follow-up");
}
Result<Activity> RecordOps<Activity>::create(Workspace &ws, const Activity &r)
{
    return ActivityService(ws).create(r);
}
Result<Activity> RecordOps<Activity>::update(Workspace &ws, const Activity &r)
{
    return ActivityService(ws).update(r);
}
Status RecordOps<Activity>::remove(Workspace &ws, const QString &id)
{
    return ActivityService(ws).remove(id);
}
Fields RecordOps<Activity>::fields(const Activity &r)
{
    return r.fields();
}

// --- Ratings
EntityKind RecordOps<Rating>::kind()
{
    return EntityKind::Rating;
}
QString RecordOps<Rating>::noun()
{
    return RecordCommand::tr("rating");
}
Result<Rating> RecordOps<Rating>::create(Workspace &ws, const Rating &r)
{
    return RatingService(ws).create(r);
}
Result<Rating> RecordOps<Rating>::update(Workspace &ws, const Rating &r)
{
    return RatingService(ws).update(r);
}
Status RecordOps<Rating>::remove(Workspace &ws, const QString &id)
{
    return RatingService(ws).remove(id);
}
Fields RecordOps<Rating>::fields(const Rating &r)
{
    return r.fields();
}

// --- Members
EntityKind RecordOps<Member>::kind()
{
    return EntityKind::Member;
}
QString RecordOps<Member>::noun()
{
    return RecordCommand::tr("member");
}
Result<Member> RecordOps<Member>::create(Workspace &ws, const Member &r)
{
    return MemberService(ws).create(r);
}
Result<Member> RecordOps<Member>::update(Workspace &ws, const Member &r)
{
    return MemberService(ws).update(r);
}
Status RecordOps<Member>::remove(Workspace &ws, const QString &id)
{
    return MemberService(ws).remove(id);
}
Fields RecordOps<Member>::fields(const Member &r)
{
    return r.fields();
}

// --- Teams
EntityKind RecordOps<Team>::kind()
{
    return EntityKind::Team;
}
QString RecordOps<Team>::noun()
{
    return RecordCommand::tr("team");
}
Result<Team> RecordOps<Team>::create(Workspace &ws, const Team &r)
{
    return TeamService(ws).create(r);
}
Result<Team> RecordOps<Team>::update(Workspace &ws, const Team &r)
{
    return TeamService(ws).update(r);
}
Status RecordOps<Team>::remove(Workspace &ws, const QString &id)
{
    return TeamService(ws).remove(id);
}
Fields RecordOps<Team>::fields(const Team &r)
{
    return r.fields();
}

} // namespace attain
