// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recordtablemodel.h"

#include "core/domain/activity.h"
#include "core/domain/dates.h"
#include "core/domain/deal.h"
#include "core/domain/member.h"
#include "core/domain/money.h"
#include "core/domain/ownershipconflict.h"
#include "core/storage/workspace.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPointer>
#include <QThread>

namespace attain {

using Type = ViewColumn::Type;

RecordTableModel::RecordTableModel(Workspace &workspace, ViewSpec spec, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_spec(std::move(spec)),
      m_sortColumn(m_spec.defaultSort), m_descending(m_spec.defaultDescending),
      m_currency(workspace.setting(QStringLiteral("currency"), Money::defaultCurrency()))
{
    connect(&m_workspace, &Workspace::changed, this, [this] { refresh(); });
}

void RecordTableModel::activate()
{
    if (m_active)
        return;
    if (qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL"))
        qInfo("activate %s", m_spec.table.constData());
    m_active = true;
    startQuery();
}

RecordTableModel::~RecordTableModel()
{
    if (m_cancel)
        *m_cancel = true;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

void RecordTableModel::setHeaderLabels(const QHash<QString, QString> &labels)
{
    m_labels = labels;
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ViewColumn &c = m_spec.columns.at(section);
    if (role == Qt::DisplayRole)
        return m_labels.value(c.key, c.key);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (c.type == Type::Money || c.type == Type::Count ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    return {};
}

const QVariantList *RecordTableModel::rowData(int row) const
{
    if (row < 0 || row >= int(m_keys.size()))
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const size_t first = size_t(page) * pageSize;
        const size_t last = std::min(m_keys.size(), first + pageSize);
        const std::vector<qint64> keys(m_keys.begin() + qptrdiff(first), m_keys.begin() + qptrdiff(last));
        // Evict before inserting: removing from a QHash may move its other entries, so an iterator
        // taken earlier would dangle.
        while (m_pageOrder.size() >= maxPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, RecordQuery::fetch(m_workspace, m_spec, keys));
        m_pageOrder.append(page);
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
    }
    const QList<QVariantList> &rows = it.value();
    const int offset = row % pageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

QString RecordTableModel::display(const ViewColumn &column, const QVariant &value) const
{
    if (value.isNull())
        return QString();
    const QLocale locale;
    switch (column.type) {
    case Type::Money: return Money(value.toLongLong(), m_currency).format(locale);
    // Dates read the same in both languages and cannot be misread: 2025-06-13, 2025-06-13 14:30.
    case Type::Date: return value.toString();
    case Type::DateTime: return value.toString().left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
    case Type::Count: return locale.toString(value.toLongLong());
    case Type::Stage: return Deal::stageLabel(Deal::stageFromText(value.toString()).value_or(Stage::Open));
    case Type::Kind:
        return Activity::kindLabel(Activity::kindFromText(value.toString()).value_or(ActivityKind::Note));
    case Type::Role: return Member::roleLabel(Member::roleFromText(value.toString()).value_or(Role::Rep));
    case Type::Level: return Member::levelLabel(value.toString());
    case Type::Score: {
        const int score = value.toInt();
        return QString(score, QChar(0x2605)) + QString(5 - score, QChar(0x2606));
    }
    case Type::Status:
        return OwnershipConflict::statusLabel(OwnershipConflict::statusFromKey(value.toString()));
    case Type::Bool:
        if (!value.toLongLong())
            return QString();
        return column.key == QLatin1String("conflict") ? QStringLiteral("⚠") : QStringLiteral("✓");
    case Type::Text: break;
    }
    return value.toString();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_spec.columns.size())
        return {};
    const ViewColumn &column = m_spec.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawRole:
    case IdRole: {
        const QVariantList *row = rowData(index.row());
        if (!row)
            return {};
        if (role == IdRole)
            return row->value(m_spec.columns.size());
        const QVariant value = row->value(index.column());
        if (role == RawRole)
            return value;
        if (role == Qt::ToolTipRole && column.type != Type::Text)
            return {};
        return display(column, value);
    }
    case TypeRole: return int(column.type);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (column.type == Type::Money || column.type == Type::Count ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column.type == Type::Stage || column.type == Type::Bool || column.type == Type::Score) {
            const QVariantList *row = rowData(index.row());
            const QString v = row ? row->value(index.column()).toString() : QString();
            if (column.type == Type::Stage)
                return v == QLatin1String("won")    ? QColor(0x15, 0x80, 0x3d)
                       : v == QLatin1String("lost") ? QColor(0x9c, 0xa3, 0xaf)
                                                    : QColor(0x1d, 0x4e, 0xd8);
            if (column.type == Type::Score)
                return QColor(0xd9, 0x77, 0x06);
            return column.key == QLatin1String("conflict") ? QColor(0xdc, 0x26, 0x26) : QColor(0x15, 0x80, 0x3d);
        }
        return {};
    default: return {};
    }
}

QString RecordTableModel::idAt(int row) const
{
    const QVariantList *r = rowData(row);
    return r ? r->value(m_spec.columns.size()).toString() : QString();
}

int RecordTableModel::rowOf(const QString &id) const
{
    // Only the pages in memory are searched: a record far away is found after a query that leads to it.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it.value().size(); ++i)
            if (it.value().at(i).value(m_spec.columns.size()).toString() == id)
                return it.key() * pageSize + i;
    return -1;
}

int RecordTableModel::cachedRowCount() const
{
    int n = 0;
    for (const auto &page : std::as_const(m_pages))
        n += int(page.size());
    return n;
}

void RecordTableModel::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    startQuery();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size())
        return;
    m_sortColumn = column;
    m_descending = order == Qt::DescendingOrder;
    startQuery();
}

void RecordTableModel::refresh()
{
    startQuery();
}

void RecordTableModel::startQuery()
{
    if (!m_active)
        return;
    if (m_cancel)
        *m_cancel = true; // the previous query's answer is no longer wanted
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    QPointer<RecordTableModel> self(this);
    auto cancel = m_cancel;
    const QString path = m_workspace.path();
    QThread *thread = QThread::create([self, cancel, path, spec = m_spec, filter = m_filter,
                                       column = m_sortColumn, descending = m_descending, generation] {
        auto result = RecordQuery::order(path, spec, filter, column, descending, cancel.get());
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, result = std::move(result)]() mutable {
                if (!self)
                    return;
                if (!result) {
                    if (generation == self->m_generation) {
                        self->m_loading = false;
                        Q_EMIT self->loadingChanged(false);
                        Q_EMIT self->failed(result.message());
                    }
                    return;
                }
                self->applyResult(generation, std::move(result).value());
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void RecordTableModel::applyResult(quint64 generation, RecordQuery::Ordered ordered)
{
    if (generation != m_generation)
        return;
    if (ordered.keys == m_keys) {
        // Same rows in the same order: only their content may have changed.
        m_pages.clear();
        m_pageOrder.clear();
        if (!m_keys.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        m_keys = std::move(ordered.keys);
        m_pages.clear();
        m_pageOrder.clear();
        endResetModel();
    }
    m_amountTotal = ordered.amountTotal;
    m_loading = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
}

} // namespace attain
