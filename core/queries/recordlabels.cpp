// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queries/recordlabels.h"

#include "core/domain/metric.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

QString RecordLabels::label(const QString &entity, const QString &id)
{
    const QString key = entity + QLatin1Char('/') + id;
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    QByteArray sql;
    if (entity == QLatin1String("deals"))
        sql = "SELECT ifnull(external_id, '') || ' · ' || c.name FROM deals d JOIN customers c ON c.id = "
              "d.customer_id "
              "WHERE d.id = ?";
    else if (entity == QLatin1String("customers") || entity == QLatin1String("teams"))
        sql = "SELECT name FROM " + entity.toLatin1() + " WHERE id = ?";
    else if (entity == QLatin1String("members"))
        sql = "SELECT name || ' (' || login || ')' FROM members WHERE id = ?";
    else if (entity == QLatin1String("activities"))
        sql = "SELECT c.name || ' · ' || substr(a.at, 1, 10) FROM activities a JOIN customers c ON c.id = "
              "a.customer_id "
              "WHERE a.id = ?";
    else if (entity == QLatin1String("ratings"))
        sql = "SELECT c.name || ' · ' || r.score || '★' FROM ratings r JOIN customers c ON c.id = "
              "r.customer_id "
              "WHERE r.id = ?";
    else if (entity == QLatin1String("targets"))
        sql =
            "SELECT ifnull(m.name, t2.name) || ' · ' || t.period, t.metric FROM targets t LEFT JOIN members "
            "m ON m.id = t.member_id LEFT JOIN teams t2 ON t2.id = t.team_id WHERE t.id = ?";
    QString text = id;
    if (!sql.isEmpty()) {
        Statement st(m_workspace, sql);
        st.bind(1, id);
        if (st.next()) {
            text = st.text(0);
            if (entity == QLatin1String("targets"))
                if (const auto metric = Metrics::fromKey(st.text(1)))
                    text += QStringLiteral(" · ") + Metrics::label(*metric);
        }
    }
    m_cache.insert(key, text);
    return text;
}

QString RecordLabels::kindLabel(const QString &entity)
{
    if (entity == QLatin1String("deals"))
        return tr("Deal");
    if (entity == QLatin1String("customers"))
        return tr("Customer");
    if (entity == QLatin1String("members"))
        return tr("Member");
    if (entity == QLatin1String("teams"))
        return tr("Team");
    if (entity == QLatin1String("activities"))
        return tr("Follow-up");
    if (entity == QLatin1String("ratings"))
        return tr("Rating");
    if (entity == QLatin1String("targets"))
        return tr("Target");
    if (entity == QLatin1String("settings"))
        return tr("Setting");
    if (entity == QLatin1String("rates"))
        return tr("Exchange rate");
    return entity;
}

QString RecordLabels::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("base_amount"), QT_TR_NOOP("Amount in the base currency")},
        {QStringLiteral("rate_micro"), QT_TR_NOOP("Rate")},
        {QStringLiteral("month"), QT_TR_NOOP("Month")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer")},
        {QStringLiteral("closed_on"), QT_TR_NOOP("Closing date")},
        {QStringLiteral("created_on"), QT_TR_NOOP("Creation date")},
        {QStringLiteral("confirmed_on"), QT_TR_NOOP("Confirmed on")},
        {QStringLiteral("product"), QT_TR_NOOP("Product")},
        {QStringLiteral("contract_no"), QT_TR_NOOP("Contract no.")},
        {QStringLiteral("splits"), QT_TR_NOOP("Credit splits")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("team_id"), QT_TR_NOOP("Team")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("external_id"), QT_TR_NOOP("Number")},
        {QStringLiteral("owner_since"), QT_TR_NOOP("Owner since")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("at"), QT_TR_NOOP("Time")},
        {QStringLiteral("rated_on"), QT_TR_NOOP("Rated on")},
        {QStringLiteral("comment"), QT_TR_NOOP("Comment")},
        {QStringLiteral("deal_id"), QT_TR_NOOP("Deal")},
        {QStringLiteral("member_id"), QT_TR_NOOP("Member")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("*"), QT_TR_NOOP("(deleted at the rep, edited here)")},
    };
    if (auto it = labels.constFind(field); it != labels.constEnd())
        return tr(*it);
    return field;
}

} // namespace attain
