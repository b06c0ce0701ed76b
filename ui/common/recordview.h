// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queries/recordquery.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

class QThread;

namespace attain {

class RecordTableModel;
class Session;

/// A record table with what people need around it: free-text search, the filters that apply to the
/// records (stage, owner, team, period, product, kind), the count and total of what is shown, and
/// New / Edit / Delete. Column widths and sort order are remembered per table.
class RecordView : public QWidget
{
    Q_OBJECT

public:
    enum Filter
    {
        StageFilter = 1,
        OwnerFilter = 2,
        TeamFilter = 4,
        PeriodFilter = 8,
        ProductFilter = 16,
        KindFilter = 32,
        StatusFilter = 64
    };
    Q_DECLARE_FLAGS(Filters, Filter)

    RecordView(Session &session, ViewSpec spec, const QString &settingsKey, Filters filters,
               QWidget *parent = nullptr);
    ~RecordView() override;

    RecordTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The selected record's id ("" when none).
    QString currentId() const;
    /// Filters every query (e.g. one customer's records); applied with the user's scope and the bar.
    void setFixedFilter(std::function<void(RecordFilter &)> fixed);
    /// Hides the search and filter bar (for tables embedded in a detail panel).
    void setBarVisible(bool visible);
    void setActionsVisible(bool visible);
    /// Hides a column by key (a customer's own page needs no customer column).
    void hideColumn(const QString &key);
    /// Noun for the count line: "%n deal(s)".
    void setCountText(std::function<QString(int)> text);
    void applyFilter();
    void retranslate();

Q_SIGNALS:
    void newRequested();
    void editRequested(const QString &id);
    void deleteRequested(const QString &id);
    void currentChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters(Filters filters);
    void fillMemberFilters();
    void updateFooter();
    void saveState() const;

    Session &m_session;
    QString m_settingsKey;
    RecordTableModel *m_model;
    QTableView *m_table;
    QWidget *m_bar;
    QLineEdit *m_search;
    QComboBox *m_stage = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_footer;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTimer *m_searchTimer;
    QString m_selectedId;
    std::function<void(RecordFilter &)> m_fixed;
    std::function<QString(int)> m_countText;
    QThread *m_productsThread = nullptr; // reads the products of the filter list
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RecordView::Filters)

} // namespace attain

