// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QColor>
#include <QCoreApplication>

class QAbstractSeries;
class QChart;
class QChartView;
class QValueAxis;

namespace attain {

/// What the charts share: readable colours, money in the language's unit (万元 in Chinese, thousands of
/// yuan in English), and PNG export.
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(ChartStyle)

public:
    static QColor accent() { return QColor(0x25, 0x63, 0xeb); }
    static QColor muted() { return QColor(0x93, 0xb4, 0xe8); }
    static QColor good() { return QColor(0x16, 0xa3, 0x4a); }
    static QColor warning() { return QColor(0xd9, 0x77, 0x06); }
    /// Fen per unit of the money axis, and the unit's name for an axis title.
    static double moneyDivisor();
    static QString moneyUnit();
    /// A chart with the house look: no background roundness, small margins, a title.
    static QChart *chart(const QString &title);
    static Status savePng(QChartView *view, const QString &path);
    /// Removes and deletes a chart's series and axes, before it is filled again.
    static void clear(QChart *chart);
    /// Adds the series with the usual axes: the categories along the bottom, values from 0 to a little over
    /// `high` (rounded to nice numbers, no decimals) on the left with `title`. Returns the value axis.
    static QValueAxis *plot(QChart *chart, const QList<QAbstractSeries *> &series,
                            const QStringList &categories, double high, const QString &title = QString());
};

} // namespace attain
