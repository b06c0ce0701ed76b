// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace attain {

enum class ImportKind
{
    Members,
    Customers,
    Deals,
    Activities,
    Ratings,
    Targets,
    Rates,
    FinanceReturn
};

/// A column of an import: its canonical key, its Chinese alias, and whether every row needs it.
struct ImportColumn
{
    QString key;
    QString alias;
    bool required = false;
};

/// The data dictionary of imports (PRODUCT.md "Interchange"): what each kind of file holds.
class ImportKinds
{
    Q_DECLARE_TR_FUNCTIONS(ImportKinds)

public:
    static QList<ImportKind> all();
    /// members, customers, deals, activities, ratings, targets, finance-return.
    static QString key(ImportKind kind);
    static std::optional<ImportKind> fromKey(const QString &key);
    static QString label(ImportKind kind);
    static QList<ImportColumn> columns(ImportKind kind);
    /// The column key of each header cell: by key or Chinese alias (case, width and a trailing `*`
    /// ignored), else by the saved mapping; empty for a column that is not imported.
    static QStringList mapHeader(ImportKind kind, const QStringList &header,
                                 const QHash<QString, QString> &saved = {});
    /// Columns of the header that mean a column already there ("amount" and "金额", or "amount" twice): a
    /// problem each, on row 1, naming both — mapHeader() would import only the first.
    static Problems repeatedColumns(ImportKind kind, const QStringList &header,
                                    const QHash<QString, QString> &saved = {});

private:
    /// The column key one header cell names (empty: not imported).
    static QString keyFor(ImportKind kind, const QList<ImportColumn> &cols, const QString &cell,
                          const QHash<QString, QString> &savedNormalized);
    static QHash<QString, QString> normalizedMapping(const QHash<QString, QString> &saved);

public:
    /// The kind of file a header is for: the kind whose required columns are all there and that
    /// recognises the most columns; nothing when no kind fits.
    static std::optional<ImportKind> guess(const QStringList &header);
    /// Required columns the mapped header lacks.
    static QStringList missingColumns(ImportKind kind, const QStringList &mapped);
    /// A header cell as it is compared: trimmed, half-width, lower case, without a trailing `*`.
    static QString normalizeHeader(const QString &cell);
};

} // namespace attain
