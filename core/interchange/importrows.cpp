// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/importrows.h"

#include "core/domain/dates.h"
#include "core/domain/textnorm.h"
#include "core/domain/textrules.h"
#include "core/storage/recordwriter.h"

#include <QRegularExpression>

namespace attain {

ImportRows::ImportRows(ImportKind kind, QStringList mapped, ImportLookups lookups,
                       std::function<QString()> newId)
    : m_kind(kind), m_lookups(std::move(lookups)), m_newId(std::move(newId))
{
    for (int i = 0; i < mapped.size(); ++i)
        if (!mapped.at(i).isEmpty())
            m_index.insert(mapped.at(i), i);
}

QString ImportRows::cell(const QStringList &fields, const char *key) const
{
    const int i = m_index.value(QLatin1String(key), -1);
    return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
}

void ImportRows::report(Problems *problems, int row, const Problems &found, const QStringList &fields,
                        const QHash<QString, int> &index)
{
    QSet<QString> named; // one message per cell: a date that is not a date is not also "missing"
    for (Problem p : found) {
        if (!p.field.isEmpty() && named.contains(p.field))
            continue;
        named.insert(p.field);
        p.row = row;
        const int i = index.value(p.field, -1);
        if (p.value.isEmpty() && i >= 0 && i < fields.size())
            p.value = fields.at(i).trimmed();
        *problems << p;
    }
}

QString ImportRows::memberFor(const QString &login, const char *column, int row, QList<ImportItem> *out,
                              Problems *problems, bool create)
{
    const QString key = login.trimmed().toLower();
    if (key.isEmpty()) {
        *problems << Problem{QLatin1String(column), tr("a member's login is required"), row};
        return QString();
    }
    if (auto it = m_lookups.membersByLogin.constFind(key); it != m_lookups.membersByLogin.constEnd())
        return it->id;
    // Or by name, when one member has it.
    const QStringList named = m_lookups.loginsByName.value(normalizeKey(login));
    if (named.size() == 1)
        return m_lookups.membersByLogin.value(named.first()).id;
    if (named.size() > 1) {
        *problems << Problem{QLatin1String(column),
                             tr("%1 members are called “%2” (%3); write the login of the one you mean")
                                 .arg(named.size())
                                 .arg(login.trimmed(), named.join(QStringLiteral(", "))),
                             row, login};
        return QString();
    }
    if (!create || !Member::isValidLogin(login.trimmed())) {
        *problems << Problem{QLatin1String(column),
                             create
                                 ? tr("“%1” is neither a login nor the name of a member").arg(login.trimmed())
                                 : tr("there is no member “%1”").arg(login.trimmed()),
                             row, login};
        return QString();
    }
    // An unknown login becomes a rep; the manager completes the name and team later.
    Member m;
    m.id = m_newId();
    m.login = login.trimmed();
    m.name = login.trimmed();
    m.role = Role::Rep;
    m_lookups.membersByLogin.insert(key, {m.id, Role::Rep});
    out->append(ImportItem{row, true, QString(), {}, m});
    return m.id;
}

QString ImportRows::customerFor(const QString &name, const QString &ownerId, QDate created, int row,
                                QList<ImportItem> *out)
{
    const QString key = normalizeKey(name);
    if (auto it = m_lookups.customersByName.constFind(key); it != m_lookups.customersByName.constEnd())
        return *it;
    Customer c;
    c.id = m_newId();
    c.name = name.trimmed();
    c.ownerId = ownerId;
    c.createdOn = created.isValid() ? created : m_lookups.today;
    c.ownerSince = ownerId.isEmpty() ? QDate() : c.createdOn;
    m_lookups.customersByName.insert(key, c.id);
    out->append(ImportItem{row, true, QString(), RecordWriter::encoded(c.fields()), c});
    return c.id;
}

QString ImportRows::teamFor(const QString &name, int row, QList<ImportItem> *out)
{
    if (name.trimmed().isEmpty())
        return QString();
    const QString key = normalizeKey(name);
    if (auto it = m_lookups.teamsByName.constFind(key); it != m_lookups.teamsByName.constEnd())
        return *it;
    Team t;
    t.id = m_newId();
    t.name = name.trimmed();
    m_lookups.teamsByName.insert(key, t.id);
    out->append(ImportItem{row, true, QString(), {}, t});
    return t.id;
}

bool ImportRows::seen(const QString &key)
{
    const quint64 h = quint64(qHash(key, size_t(0x9E3779B97F4A7C15ull))) ^
                      (quint64(qHash(key, size_t(0x51ED270B27E4F9AAull))) << 1);
    if (m_seenKeys.contains(h))
        return true;
    m_seenKeys.insert(h);
    return false;
}

void ImportRows::convert(const QStringList &fields, int row, QList<ImportItem> *out, Problems *problems)
{
    switch (m_kind) {
    case ImportKind::Members: members(fields, row, out, problems); break;
    case ImportKind::Customers: customers(fields, row, out, problems); break;
    case ImportKind::Deals: deals(fields, row, out, problems); break;
    case ImportKind::Activities: activities(fields, row, out, problems); break;
    case ImportKind::Ratings: ratings(fields, row, out, problems); break;
    case ImportKind::Targets: targets(fields, row, out, problems); break;
    case ImportKind::Rates: rates(fields, row, out, problems); break;
    case ImportKind::FinanceReturn: confirmations(fields, row, out, problems); break;
    }
}

void ImportRows::members(const QStringList &f, int row, QList<ImportItem> *out, Problems *p)
{
    Member m;
    m.id = m_newId();
    m.login = cell(f, "login");
    m.name = cell(f, "name");
    Problems found;
    if (has("role") && !cell(f, "role").isEmpty()) {
        if (const auto role = Member::roleFromText(cell(f, "role")))
            m.role = *role;
        else
            found << Problem{QStringLiteral("role"), tr("a role is 经理/manager, 销售/rep or 财务/finance")};
    }
    if (has("level") && !cell(f, "level").isEmpty())
        m.level = Member::levelFromText(cell(f, "level"));
    m.email = cell(f, "email");
    if (seen(m.login.toLower()))
        found << Problem{QStringLiteral("login"), tr("the login appears twice in the file")};
    found += m.validate();
    if (!found.isEmpty()) {
        report(p, row, found, f, m_index);
        return;
    }
    m.teamId = teamFor(cell(f, "team"), row, out);
    const QString key = m.login.toLower();
    if (!m_lookups.membersByLogin.contains(key))
        m_lookups.membersByLogin.insert(key, {m.id, m.role});
    out->append(ImportItem{row, false, QString(), {}, m});
}

void ImportRows::customers(const QStringList &f, int row, QList<ImportItem> *out, Problems *p)
{
    Customer c;
    c.id = m_newId();
    c.name = cell(f, "name");
    c.externalId = cell(f, "external_id");
    c.phone = cell(f, "phone");
    c.source = cell(f, "source");
    Problems found;
    c.createdOn = m_lookups.today;
    if (!cell(f, "created_on").isEmpty()) {
        const auto d = Dates::parseDate(cell(f, "created_on"), QStringLiteral("created_on"));
        d ? void(c.createdOn = *d) : void(found += d.problems());
    }
    const QString key =
        c.externalId.isEmpty() ? QStringLiteral("name:") + normalizeKey(c.name) : c.externalId;
    if (seen(key))
        found << Problem{c.externalId.isEmpty() ? QStringLiteral("name") : QStringLiteral("external_id"),
                         tr("the customer appears twice in the file")};
    if (!cell(f, "owner").isEmpty()) {
        c.ownerId = memberFor(cell(f, "owner"), "owner", row, out, &found);
        c.ownerSince = c.createdOn;
    }
    found += c.validate();
    if (!found.isEmpty()) {
        report(p, row, found, f, m_index);
        return;
    }
    m_lookups.customersByName.insert(c.normalizedName(), c.id);
    out->append(ImportItem{row, false, QString(), {}, c});
}

void ImportRows::deals(const QStringList &f, int row, QList<ImportItem> *out, Problems *p)
{
    Problems found;
    Deal d;
    d.id = m_newId();
    d.externalId = cell(f, "external_id");
    if (d.externalId.isEmpty())
        found << Problem{QStringLiteral("external_id"), tr("a deal number is required")};
    else if (seen(d.externalId))
        found << Problem{QStringLiteral("external_id"), tr("the deal number appears twice in the file")};
    QString currency = cell(f, "currency").toUpper();
    if (currency.isEmpty())
        currency = m_lookups.currency;
    if (const auto amount = Money::parse(cell(f, "amount"), currency))
        d.amount = *amount;
    else
        found += amount.problems();
    if (const auto stage = Deal::stageFromText(cell(f, "stage")))
        d.stage = *stage;
    else
        found << Problem{QStringLiteral("stage"), tr("a stage is 进行中/open, 赢单/won or 输单/lost")};
    if (const auto created = Dates::parseDate(cell(f, "created_on"), QStringLiteral("created_on")))
        d.createdOn = *created;
    else
        found += created.problems();
    if (!cell(f, "closed_on").isEmpty()) {
        const auto closed = Dates::parseDate(cell(f, "closed_on"), QStringLiteral("closed_on"));
        closed ? void(d.closedOn = *closed) : void(found += closed.problems());
    }
    d.product = cell(f, "product");
    d.contractNo = cell(f, "contract_no");
    const QString ownerLogin = cell(f, "owner");
    if (ownerLogin.isEmpty())
        found << Problem{QStringLiteral("owner"), tr("an owner is required")};
    else
        d.ownerId = memberFor(ownerLogin, "owner", row, out, &found);
    const QString splitsCell = cell(f, "splits");
    static const QRegularExpression separators(QStringLiteral("[;,、]"));
    const QStringList parts =
        splitsCell.isEmpty() ? QStringList() : foldWidth(splitsCell).split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int percent = colon > 0 ? part.mid(colon + 1).remove(QLatin1Char('%')).trimmed().toInt(&ok) : 0;
        if (!ok) {
            found << Problem{QStringLiteral("splits"), tr("write splits as login:60;login2:40")};
            break;
        }
        const QString id = memberFor(part.left(colon).trimmed(), "splits", row, out, &found);
        if (!id.isEmpty())
            d.splits << Split{id, percent};
    }
    // Validated before the customer is looked up: a customer is made only for a row that is sound.
    const QString customerName = cell(f, "customer");
    TextRules::check(found, QStringLiteral("customer"), customerName, TextRules::nameOfCustomer);
    Deal probe = d;
    probe.customerId = customerName.isEmpty() ? QString() : QStringLiteral("-");
    if (probe.ownerId.isEmpty() && !ownerLogin.isEmpty())
        probe.ownerId = QStringLiteral("-"); // its problem is already listed
    found += probe.validate();
    if (!found.isEmpty()) {
        report(p, row, found, f, m_index);
        return;
    }
    d.customerId = customerFor(customerName, d.ownerId, d.createdOn, row, out);
    out->append(ImportItem{row, false, QString(), RecordWriter::encoded(d.fields()), d});
}

