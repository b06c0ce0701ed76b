// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace attain {

/// Column headings of the record tables, by column key.
class ColumnLabels
{
    Q_DECLARE_TR_FUNCTIONS(ColumnLabels)

public:
    static QHash<QString, QString> all();
};

} // namespace attain
