// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/importkind.h"

#include "core/domain/textnorm.h"

#include <algorithm>

namespace attain {

QList<ImportKind> ImportKinds::all()
{
    return {ImportKind::Members, ImportKind::Customers, ImportKind::Deals, ImportKind::Activities,
            ImportKind::Ratings, ImportKind::Targets,   ImportKind::Rates, ImportKind::FinanceReturn};
}

QString ImportKinds::key(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Members: return QStringLiteral("members");
    case ImportKind::Customers: return QStringLiteral("customers");
    case ImportKind::Deals: return QStringLiteral("deals");
    case ImportKind::Activities: return QStringLiteral("activities");
    case ImportKind::Ratings: return QStringLiteral("ratings");
    case ImportKind::Targets: return QStringLiteral("targets");
    case ImportKind::Rates: return QStringLiteral("rates");
    case ImportKind::FinanceReturn: return QStringLiteral("finance-return");
    }
    return QString();
}

std::optional<ImportKind> ImportKinds::fromKey(const QString &key)
{
    for (ImportKind k : all())
        if (ImportKinds::key(k) == key)
            return k;
    return std::nullopt;
}

QString ImportKinds::label(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Members: return tr("Members");
    case ImportKind::Customers: return tr("Customers");
    case ImportKind::Deals: return tr("Deals");
    case ImportKind::Activities: return tr("Follow-ups");
    case ImportKind::Ratings: return tr("Ratings");
    case ImportKind::Targets: return tr("Targets");
    case ImportKind::Rates: return tr("Exchange rates");
    case ImportKind::FinanceReturn: return tr("Finance confirmations");
    }
    return QString();
}

QList<ImportColumn> ImportKinds::columns(ImportKind kind)
{
    auto c = [](const char *key, const char16_t *alias, bool required = false) {
        return ImportColumn{QLatin1String(key), QString::fromUtf16(alias), required};
    };
    switch (kind) {
    case ImportKind::Members:
        return {c("login", u"账号", true), c("name", u"姓名", true), c("role", u"角色"),
                c("level", u"级别"),       c("team", u"团队"),       c("email", u"邮箱")};
    case ImportKind::Customers:
        return {c("name", u"客户名称", true), c("external_id", u"编号"), c("phone", u"电话"),
                c("owner", u"负责人"),        c("source", u"来源"),      c("created_on", u"创建日期")};
    case ImportKind::Deals:
        return {c("external_id", u"编号", true),    c("owner", u"负责人", true), c("customer", u"客户", true),
                c("amount", u"金额", true),         c("currency", u"币种"),      c("stage", u"阶段", true),
                c("created_on", u"创建日期", true), c("closed_on", u"成交日期"), c("product", u"产品"),
                c("contract_no", u"合同编号"),      c("splits", u"业绩拆分")};
    case ImportKind::Activities:
        return {c("member", u"成员", true), c("customer", u"客户", true), c("kind", u"类型", true),
                c("at", u"时间", true),     c("deal", u"商机"),           c("notes", u"备注"),
                c("external_id", u"编号")};
    case ImportKind::Ratings:
        return {c("customer", u"客户", true), c("member", u"成员", true), c("score", u"评分", true),
                c("rated_on", u"日期", true), c("deal", u"商机"),         c("comment", u"评价"),
                c("external_id", u"编号")};
    case ImportKind::Targets:
        return {c("subject", u"对象", true), c("period", u"周期", true), c("metric", u"指标", true),
                c("target", u"目标", true)};
    case ImportKind::Rates:
        return {c("currency", u"币种", true), c("month", u"月份", true), c("rate", u"汇率", true)};
    case ImportKind::FinanceReturn:
        return {c("external_id", u"编号", true), c("paid_amount", u"回款金额", true),
                c("paid_on", u"回款日期", true)};
    }
    return {};
}

QString ImportKinds::normalizeHeader(const QString &cell)
{
    QString h = normalizeKey(cell);
    while (h.endsWith(QLatin1Char('*')))
        h.chop(1);
    return h.trimmed();
}

QStringList ImportKinds::mapHeader(ImportKind kind, const QStringList &header,
                                   const QHash<QString, QString> &saved)
{
    const QList<ImportColumn> cols = columns(kind);
    const QHash<QString, QString> savedNormalized = normalizedMapping(saved);
    QStringList mapped;
    for (const QString &cell : header) {
        QString key = keyFor(kind, cols, cell, savedNormalized);
        if (mapped.contains(key))
            key.clear(); // a second column for the same key is ignored (repeatedColumns() says so)
        mapped << key;
    }
    return mapped;
}

Problems ImportKinds::repeatedColumns(ImportKind kind, const QStringList &header,
                                      const QHash<QString, QString> &saved)
{
    const QList<ImportColumn> cols = columns(kind);
    const QHash<QString, QString> savedNormalized = normalizedMapping(saved);
    Problems problems;
    QHash<QString, int> first; // key → column of its first header
    for (int i = 0; i < header.size(); ++i) {
        const QString key = keyFor(kind, cols, header.at(i), savedNormalized);
        if (key.isEmpty())
            continue;
        if (const auto it = first.constFind(key); it != first.constEnd()) {
            problems << Problem{header.at(i),
                                tr("columns %1 (“%2”) and %3 (“%4”) are both the %5 column; keep one of them")
                                    .arg(*it + 1)
                                    .arg(header.at(*it))
                                    .arg(i + 1)
                                    .arg(header.at(i), key),
                                1, header.at(i)};
            continue;
        }
        first.insert(key, i);
    }
    return problems;
}

QString ImportKinds::keyFor(ImportKind kind, const QList<ImportColumn> &cols, const QString &cell,
                            const QHash<QString, QString> &savedNormalized)
{
    const QString h = normalizeHeader(cell);
    // A mapping someone chose (an empty key: "not imported") comes before the names the brief knows.
    if (savedNormalized.contains(h)) {
        const QString chosen = savedNormalized.value(h);
        return chosen.isEmpty() || std::any_of(cols.cbegin(), cols.cend(),
                                               [&](const ImportColumn &c) { return c.key == chosen; })
                   ? chosen
                   : QString();
    }
    QString key;
    for (const ImportColumn &c : cols)
        // Customers' name column is also known simply as 客户 (the deals file's word for it).
        if (h == c.key || h == normalizeHeader(c.alias) ||
            (kind == ImportKind::Customers && c.key == QLatin1String("name") && h == QStringLiteral("客户")))
            key = c.key;
    return key;
}

QHash<QString, QString> ImportKinds::normalizedMapping(const QHash<QString, QString> &saved)
{
    QHash<QString, QString> out;
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        out.insert(normalizeHeader(it.key()), it.value());
    return out;
}

std::optional<ImportKind> ImportKinds::guess(const QStringList &header)
{
    std::optional<ImportKind> best;
    qsizetype bestCount = 0;
    for (ImportKind kind : all()) {
        const QStringList mapped = mapHeader(kind, header);
        if (!missingColumns(kind, mapped).isEmpty())
            continue;
        const qsizetype n = mapped.size() - mapped.count(QString());
        if (n > bestCount) {
            best = kind;
            bestCount = n;
        }
    }
    return best;
}

QStringList ImportKinds::missingColumns(ImportKind kind, const QStringList &mapped)
{
    QStringList missing;
    for (const ImportColumn &c : columns(kind))
        if (c.required && !mapped.contains(c.key))
            missing << c.key;
    return missing;
}

} // namespace attain