void ImportRows::activities(const QStringList &f, int row, QList<ImportItem> *out, Problems *p)
{
    Problems found;
    Activity a;
    a.id = m_newId();
    a.externalId = cell(f, "external_id");
    if (!a.externalId.isEmpty() && seen(a.externalId))
        found << Problem{QStringLiteral("external_id"), tr("the number appears twice in the file")};
    if (const auto kind = Activity::kindFromText(cell(f, "kind")))
        a.kind = *kind;
    else
        found << Problem{QStringLiteral("kind"),
                         tr("a kind is 电话/call, 拜访/visit, 会议/meeting, 邮件/email or 备注/note")};
    if (const auto at = Dates::parseDateTime(cell(f, "at"), QStringLiteral("at")))
        a.at = *at;
    else
        found += at.problems();
    a.notes = cell(f, "notes");
    a.memberId = memberFor(cell(f, "member"), "member", row, out, &found);
    const QString customerName = cell(f, "customer");
    TextRules::check(found, QStringLiteral("customer"), customerName, TextRules::nameOfCustomer);
    Activity probe = a;
    probe.customerId = customerName.isEmpty() ? QString() : QStringLiteral("-");
    if (probe.memberId.isEmpty() && !cell(f, "member").isEmpty())
        probe.memberId = QStringLiteral("-");
    found += probe.validate();
    if (!found.isEmpty()) {
        report(p, row, found, f, m_index);
        return;
    }
    a.customerId = customerFor(customerName, a.memberId, a.at.date(), row, out);
    out->append(ImportItem{row, false, cell(f, "deal"), {}, a});
}

