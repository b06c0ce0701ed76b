// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/csvreader.h"
#include "core/interchange/importreport.h"

#include <functional>

namespace attain {

class Workspace;

struct ImportOptions
{
    ImportKind kind = ImportKind::Deals;
    /// Validate and count only; nothing is written.
    bool dryRun = false;
    CsvReader::Options csv;
    /// Extra header → column key pairs (the workspace's saved mapping is added to these).
    QHash<QString, QString> mapping;
    /// Bytes read and total; returning false cancels (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// Imports a CSV file all or nothing: every row is checked, and if any row has a problem nothing is
/// written. Records with an external id (members: a login; targets: subject, period and metric) are
/// updated in place, so importing the same file twice changes nothing and says so. Reading and
/// checking run on their own thread while the workspace's thread writes, in one transaction.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    static ImportReport run(Workspace &workspace, const QString &csvPath, const ImportOptions &options);
    static ImportReport run(Workspace &workspace, std::unique_ptr<CsvReader> reader,
                            const ImportOptions &options);

    /// The header mapping saved in the workspace for a kind of file (setting `import_mapping/KIND`).
    static QHash<QString, QString> savedMapping(Workspace &workspace, ImportKind kind);
    static Status saveMapping(Workspace &workspace, ImportKind kind, const QHash<QString, QString> &mapping);

private:
    static ImportReport runReader(Workspace &workspace, std::unique_ptr<CsvReader> reader,
                                  const ImportOptions &options);
};

} // namespace attain
