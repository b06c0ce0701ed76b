// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace attain {

/// A note beside a workspace (`.NAME.writing`) saying which long write holds it — an import, a period
/// close, a restore, an upgrade — so that a program kept waiting can tell its user what it waits for ("an
/// import of deals.csv is running in attain-cli…") instead of only that the file is busy. Written when the
/// write starts, removed when the object goes; a note whose process is gone is ignored.
class WriterNote
{
    Q_DECLARE_TR_FUNCTIONS(WriterNote)

public:
    enum class Kind
    {
        Import,
        ClosePeriod,
        Restore,
        Upgrade,
        SyncApply
    };
    WriterNote(const QString &workspacePath, Kind kind, const QString &detail = QString());
    ~WriterNote();
    WriterNote(const WriterNote &) = delete;
    WriterNote &operator=(const WriterNote &) = delete;

    static QString notePath(const QString &workspacePath);
    /// What holds the workspace, as a phrase ("an import of deals.csv in attain-cli, since 10:02"); empty
    /// when no live note is there.
    static QString describe(const QString &workspacePath);

private:
    QString m_path;
    bool m_written = false;
};

} // namespace attain