void ImportRows::ratings(const QStringList &f, int row, QList<ImportItem> *out, Problems *p)
{
    Problems found;
    Rating r;
    r.id = m_newId();
    r.externalId = cell(f, "external_id");
    if (!r.externalId.isEmpty() && seen(r.externalId))
        found << Problem{QStringLiteral("external_id"), tr("the number appears twice in the file")};
    bool ok = false;
    QString score = foldWidth(cell(f, "score"));
    score.remove(QStringLiteral("星")).remove(QChar(0x2605));
    r.score = score.trimmed().toInt(&ok);
    if (!ok)
        r.score = 0; // validate() names the problem
    if (const auto on = Dates::parseDate(cell(f, "rated_on"), QStringLiteral("rated_on")))
        r.ratedOn = *on;
    else
        found += on.problems();
    r.comment = cell(f, "comment");
    r.memberId = memberFor(cell(f, "member"), "member", row, out, &found);
    const QString customerName = cell(f, "customer");
    TextRules::check(found, QStringLiteral("customer"), customerName, TextRules::nameOfCustomer);
    Rating probe = r;
    probe.customerId = customerName.isEmpty() ? QString() : QStringLiteral("-");
    if (probe.memberId.isEmpty() && !cell(f, "member").isEmpty())
        probe.memberId = QStringLiteral("-");
    found += probe.validate();
    if (!found.isEmpty()) {
        report(p, row, found, f, m_index);
        return;
    }
    r.customerId = customerFor(customerName, r.memberId, r.ratedOn, row, out);
    out->append(ImportItem{row, false, cell(f, "deal"), {}, r});
}

