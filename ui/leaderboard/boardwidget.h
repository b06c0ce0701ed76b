// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/leaderboard/leaderboard.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace attain {

/// One board as a viewer sees it: the ranks (or bands) in a table, a bar chart of the values beside it
/// (the viewer's own bar in the accent colour), the board's rule and the viewer's place. Used by the
/// Leaderboards page and, scaled up, by presentation mode.
class BoardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BoardWidget(QWidget *parent = nullptr);
    /// Larger type for a big screen (1.0 on the desktop).
    void setScale(double scale);
    void show(const BoardView &view);
    const BoardView &view() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }

private:
    void fillChart();

    BoardView m_view;
    double m_scale = 1.0;
    QLabel *m_title;
    QLabel *m_rule;
    QLabel *m_notice;
    QTableWidget *m_table;
    QChartView *m_chartView;
};

} // namespace attain
