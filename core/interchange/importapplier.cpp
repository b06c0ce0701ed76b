// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/importapplier.h"

#include "core/domain/dates.h"
#include "core/domain/textnorm.h"
#include "core/domain/textrules.h"
#include "core/interchange/importrows.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/rateservice.h"
#include "core/services/ratingservice.h"
#include "core/services/servicesupport.h"
#include "core/services/targetservice.h"
#include "core/services/teamservice.h"
#include "core/storage/batchqueue.h"
#include "core/storage/bulkload.h"
#include "core/storage/outputfile.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writernote.h"
#include "core/storage/writetransaction.h"
#include <QLocale>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>

#include <QJsonObject>

#include <atomic>
#include <optional>
#include <thread>

namespace attain {

namespace {

bool sameFields(const Fields &a, const Fields &b)
{
    for (int i = 0; i < a.size() && i < b.size(); ++i)
        if (!RecordWriter::sameValue(a.at(i).second, b.at(i).second))
            return false;
    return a.size() == b.size();
}

} // namespace

ImportLookups ImportApplier::loadLookups(Workspace &ws)
{
    ImportLookups l;
    l.currency = ws.setting(QStringLiteral("currency"), Money::defaultCurrency());
    l.today = ws.clock().today();
    for (const Member &m : MemberService(ws).all()) {
        l.membersByLogin.insert(m.login.toLower(), {m.id, m.role});
        l.loginsByName[normalizeKey(m.name)] << m.login.toLower();
    }
    {
        Statement st(ws, "SELECT id, name FROM teams");
        while (st.next())
            l.teamsByName.insert(normalizeKey(st.text(1)), st.text(0));
    }
    Statement st(ws, "SELECT id, norm_name, owner_id FROM customers ORDER BY created_on DESC, rowid DESC");
    while (st.next()) {
        l.customersByName.insert(st.text(1), st.text(0)); // the oldest customer of a name wins
        l.customerOwners.insert(st.text(0), st.text(2));
    }
    return l;
}

ImportApplier::ImportApplier(Workspace &ws, ImportReport &report, const QStringList &mapped, bool targetEmpty,
                             const ImportLookups &lookups)
    : m_ws(ws), m_report(report), m_targetEmpty(targetEmpty), m_customerOwners(lookups.customerOwners)
{
    for (const QString &k : mapped)
        if (!k.isEmpty())
            m_present.insert(k);
    m_ws.writer().startBulk();
}

bool ImportApplier::apply(const ImportItem &item)
{
    Status st = std::visit([&](const auto &record) { return applyRecord(item, record); }, item.record);
    if (!st) {
        for (Problem p : st.problems()) {
            // A full disk is the file's trouble, not the row's.
            if (p.code.isEmpty() || p.code == AccessPolicy::deniedCode)
                p.row = item.row;
            m_report.addProblem(p);
        }
        return st.code() == AccessPolicy::deniedCode;
    }
    return true;
}

void ImportApplier::problem(int row, const char *field, const QString &value, const QString &message)
{
    m_report.addProblem(Problem{QLatin1String(field), message, row, value});
}

template <typename R, typename Write>
Status ImportApplier::upsert(const std::optional<R> &existing, const R &merged, const Write &write)
{
    if (!existing) {
        ++m_report.inserted;
        return write(nullptr, &merged);
    }
    if (sameFields(existing->fields(), merged.fields())) {
        ++m_report.unchanged;
        return success();
    }
    ++m_report.updated;
    return write(&*existing, &merged);
}

Status ImportApplier::applyRecord(const ImportItem &, const Team &t)
{
    ++m_report.createdTeams;
    return TeamService(m_ws).write(nullptr, &t, References::ResolvedByCaller);
}

Status ImportApplier::applyRecord(const ImportItem &item, const Member &m)
{
    MemberService members(m_ws);
    if (item.created) {
        ++m_report.createdMembers;
        if (m_report.newMembers.size() < ImportReport::maxListed)
            m_report.newMembers << m.login;
        return members.write(nullptr, &m, References::ResolvedByCaller);
    }
    const auto existing = members.findByLogin(m.login);
    Member merged = m;
    if (existing) {
        merged.id = existing->id;
        if (!present("role"))
            merged.role = existing->role;
        if (!present("level"))
            merged.level = existing->level;
        if (!present("team"))
            merged.teamId = existing->teamId;
        if (!present("email"))
            merged.email = existing->email;
        merged.externalId = existing->externalId;
        merged.active = existing->active;
    }
    return upsert(existing, merged, [&](const Member *before, const Member *after) {
        return members.write(before, after, References::ResolvedByCaller);
    });
}

Status ImportApplier::applyRecord(const ImportItem &item, const Customer &c)
{
    CustomerService customers(m_ws);
    if (item.created) {
        ++m_report.createdCustomers;
        if (m_report.newCustomers.size() < ImportReport::maxListed)
            m_report.newCustomers << c.name;
        m_customerOwners.insert(c.id, c.ownerId);
        m_madeCustomers.insert(c.id);
        return customers.write(nullptr, &c, References::ResolvedByCaller);
    }
    std::optional<Customer> existing;
    if (!m_targetEmpty) {
        existing = c.externalId.isEmpty() ? std::nullopt : customers.findByExternalId(c.externalId);
        if (!existing) {
            Statement st(m_ws,
                         "SELECT id FROM customers WHERE norm_name = ? ORDER BY created_on, rowid LIMIT 1");
            st.bind(1, c.normalizedName());
            if (st.next())
                existing = customers.find(st.text(0));
        }
    }
    Customer merged = c;
    if (existing) {
        merged.id = existing->id;
        for (auto [key, target, source] :
             {std::tuple{"phone", &merged.phone, &existing->phone},
              std::tuple{"source", &merged.source, &existing->source},
              std::tuple{"external_id", &merged.externalId, &existing->externalId}})
            if (!present(key))
                *target = *source;
        if (!present("owner")) {
            merged.ownerId = existing->ownerId;
            merged.ownerSince = existing->ownerSince;
        } else if (merged.ownerId == existing->ownerId) {
            merged.ownerSince = existing->ownerSince;
        }
        if (!present("created_on"))
            merged.createdOn = existing->createdOn;
    }
    m_customerOwners.insert(merged.id, merged.ownerId);
    return upsert(existing, merged, [&](const Customer *before, const Customer *after) {
        return customers.write(before, after, References::ResolvedByCaller);
    });
}

Status ImportApplier::applyRecord(const ImportItem &, const Deal &d)
{
    DealService deals(m_ws);
    const auto existing = m_targetEmpty ? std::nullopt : deals.findByExternalId(d.externalId);
    DealOutcome outcome;
    DealWrite options;
    options.references = References::ResolvedByCaller;
    options.outcome = &outcome;
    // The import knows each customer's owner (it read them, or made the customer): the common deal, by
    // the customer's own owner, asks the workspace nothing more.
    if (const auto owner = m_customerOwners.constFind(d.customerId); owner != m_customerOwners.cend())
        options.customerOwner = *owner;
    options.customerMadeByImport = m_madeCustomers.contains(d.customerId);
    Status st = success();
    if (!existing) {
        ++m_report.inserted;
        st = deals.write(nullptr, &d, options);
    } else {
        Deal merged = d;
        merged.id = existing->id;
        merged.confirmedOn = existing->confirmedOn;
        if (!present("currency"))
            merged.amount = Money(d.amount.minor(), existing->amount.currency());
        if (!present("closed_on"))
            merged.closedOn = existing->closedOn;
        if (!present("product"))
            merged.product = existing->product;
        if (!present("contract_no"))
            merged.contractNo = existing->contractNo;
        if (!present("splits"))
            merged.splits = existing->splits;
        if (existing->storesSameAs(merged)) {
            ++m_report.unchanged;
            return success();
        }
        ++m_report.updated;
        st = deals.write(&*existing, &merged, options);
    }
    if (st && outcome.conflictRecorded)
        ++m_report.conflictsOpened;
    if (st && outcome.customerClaimed)
        m_customerOwners.insert(d.customerId, d.ownerId);
    return st;
}

bool ImportApplier::resolveDeal(const ImportItem &item, const QString &customerId, QString *dealId)
{
    if (item.dealRef.isEmpty())
        return true;
    Statement st(m_ws, "SELECT id, customer_id FROM deals WHERE external_id = ?");
    st.bind(1, item.dealRef);
    if (!st.next()) {
        problem(item.row, "deal", item.dealRef, tr("there is no deal with this number"));
        return false;
    }
    if (st.text(1) != customerId) {
        problem(item.row, "deal", item.dealRef, tr("the deal belongs to another customer"));
        return false;
    }
    *dealId = st.text(0);
    return true;
}

Status ImportApplier::applyRecord(const ImportItem &item, const Activity &incoming)
{
    Activity a = incoming;
    if (!resolveDeal(item, a.customerId, &a.dealId))
        return success();
    std::optional<Activity> existing;
    ActivityService activities(m_ws);
    if (!m_targetEmpty) {
        // By number, or else by who, whom, when and how: the same follow-up twice is one.
        Statement st(m_ws,
                     a.externalId.isEmpty()
                         ? "SELECT id FROM activities WHERE customer_id = ?1 AND at = ?2 AND member_id = ?3 "
                           "AND kind = ?4"
                         : "SELECT id FROM activities WHERE external_id = ?5");
        st.bind(1, a.customerId)
            .bind(2, Dates::toIso(a.at))
            .bind(3, a.memberId)
            .bind(4, Activity::kindKey(a.kind));
        if (!a.externalId.isEmpty())
            st.bind(5, a.externalId);
        if (st.next())
            existing = activities.find(st.text(0));
    }
    if (existing) {
        a.id = existing->id;
        if (!present("deal"))
            a.dealId = existing->dealId;
        if (!present("notes"))
            a.notes = existing->notes;
        if (!present("external_id"))
            a.externalId = existing->externalId;
    }
    return upsert(existing, a, [&](const Activity *before, const Activity *after) {
        return activities.write(before, after, References::ResolvedByCaller);
    });
}

Status ImportApplier::applyRecord(const ImportItem &item, const Rating &incoming)
{
    Rating r = incoming;
    if (!resolveDeal(item, r.customerId, &r.dealId))
        return success();
    std::optional<Rating> existing;
    RatingService ratings(m_ws);
    if (!m_targetEmpty) {
        Statement st(
            m_ws, r.externalId.isEmpty()
                      ? "SELECT id FROM ratings WHERE customer_id = ?1 AND member_id = ?2 AND rated_on = ?3 "
                        "AND ifnull(deal_id, '') = ?4"
                      : "SELECT id FROM ratings WHERE external_id = ?5");
        st.bind(1, r.customerId)
            .bind(2, r.memberId)
            .bind(3, Dates::toIso(r.ratedOn))
            .bind(4, r.dealId.isEmpty() ? QStringLiteral("") : r.dealId);
        if (!r.externalId.isEmpty())
            st.bind(5, r.externalId);
        if (st.next())
            existing = ratings.find(st.text(0));
    }
    if (existing) {
        r.id = existing->id;
        if (!present("comment"))
            r.comment = existing->comment;
        r.enteredBy = existing->enteredBy; // who entered it and its confirmation are not the file's
        r.confirmedBy = existing->confirmedBy;
        r.confirmedOn = existing->confirmedOn;
        if (!present("external_id"))
            r.externalId = existing->externalId;
    }
    return upsert(existing, r, [&](const Rating *before, const Rating *after) {
        return ratings.write(before, after, References::ResolvedByCaller);
    });
}

Status ImportApplier::applyRecord(const ImportItem &, const Target &incoming)
{
    Target t = incoming;
    TargetService targets(m_ws);
    const auto existing = targets.find(t.memberId, t.teamId, t.period, t.metric);
    if (existing)
        t.id = existing->id;
    return upsert(existing, t, [&](const Target *before, const Target *after) {
        return targets.write(before, after, References::ResolvedByCaller);
    });
}

Status ImportApplier::applyRecord(const ImportItem &, const Rate &incoming)
{
    Rate r = incoming;
    RateService rates(m_ws);
    const auto existing = rates.find(r.currency, r.month);
    if (existing)
        r.id = existing->id;
    // A changed rate converts again the deals that take it, inside the import's transaction.
    return upsert(existing, r, [&](const Rate *before, const Rate *after) {
        return rates.write(before, after, References::ResolvedByCaller);
    });
}

Status ImportApplier::applyRecord(const ImportItem &item, const Confirmation &c)
{
    DealService deals(m_ws);
    // The handoff writes a deal's own id when it has no external id, so finance's return can name it
    // either way.
    auto deal = deals.findByExternalId(c.externalId);
    if (!deal)
        deal = deals.find(c.externalId);
    const QLocale locale;
    auto skip = [&](const char *field, const QString &value, const QString &reason) {
        m_report.notApplied << Problem{QLatin1String(field), reason, item.row, value};
        return success();
    };
    if (!deal)
        return skip("external_id", c.externalId, tr("no deal has this number"));
    if (deal->stage != Stage::Won)
        return skip("external_id", c.externalId, tr("the deal is not won"));
    if (deal->amount.minor() != c.paid.minor() || deal->amount.currency() != c.paid.currency())
        return skip("paid_amount", c.paid.toDecimalString(),
                    tr("paid %1, the deal is %2").arg(c.paid.format(locale), deal->amount.format(locale)));
    if (deal->closedOn.isValid() && c.paidOn < deal->closedOn)
        return skip("paid_on", Dates::toIso(c.paidOn),
                    tr("paid before the deal was closed (%1)").arg(Dates::toIso(deal->closedOn)));
    if (deal->confirmedOn == c.paidOn) {
        ++m_report.unchanged;
        return success();
    }
    ++m_report.updated;
    return deals.confirm(*deal, c.paidOn);
}

} // namespace attain
