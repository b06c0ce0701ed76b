// SPDX-License-Identifier: GPL-3.0-or-later
// The record tables of the workbench, as SQL.
#include "core/queries/recordquery.h"

namespace attain {

namespace {
/// A deal's amount in its own currency, where that is not the base ("USD 1000.00"); as integer text, exact.
ViewColumn ownAmountColumn()
{
    return {
        QStringLiteral("own_amount"),
        "CASE WHEN d.currency = ifnull((SELECT value FROM settings WHERE key = 'currency'), 'CNY') THEN NULL "
        "WHEN d.currency IN ('JPY', 'KRW') THEN d.currency || ' ' || d.amount ELSE d.currency || ' ' || "
        "(d.amount / 100) || '.' || substr('0' || (d.amount % 100), -2) END",
        ViewColumn::Type::Text,
        {}};
}
} // namespace

using T = ViewColumn::Type;

ViewSpec ViewSpec::deals()
{
    ViewSpec v;
    v.table = "deals d";
    v.key = "d.rowid";
    v.id = "d.id";
    v.joins = {{"c", "JOIN customers c ON c.id = d.customer_id"},
               {"o", "JOIN members o ON o.id = d.owner_id"},
               {"t", "LEFT JOIN teams t ON t.id = o.team_id"}};
    v.columns = {
        {QStringLiteral("external_id"), "d.external_id", T::Text, {}},
        {QStringLiteral("customer"), "c.name", T::Text, "c.norm_name"},
        {QStringLiteral("owner"), "o.name", T::Text, {}},
        {QStringLiteral("team"), "t.name", T::Text, {}},
        {QStringLiteral("amount"), "d.base_amount", T::Money, {}},
        ownAmountColumn(),
        {QStringLiteral("stage"), "d.stage", T::Stage, {}},
        {QStringLiteral("created_on"), "d.created_on", T::Date, {}},
        {QStringLiteral("closed_on"), "d.closed_on", T::Date, {}},
        {QStringLiteral("product"), "d.product", T::Text, {}},
        {QStringLiteral("contract_no"), "d.contract_no", T::Text, {}},
        {QStringLiteral("splits"),
         "(SELECT group_concat(m.name || ' ' || s.percent || '%', ', ') FROM deal_splits s JOIN members m ON "
         "m.id = s.member_id WHERE s.deal_id = d.id)",
         T::Text,
         {}},
        {QStringLiteral("confirmed_on"), "d.confirmed_on", T::Date, {}},
        {QStringLiteral("conflict"),
         "EXISTS (SELECT 1 FROM ownership_conflicts x WHERE x.deal_id = d.id AND x.status = 'open')",
         T::Bool,
         {}},
    };
    v.amount = "d.base_amount";
    v.owner = "d.owner_id";
    v.team = "o.team_id";
    v.date = "d.closed_on";
    v.stage = "d.stage";
    v.product = "d.product";
    v.customer = "d.customer_id";
    v.search = "c.norm_name || ' ' || lower(ifnull(d.external_id, '')) || ' ' || lower(ifnull(d.contract_no, "
               "'')) || "
               "' ' || lower(ifnull(d.product, '')) || ' ' || lower(o.name) || ' ' || lower(o.login)";
    // Written as a set of rowids so SQLite uses the owner and split indexes instead of testing a
    // subquery on each of a million rows (16 s → 0.3 s for a team of 25).
    v.scope =
        "d.rowid IN (SELECT rowid FROM deals WHERE owner_id IN (%1) UNION SELECT x.rowid FROM deal_splits s "
        "JOIN deals x ON x.id = s.deal_id WHERE s.member_id IN (%1))";
    v.defaultSort = 6;
    v.defaultDescending = true;
    return v;
}

ViewSpec ViewSpec::customers()
{
    ViewSpec v;
    v.table = "customers c";
    v.key = "c.rowid";
    v.id = "c.id";
    v.joins = {{"o", "LEFT JOIN members o ON o.id = c.owner_id"},
               {"t", "LEFT JOIN teams t ON t.id = o.team_id"}};
    v.columns = {
        {QStringLiteral("name"), "c.name", T::Text, "c.norm_name"},
        {QStringLiteral("phone"), "c.phone", T::Text, {}},
        {QStringLiteral("owner"), "o.name", T::Text, {}},
        {QStringLiteral("team"), "t.name", T::Text, {}},
        {QStringLiteral("owner_since"), "c.owner_since", T::Date, {}},
        {QStringLiteral("source"), "c.source", T::Text, {}},
        {QStringLiteral("created_on"), "c.created_on", T::Date, {}},
        {QStringLiteral("deals"), "(SELECT count(*) FROM deals x WHERE x.customer_id = c.id)", T::Count, {}},
        {QStringLiteral("won"),
         "(SELECT ifnull(sum(x.base_amount), 0) FROM deals x WHERE x.customer_id = c.id AND x.stage = 'won')",
         T::Money,
         {}},
        {QStringLiteral("last_follow_up"),
         "(SELECT max(a.at) FROM activities a WHERE a.customer_id = c.id)",
         T::DateTime,
         {}},
    };
    v.owner = "c.owner_id";
    v.team = "o.team_id";
    v.date = "c.created_on";
    v.customer = "c.id";
    v.search =
        "c.norm_name || ' ' || ifnull(c.norm_phone, '') || ' ' || lower(ifnull(c.external_id, '')) || ' ' || "
        "lower(ifnull(o.name, '')) || ' ' || lower(ifnull(c.source, ''))";
    v.scope = "c.owner_id IN (%1)";
    return v;
}

ViewSpec ViewSpec::activities()
{
    ViewSpec v;
    v.table = "activities a";
    v.key = "a.rowid";
    v.id = "a.id";
    v.joins = {{"m", "JOIN members m ON m.id = a.member_id"},
               {"c", "JOIN customers c ON c.id = a.customer_id"},
               {"d", "LEFT JOIN deals d ON d.id = a.deal_id"}};
    v.columns = {
        {QStringLiteral("at"), "a.at", T::DateTime, {}},
        {QStringLiteral("kind"), "a.kind", T::Kind, {}},
        {QStringLiteral("customer"), "c.name", T::Text, "c.norm_name"},
        {QStringLiteral("member"), "m.name", T::Text, {}},
        {QStringLiteral("deal"), "d.external_id", T::Text, {}},
        {QStringLiteral("notes"), "a.notes", T::Text, {}},
    };
    v.owner = "a.member_id";
    v.team = "m.team_id";
    v.date = "a.at";
    v.dateIsDateTime = true;
    v.kind = "a.kind";
    v.customer = "a.customer_id";
    v.search = "c.norm_name || ' ' || lower(m.name) || ' ' || lower(ifnull(a.notes, ''))";
    v.scope = "a.member_id IN (%1)";
    v.defaultDescending = true;
    return v;
}

ViewSpec ViewSpec::ratings()
{
    ViewSpec v;
    v.table = "ratings r";
    v.key = "r.rowid";
    v.id = "r.id";
    v.joins = {{"m", "JOIN members m ON m.id = r.member_id"},
               {"c", "JOIN customers c ON c.id = r.customer_id"},
               {"d", "LEFT JOIN deals d ON d.id = r.deal_id"}};
    v.columns = {
        {QStringLiteral("rated_on"), "r.rated_on", T::Date, {}},
        {QStringLiteral("score"), "r.score", T::Score, {}},
        {QStringLiteral("customer"), "c.name", T::Text, "c.norm_name"},
        {QStringLiteral("member"), "m.name", T::Text, {}},
        {QStringLiteral("deal"), "d.external_id", T::Text, {}},
        {QStringLiteral("comment"), "r.comment", T::Text, {}},
    };
    v.owner = "r.member_id";
    v.team = "m.team_id";
    v.date = "r.rated_on";
    v.customer = "r.customer_id";
    v.search = "c.norm_name || ' ' || lower(m.name) || ' ' || lower(ifnull(r.comment, ''))";
    v.scope = "r.member_id IN (%1)";
    v.defaultDescending = true;
    return v;
}

ViewSpec ViewSpec::members()
{
    ViewSpec v;
    v.table = "members m";
    v.key = "m.rowid";
    v.id = "m.id";
    v.joins = {{"t", "LEFT JOIN teams t ON t.id = m.team_id"}};
    v.columns = {
        {QStringLiteral("login"), "m.login", T::Text, {}},
        {QStringLiteral("name"), "m.name", T::Text, {}},
        {QStringLiteral("role"), "m.role", T::Role, {}},
        {QStringLiteral("level"), "m.level", T::Level, {}},
        {QStringLiteral("team"), "t.name", T::Text, {}},
        {QStringLiteral("email"), "m.email", T::Text, {}},
        {QStringLiteral("active"), "m.active", T::Bool, {}},
    };
    v.team = "m.team_id";
    v.search = "lower(m.login) || ' ' || lower(m.name) || ' ' || lower(ifnull(m.email, ''))";
    return v;
}

ViewSpec ViewSpec::conflicts()
{
    ViewSpec v;
    v.table = "ownership_conflicts x";
    v.key = "x.rowid";
    v.id = "x.id";
    v.joins = {{"d", "JOIN deals d ON d.id = x.deal_id"},
               {"c", "JOIN customers c ON c.id = x.customer_id"},
               {"o", "JOIN members o ON o.id = x.owner_id"},
               {"k", "JOIN members k ON k.id = x.claimant_id"}};
    v.columns = {
        {QStringLiteral("opened_on"), "x.opened_on", T::Date, {}},
        {QStringLiteral("customer"), "c.name", T::Text, "c.norm_name"},
        {QStringLiteral("deal"), "d.external_id", T::Text, {}},
        {QStringLiteral("amount"), "d.base_amount", T::Money, {}},
        ownAmountColumn(),
        {QStringLiteral("owner"), "o.name", T::Text, {}},
        {QStringLiteral("claimant"), "k.name", T::Text, {}},
        {QStringLiteral("last_follow_up"), "x.last_follow_up", T::Date, {}},
        {QStringLiteral("status"), "x.status", T::Status, {}},
        {QStringLiteral("decided_on"), "x.decided_on", T::Date, {}},
        {QStringLiteral("note"), "x.note", T::Text, {}},
    };
    v.amount = "d.base_amount";
    v.date = "x.opened_on";
    v.status = "x.status";
    v.search = "c.norm_name || ' ' || lower(o.name) || ' ' || lower(k.name) || ' ' || "
               "lower(ifnull(d.external_id, ''))";
    v.scope = "x.owner_id IN (%1) OR x.claimant_id IN (%1)"; // conflicts are few
    v.defaultDescending = true;
    return v;
}

} // namespace attain
