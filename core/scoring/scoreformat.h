// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/pacing.h"

#include "core/scoring/scorecard.h"

#include <QLocale>

namespace attain {

/// Scorecards as text: the command line's csv / json / table and the explanation, and the values as
/// people read them in the app.
class ScoreFormat
{
    Q_DECLARE_TR_FUNCTIONS(ScoreFormat)

public:
    /// A metric value in the brief's csv form: money in major units, everything else ÷ 100; two decimals.
    static QString plain(Metric metric, qint64 value);
    /// An attainment as an uncapped percent with two decimals, rounded half away from zero: 1.2 → "120.00".
    static QString percent(const Exact &ratio);
    /// A score in hundredths as "87.50".
    static QString score(qint64 hundredths);
    /// A line's contribution to the score with two decimals: "26.67".
    static QString contribution(const MetricLine &line);
    /// Said where the rounded score would seem to reach a tier the exact score does not:
    /// "99.996, shown 100.00 — below On target"; empty otherwise.
    static QString hiddenBoundary(const Scorecard &card);

    /// `period,login,name,team,level,score,tier,<metric>_actual,<metric>_target,<metric>_attainment…`
    static QString csv(const QList<Scorecard> &cards);
    static QString json(const QList<Scorecard> &cards);
    /// Aligned columns for a terminal: login, name, team, level, score, tier and each weighted attainment.
    static QString table(const QList<Scorecard> &cards);
    /// The line items, what was left out and why, and the next tier's gaps, for a terminal.
    /// With `today` inside the period, the pace of each line that adds up over the days (Pacing).
    static QString explain(const Scorecard &card, const std::optional<NextTier> &next,
                           const QHash<Metric, QList<Behind>> &behind, QDate today = QDate());
    /// A line's pace in words: "¥2,000.00 of ¥6,000.00 expected by today — ahead by ¥500.00".
    static QString pace(const Pace &pace, Metric metric, const QLocale &locale = QLocale());
    /// "10 of 30 days (33.33%)": how much of the period has gone by.
    static QString paceShare(const Pace &pace, const Period &period, QDate today);

    /// A value as people read it: ¥21,406.74, 12, 3.6, 4.50, 33.33%, +12.50%.
    static QString display(Metric metric, qint64 value, const QLocale &locale = QLocale());
    /// A gap in words: "¥38,200.00 more won revenue", "6 more follow-ups".
    static QString gap(const TierGap &gap, Direction direction, const QLocale &locale = QLocale());
    static QString leftOutReason(MetricLine::LeftOut reason);
    /// A value typed by a person in the metric's unit: `¥120,000` for revenue, `12`, `4.5`, `35%`.
    static std::optional<qint64> parse(Metric metric, const QString &text);
    /// A value as it is edited: `120000.00`, `12`, `4.50`, `35`.
    static QString editText(Metric metric, qint64 value);
    /// The plan's rules for a level in plain words.
    static QString rules(const Plan &plan, const QString &level);
};

} // namespace attain
