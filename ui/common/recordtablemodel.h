// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queries/recordquery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <atomic>
#include <memory>

namespace attain {

class Workspace;

/// A record table read in windows: the matching rows' keys are ordered off the GUI thread (SQL on a
/// connection of their own) and only the pages of rows on screen are read, so a million deals scroll
/// and sort without being loaded. Sorting and filtering re-run the query; changes to the workspace too.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles
    {
        RawRole = Qt::UserRole,
        IdRole,
        TypeRole
    };
    static constexpr int pageSize = 128;
    static constexpr int maxPages = 12;

    RecordTableModel(Workspace &workspace, ViewSpec spec, QObject *parent = nullptr);
    ~RecordTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ViewSpec &spec() const { return m_spec; }
    void setFilter(const RecordFilter &filter);
    const RecordFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_descending ? Qt::DescendingOrder : Qt::AscendingOrder; }
    /// The record id of a row ("" when out of range).
    QString idAt(int row) const;
    /// The row showing a record, or −1.
    int rowOf(const QString &id) const;
    /// Sum of the amount column over every matching row, not only the ones on screen.
    qint64 amountTotal() const { return m_amountTotal; }
    bool isLoading() const { return m_loading; }
    /// How many rows are held in memory now (a few pages, never the whole table).
    int cachedRowCount() const;
    /// Re-runs the query (after changes elsewhere).
    void refresh();
    /// Starts reading: a model queries nothing until its table is first shown, so opening a
    /// workspace does not run every page's query at once.
    void activate();
    bool isActive() const { return m_active; }
    /// Labels for columns, by key; translated by the caller.
    void setHeaderLabels(const QHash<QString, QString> &labels);

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A query finished and the rows shown changed (count, order or content).
    void loaded();
    void failed(const QString &message);

private:
    void startQuery();
    void applyResult(quint64 generation, RecordQuery::Ordered ordered);
    const QVariantList *rowData(int row) const;
    QString display(const ViewColumn &column, const QVariant &value) const;

    Workspace &m_workspace;
    ViewSpec m_spec;
    RecordFilter m_filter;
    int m_sortColumn;
    bool m_descending;
    std::vector<qint64> m_keys;
    qint64 m_amountTotal = 0;
    QString m_currency;
    bool m_loading = false;
    bool m_active = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QHash<QString, QString> m_labels;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
};

} // namespace attain
