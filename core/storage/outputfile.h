// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace attain {

/// Every file Attain writes outside a workspace — exports, manifests, payouts, PDFs, copies — goes through
/// here: it is refused when it would land on what must never be overwritten (a workspace open in this process
/// or named as an input, its log and lock files, any database, a backup, an input file; symbolic links
/// followed), written under a temporary name and renamed into place only when complete, so a failure leaves
/// an earlier file of that name as it was.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Purpose
    {
        /// A CSV, XLSX, PDF, PNG or manifest: never named like a workspace.
        Export,
        /// A workspace file (a copy): named as the user likes, never over an existing database.
        Workspace
    };
    struct Part
    {
        QString path;
        QByteArray bytes;
    };

    /// Why `target` must not be written, as a sentence; empty when it may be. `inputs` are the files the
    /// command reads (its workspace, a CSV), which it must not write over either.
    static QString refusal(const QString &target, const QStringList &inputs = {},
                           Purpose purpose = Purpose::Export);
    /// Why `input` must not be read as a plain file (a CSV to import): it is a database or one of SQLite's
    /// own files beside one. Reading an open workspace outside SQLite would drop this process's locks on it.
    static QString inputRefusal(const QString &input);
    static Status write(const QString &target, const QByteArray &bytes, const QStringList &inputs = {});
    /// Several files that belong together (a handoff and its manifests): all are written to temporary files
    /// first, and only when every one is complete are they renamed into place.
    static Status writeAll(const QList<Part> &parts, const QStringList &inputs = {});
    /// Renames a complete temporary file onto `target` (replacing it only when asked) and makes the rename
    /// durable.
    static Status moveIntoPlace(const QString &temporary, const QString &target, bool replace);
};

} // namespace attain