void ImportRows::targets(const QStringList &f, int row, QList<ImportItem> *out, Problems *p)
{
    Problems found;
    Target t;
    t.id = m_newId();
    const QString subject = cell(f, "subject");
    if (subject.startsWith(QLatin1String("team:"), Qt::CaseInsensitive)) {
        t.teamId = m_lookups.teamsByName.value(normalizeKey(subject.mid(5)));
        if (t.teamId.isEmpty())
            found << Problem{QStringLiteral("subject"),
                             tr("there is no team “%1”").arg(subject.mid(5).trimmed())};
    } else {
        t.memberId = memberFor(subject, "subject", row, out, &found, false);
    }
    if (const auto period = Period::parse(cell(f, "period")))
        t.period = *period;
    else
        found += period.problems();
    if (const auto metric = Metrics::fromText(cell(f, "metric")))
        t.metric = *metric;
    else
        found << Problem{
            QStringLiteral("metric"),
            tr("a metric is one of %1")
                .arg(QStringLiteral("revenue, deals_won, new_customers, follow_ups, satisfaction, "
                                    "repurchase_rate, progress"))};
    QString value = cell(f, "target");
    if (t.metric != Metric::Revenue)
        value.remove(QLatin1Char('%')); // 30% → 30 (hundredths: 3000)
    const auto parsed =
        Money::parse(value, t.metric == Metric::Revenue ? m_lookups.currency : QStringLiteral("XXX"));
    if (parsed)
        t.value = parsed->minor();
    else
        found << Problem{QStringLiteral("target"), tr("“%1” is not a number").arg(cell(f, "target"))};
    const QString key = subject.toLower() + QLatin1Char('|') + t.period.toString() + QLatin1Char('|') +
                        Metrics::key(t.metric);
    if (seen(key))
        found << Problem{QStringLiteral("subject"), tr("this target appears twice in the file")};
    if (found.isEmpty())
        found += t.validate();
    if (!found.isEmpty()) {
        report(p, row, found, f, m_index);
        return;
    }
    out->append(ImportItem{row, false, QString(), {}, t});
}

void ImportRows::rates(const QStringList &f, int row, QList<ImportItem> *out, Problems *p)
{
    Problems found;
    Rate r;
    r.id = m_newId();
    r.currency = cell(f, "currency").trimmed().toUpper();
    r.month = Rate::parseMonth(cell(f, "month"));
    if (r.month.isEmpty())
        found << Problem{QStringLiteral("month"),
                         tr("“%1” is not a month (such as 2025-03)").arg(cell(f, "month"))};
    if (const auto micro = Rate::parse(cell(f, "rate")))
        r.micro = *micro;
    else
        found += micro.problems();
    if (found.isEmpty())
        found += r.validate(m_lookups.currency);
    if (found.isEmpty() && seen(r.currency + QLatin1Char('|') + r.month))
        found << Problem{QStringLiteral("month"), tr("this rate appears twice in the file")};
    if (!found.isEmpty()) {
        report(p, row, found, f, m_index);
        return;
    }
    out->append(ImportItem{row, false, QString(), {}, r});
}

void ImportRows::confirmations(const QStringList &f, int row, QList<ImportItem> *out, Problems *p)
{
    Problems found;
    Confirmation c;
    c.externalId = cell(f, "external_id");
    if (c.externalId.isEmpty())
        found << Problem{QStringLiteral("external_id"), tr("a deal number is required")};
    if (const auto paid = Money::parse(cell(f, "paid_amount"), m_lookups.currency))
        c.paid = *paid;
    else
        for (Problem x : paid.problems())
            found << Problem{QStringLiteral("paid_amount"), x.message};
    if (const auto on = Dates::parseDate(cell(f, "paid_on"), QStringLiteral("paid_on")))
        c.paidOn = *on;
    else
        found += on.problems();
    if (!found.isEmpty()) {
        report(p, row, found, f, m_index);
        return;
    }
    out->append(ImportItem{row, false, QString(), {}, c});
}

} // namespace attain
