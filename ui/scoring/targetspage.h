// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/metric.h"
#include "core/domain/period.h"
#include "core/domain/target.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace attain {

class PeriodPicker;
class Session;

/// Targets (目标): a grid of members and teams × metrics for a period, typed in place (a manager's);
/// copy from the previous period, bulk edit of the selected cells, and suggestions from each member's own
/// history beside the team's median, with the targets that are out of line marked.
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsPage(Session &session, QWidget *parent = nullptr);
    QTableWidget *grid() const { return m_grid; }
    QTableWidget *suggestionsTable() const { return m_suggestions; }
    void setPeriod(const Period &period);
    /// Sets every target of the previous period of the same kind that this one lacks, as one undoable step;
    /// returns how many, or nothing when the core refused (the message has been shown).
    std::optional<int> copyFromPrevious();
    /// Sets the selected cells: "12000" sets, "+10%" / "-5%" changes by a percent.
    bool bulkEdit(const QString &change);
    void showSuggestions(Metric metric, int growthPercent);
    /// Writes the suggestions for the members without a target (one undoable step); returns how many.
    std::optional<int> applySuggestions();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshSuggestions();
    void retranslate();
    void cellEdited(QTableWidgetItem *item);
    /// The target of a row of the grid (its member or team) for the period shown, without a value.
    Target targetAt(int row, Metric metric) const;
    bool setTarget(int row, Metric metric, std::optional<qint64> value);
    std::optional<int> setTargets(const QString &text, const QList<Target> &targets,
                                  bool keepExisting = false);

    Session &m_session;
    QLabel *m_title;
    PeriodPicker *m_period;
    QPushButton *m_copy;
    QPushButton *m_bulk;
    QPushButton *m_suggest;
    QLabel *m_hint;
    QTableWidget *m_grid;
    QWidget *m_panel;
    QLabel *m_panelTitle;
    QComboBox *m_metric;
    QSpinBox *m_growth;
    QTableWidget *m_suggestions;
    QPushButton *m_apply;
    bool m_filling = false;
    bool m_stale = true;
};

} // namespace attain
