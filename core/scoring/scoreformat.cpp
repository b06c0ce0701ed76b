// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/scoreformat.h"

#include "core/domain/dates.h"
#include "core/domain/member.h"
#include "core/domain/money.h"
#include "core/interchange/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace attain {

namespace {

QString twoDecimals(qint64 hundredths)
{
    const bool negative = hundredths < 0;
    const quint64 v = negative ? quint64(-(hundredths + 1)) + 1 : quint64(hundredths);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(v / 100)
        .arg(v % 100, 2, 10, QLatin1Char('0'));
}

/// Display width in a terminal: East Asian characters take two columns.
int width(const QString &s)
{
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x2E80 ? 2 : 1;
    return w;
}

QString pad(const QString &s, int to)
{
    return s + QString(qMax(0, to - width(s)), QLatin1Char(' '));
}

QString columns(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths.at(i), width(r.at(i)));
        }
    QString out;
    for (const QStringList &r : rows) {
        QStringList cells;
        for (int i = 0; i < r.size(); ++i)
            cells << (i + 1 < r.size() ? pad(r.at(i), widths.at(i)) : r.at(i));
        out += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString ScoreFormat::plain(Metric, qint64 value)
{
    // Money is in fen and the others in hundredths: both print as value ÷ 100.
    return twoDecimals(value);
}

QString ScoreFormat::percent(const Exact &ratio)
{
    return twoDecimals(ratio.rounded(10000).value_or(0));
}

QString ScoreFormat::contribution(const MetricLine &line)
{
    return twoDecimals(line.contribution.rounded(100).value_or(0));
}

QString ScoreFormat::hiddenBoundary(const Scorecard &card)
{
    if (!card.score || !card.exactScore)
        return QString();
    const QString shownTier = card.plan.tierFor(*card.score);
    if (shownTier == card.tier)
        return QString();
    std::optional<Tier> missed;
    for (const Tier &t : card.plan.tiers)
        if (t.key == shownTier)
            missed = t;
    if (!missed)
        return QString();
    // The exact score cut (not rounded) to three decimals, so it never reads as the boundary itself.
    const qint64 thousandths = card.exactScore->floor(1000).value_or(0);
    QString exact =
        QStringLiteral("%1.%2").arg(thousandths / 1000).arg(thousandths % 1000, 3, 10, QLatin1Char('0'));
    if (*card.exactScore != Exact::ratio(thousandths, 1000))
        exact += QStringLiteral("…");
    return tr("%1, shown %2 — below %3").arg(exact, score(*card.score), Plan::tierLabel(missed->key));
}

QString ScoreFormat::score(qint64 hundredths)
{
    return twoDecimals(hundredths);
}

QString ScoreFormat::csv(const QList<Scorecard> &cards)
{
    QStringList header{QStringLiteral("period"), QStringLiteral("login"), QStringLiteral("name"),
                       QStringLiteral("team"),   QStringLiteral("level"), QStringLiteral("score"),
                       QStringLiteral("tier")};
    for (Metric m : Metrics::all())
        header << Metrics::key(m) + QStringLiteral("_actual") << Metrics::key(m) + QStringLiteral("_target")
               << Metrics::key(m) + QStringLiteral("_attainment");
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Scorecard &c : cards) {
        QStringList row{c.period.toString(),
                        CsvWriter::quoted(c.login),
                        CsvWriter::quoted(c.name),
                        CsvWriter::quoted(c.team),
                        CsvWriter::quoted(c.level),
                        c.score ? score(*c.score) : QString(),
                        c.tier};
        for (const MetricLine &l : c.lines)
            row << (l.actual ? plain(l.metric, *l.actual) : QString())
                << (l.target ? plain(l.metric, *l.target) : QString())
                << (l.attainment ? percent(*l.attainment) : QString());
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString ScoreFormat::json(const QList<Scorecard> &cards)
{
    QJsonArray array;
    for (const Scorecard &c : cards) {
        QJsonArray lines;
        for (const MetricLine &l : c.lines) {
            QJsonObject o{{QStringLiteral("metric"), Metrics::key(l.metric)},
                          {QStringLiteral("weight"), l.weight},
                          {QStringLiteral("direction"), Plan::directionKey(l.direction)},
                          {QStringLiteral("included"), l.included()}};
            o.insert(QStringLiteral("actual"),
                     l.actual ? QJsonValue(plain(l.metric, *l.actual)) : QJsonValue());
            o.insert(QStringLiteral("target"),
                     l.target ? QJsonValue(plain(l.metric, *l.target)) : QJsonValue());
            o.insert(QStringLiteral("attainment"),
                     l.attainment ? QJsonValue(percent(*l.attainment)) : QJsonValue());
            o.insert(QStringLiteral("capped"), l.capped);
            o.insert(QStringLiteral("contribution"), contribution(l));
            lines.append(o);
        }
        QJsonObject o{{QStringLiteral("period"), c.period.toString()},
                      {QStringLiteral("login"), c.login},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("team"), c.team},
                      {QStringLiteral("level"), c.level},
                      {QStringLiteral("plan"), c.plan.name},
                      {QStringLiteral("tier"), c.tier},
                      {QStringLiteral("metrics"), lines}};
        o.insert(QStringLiteral("score"), c.score ? QJsonValue(score(*c.score)) : QJsonValue());
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString ScoreFormat::table(const QList<Scorecard> &cards)
{
    QList<Metric> shown;
    for (const Scorecard &c : cards)
        for (const MetricLine &l : c.lines)
            if (l.weight > 0 && !shown.contains(l.metric))
                shown << l.metric;
    std::sort(shown.begin(), shown.end());
    QStringList head{tr("login"), tr("name"), tr("team"), tr("level"), tr("score"), tr("tier")};
    for (Metric m : shown)
        head << Metrics::key(m);
    QList<QStringList> rows{head};
    for (const Scorecard &c : cards) {
        QStringList r{c.login,
                      c.name,
                      c.team,
                      c.isTeam ? QString() : Member::levelLabel(c.level),
                      c.score ? score(*c.score) : QStringLiteral("–"),
                      c.tier.isEmpty() ? QString() : Plan::tierLabel(c.tier)};
        for (Metric m : shown) {
            const MetricLine &l = c.line(m);
            r << (l.attainment ? percent(*l.attainment) + QLatin1Char('%') : QStringLiteral("–"));
        }
        rows << r;
    }
    return columns(rows);
}

QString ScoreFormat::display(Metric metric, qint64 value, const QLocale &locale)
{
    switch (metric) {
    case Metric::Revenue: return Money(value).format(locale);
    case Metric::FollowUps:
    case Metric::NewCustomers: return locale.toString(value / 100);
    case Metric::DealsWon: return locale.toString(value / 100.0, 'f', value % 100 ? 2 : 0);
    case Metric::Satisfaction: return locale.toString(value / 100.0, 'f', 2);
    case Metric::RepurchaseRate: return locale.toString(value / 100.0, 'f', 2) + QLatin1Char('%');
    case Metric::Progress:
        return (value > 0 ? QStringLiteral("+") : QString()) + locale.toString(value / 100.0, 'f', 2) +
               QLatin1Char('%');
    }
    return QString();
}

QString ScoreFormat::gap(const TierGap &g, Direction direction, const QLocale &locale)
{
    if (!g.reachable)
        return tr("cannot reach it on its own (the cap)");
    const QString amount = display(g.metric, g.change, locale);
    if (direction == Direction::Lower)
        return tr("%1 less (%2 in all)").arg(amount, display(g.metric, g.neededActual, locale));
    switch (g.metric) {
    case Metric::Revenue: return tr("%1 more won revenue").arg(amount);
    case Metric::DealsWon: return tr("%1 more won deals").arg(amount);
    case Metric::NewCustomers: return tr("%n more new customer(s)", nullptr, int(g.change / 100));
    case Metric::FollowUps: return tr("%n more follow-up(s)", nullptr, int(g.change / 100));
    case Metric::Satisfaction:
        return tr("an average rating of %1").arg(display(g.metric, g.neededActual, locale));
    case Metric::RepurchaseRate:
        return tr("a repurchase rate of %1").arg(display(g.metric, g.neededActual, locale));
    case Metric::Progress: return tr("progress of %1").arg(display(g.metric, g.neededActual, locale));
    }
    return amount;
}

std::optional<qint64> ScoreFormat::parse(Metric metric, const QString &text)
{
    QString t = text.trimmed();
    if (metric != Metric::Revenue) {
        t.remove(QLatin1Char('%'));
        t.remove(QChar(0xFF05)); // full-width ％
    }
    const auto money = Money::parse(t);
    if (!money || money->isNegative())
        return std::nullopt;
    return money->minor();
}

QString ScoreFormat::editText(Metric metric, qint64 value)
{
    if (metric == Metric::FollowUps || metric == Metric::NewCustomers)
        return value % 100 ? twoDecimals(value) : QString::number(value / 100);
    return twoDecimals(value);
}

QString ScoreFormat::leftOutReason(MetricLine::LeftOut reason)
{
    switch (reason) {
    case MetricLine::LeftOut::No: return QString();
    case MetricLine::LeftOut::NotInPlan: return tr("not in the plan for this level");
    case MetricLine::LeftOut::NoData:
        return tr("no data in the period: left out, the other weights count for more");
    case MetricLine::LeftOut::NoTarget:
        return tr("no target for the period: left out, the other weights count for more");
    }
    return QString();
}

QString ScoreFormat::rules(const Plan &plan, const QString &level)
{
    const PlanLevel &l = level == QLatin1String("team") ? plan.team : plan.levelFor(level);
    QStringList parts;
    for (const PlanMetric &m : l.metrics)
        if (m.weight > 0)
            parts << tr("%1 (weight %2%3)")
                         .arg(Metrics::label(m.metric))
                         .arg(m.weight)
                         .arg(m.direction == Direction::Lower ? tr(", less is better") : QString());
    QStringList tiers;
    for (const Tier &t : plan.tiers)
        tiers << tr("%1 from %2").arg(Plan::tierLabel(t.key)).arg(t.minimum);
    QString text =
        tr("Plan “%1”, in effect from %2. The score is the weighted average of the attainments of %3; "
           "each attainment is the actual divided by the target and counts up to %4%. A metric without "
           "data or without a target is left out and the others count for more.")
            .arg(plan.name, plan.effectiveFrom.toString(), parts.join(tr(", ")))
            .arg(plan.capPercent);
    if (plan.confirmedOnly)
        text += QLatin1Char(' ') + tr("Only deals confirmed by finance count.");
    return text + QLatin1Char(' ') + tr("Tiers: %1.").arg(tiers.join(tr(", ")));
}

QString ScoreFormat::pace(const Pace &p, Metric metric, const QLocale &locale)
{
    const qint64 expected = p.expected.rounded().value_or(0);
    const qint64 target = p.target.rounded().value_or(0);
    const qint64 gap = p.gap().rounded().value_or(0);
    const QString of = tr("%1 of %2 expected by today")
                           .arg(display(metric, expected, locale), display(metric, target, locale));
    if (gap == 0)
        return tr("%1 — on pace").arg(of);
    return p.ahead() ? tr("%1 — ahead by %2").arg(of, display(metric, gap, locale))
                     : tr("%1 — behind by %2").arg(of, display(metric, -gap, locale));
}

QString ScoreFormat::paceShare(const Pace &p, const Period &period, QDate today)
{
    const qint64 days = period.start().daysTo(period.end()) + 1;
    return tr("%1 of %2 days (%3%)").arg(period.start().daysTo(today) + 1).arg(days).arg(percent(p.share));
}

QString ScoreFormat::explain(const Scorecard &c, const std::optional<NextTier> &next,
                             const QHash<Metric, QList<Behind>> &behind, QDate today)
{
    const QLocale locale;
    QString out;
    out += tr("%1 (%2) · %3 · plan “%4” from %5 · level %6")
               .arg(c.name, c.login, c.period.toString(), c.plan.name, c.plan.effectiveFrom.toString(),
                    c.isTeam ? tr("team") : Member::levelLabel(c.scoredLevel)) +
           QLatin1Char('\n');
    out += c.score ? tr("score %1 · %2").arg(score(*c.score), Plan::tierLabel(c.tier))
                   : tr("no score: no metric has data and a target");
    if (const QString hidden = hiddenBoundary(c); !hidden.isEmpty())
        out += QStringLiteral(" (%1)").arg(hidden);
    if (!c.closedOn.isEmpty())
        out += QLatin1Char('\n') +
               tr("Closed on %1: the figures of the close; what changed since is listed by close-period "
                  "--discrepancies.")
                   .arg(c.closedOn);
    out += QStringLiteral("\n\n");
    QList<QStringList> rows{
        {tr("metric"), tr("actual"), tr("target"), tr("attainment"), tr("weight"), tr("contribution")}};
    for (const MetricLine &l : c.lines) {
        if (l.weight <= 0)
            continue;
        rows << QStringList{Metrics::label(l.metric),
                            l.actual ? display(l.metric, *l.actual, locale) : tr("no data"),
                            l.target ? display(l.metric, *l.target, locale) +
                                           (l.targetDerived ? QStringLiteral("*") : QString())
                                     : tr("none"),
                            l.attainment
                                ? percent(*l.attainment) + QLatin1Char('%') +
                                      (l.capped ? tr(" (capped at %1%)").arg(c.plan.capPercent) : QString())
                                : QStringLiteral("–"),
                            QString::number(l.weight),
                            l.included() ? contribution(l) : tr("left out")};
    }
    out += columns(rows);
    bool anyDerived = false;
    for (const MetricLine &l : c.lines)
        anyDerived |= l.weight > 0 && l.targetDerived;
    if (anyDerived)
        out += tr("* derived from the months' targets, or the default satisfaction target 4.5") +
               QLatin1Char('\n');
    for (const MetricLine &l : c.lines)
        if (l.weight > 0 && !l.included())
            out += tr("left out: %1 — %2").arg(Metrics::label(l.metric), leftOutReason(l.leftOut)) +
                   QLatin1Char('\n');
    // Pacing: where each figure that adds up over the days stands on `today`.
    bool paceTitled = false;
    for (const MetricLine &l : c.lines) {
        if (l.weight <= 0)
            continue;
        const auto p = Pacing::of(l, c.period, today);
        if (!p)
            continue;
        if (!paceTitled) {
            out += QLatin1Char('\n') +
                   tr("Pace on %1, %2 of the period gone by:")
                       .arg(today.toString(Qt::ISODate), paceShare(*p, c.period, today)) +
                   QLatin1Char('\n');
            paceTitled = true;
        }
        out += QStringLiteral("  %1: %2\n").arg(Metrics::label(l.metric), pace(*p, l.metric, locale));
    }
    if (next) {
        out +=
            QLatin1Char('\n') +
            tr("To reach %1 (%2), any one of:").arg(Plan::tierLabel(next->tier.key)).arg(next->tier.minimum) +
            QLatin1Char('\n');
        for (const TierGap &g : next->gaps)
            out += QStringLiteral("  %1: %2\n")
                       .arg(Metrics::label(g.metric), gap(g, c.line(g.metric).direction, locale));
    } else if (c.score) {
        out += QLatin1Char('\n') + tr("This is the highest tier.") + QLatin1Char('\n');
    }
    for (const MetricLine &l : c.lines) {
        const QList<Behind> records = behind.value(l.metric);
        if (l.weight <= 0 || records.isEmpty())
            continue;
        out += QLatin1Char('\n') +
               tr("Behind %1 (%n record(s)):", nullptr, int(records.size())).arg(Metrics::label(l.metric)) +
               QLatin1Char('\n');
        const int shown = int(qMin<qsizetype>(records.size(), 20));
        for (int i = 0; i < shown; ++i) {
            const Behind &b = records.at(i);
            QString line = QStringLiteral("  %1  %2  %3").arg(Dates::toIso(b.date), b.reference, b.customer);
            if (b.kind == EntityKind::Deal && (l.metric == Metric::Revenue || l.metric == Metric::Progress))
                line += QStringLiteral("  %1").arg(Money(b.value).format(locale)) +
                        (b.percent < 100 ? tr(" (%1% share)").arg(b.percent) : QString());
            else if (b.kind == EntityKind::Rating)
                line += QStringLiteral("  ★%1").arg(b.value / 100);
            if (!b.note.isEmpty())
                line += QStringLiteral("  ") + b.note.left(40);
            out += line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
        }
        if (records.size() > shown)
            out += tr("  … and %n more", nullptr, int(records.size() - shown)) + QLatin1Char('\n');
    }
    return out;
}

} // namespace attain
