// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/targetsuggestions.h"

#include "core/scoring/scoreengine.h"
#include "core/services/targetservice.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace attain {

QList<Period> TargetSuggestions::history(const Period &period)
{
    const Period p1 = period.previous(), p2 = p1.previous(), p3 = p2.previous();
    return {p3, p2, p1};
}

std::optional<qint64> TargetSuggestions::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2)
        return values.at(n / 2);
    const qint64 sum = values.at(n / 2 - 1) + values.at(n / 2);
    return sum >= 0 ? (sum + 1) / 2 : sum / 2;
}

QList<TargetSuggestion> TargetSuggestions::compute(Workspace &workspace, const Period &period, Metric metric,
                                                   int growthPercent)
{
    ScoreEngine engine(workspace);
    QHash<QString, TargetSuggestion> byMember;
    QList<QString> order;
    const QList<Period> past = history(period);
    for (int i = 0; i < past.size(); ++i) {
        for (const Scorecard &c : engine.members(past.at(i))) {
            TargetSuggestion &s = byMember[c.subjectId];
            if (s.memberId.isEmpty()) {
                s.memberId = c.subjectId;
                s.login = c.login;
                s.name = c.name;
                s.history = QList<std::optional<qint64>>(past.size());
                order << c.subjectId;
            }
            s.history[i] = c.line(metric).actual;
        }
    }
    QHash<QString, QString> teamOf;
    for (const Scorecard &c : engine.members(period))
        teamOf.insert(c.subjectId, c.team);
    QHash<QString, QList<qint64>> teamSuggestions;
    for (TargetSuggestion &s : byMember) {
        s.teamId = teamOf.value(s.memberId);
        QList<qint64> values;
        for (const auto &v : std::as_const(s.history))
            if (v)
                values << *v;
        s.median = median(values);
        if (s.median) {
            s.suggested = std::llround(double(*s.median) * (100 + growthPercent) / 100.0);
            if (Metrics::isAdditive(metric) && metric != Metric::Revenue)
                s.suggested = (*s.suggested + 99) / 100 * 100; // whole follow-ups, customers, deals
            if (metric == Metric::Satisfaction)
                s.suggested = std::min<qint64>(*s.suggested, 500);
            teamSuggestions[s.teamId] << *s.suggested;
        }
    }
    TargetService targets(workspace);
    QList<TargetSuggestion> out;
    for (const QString &id : std::as_const(order)) {
        TargetSuggestion s = byMember.value(id);
        s.teamMedian = median(teamSuggestions.value(s.teamId));
        if (const auto t = targets.find(id, QString(), period, metric))
            s.current = t->value;
        if (s.current && s.suggested && *s.suggested > 0)
            s.outOfLine = std::abs(double(*s.current - *s.suggested)) > 0.25 * double(*s.suggested);
        out << s;
    }
    return out;
}

} // namespace attain
