// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/importer.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QCheckBox;
class QPlainTextEdit;

namespace attain {

class Session;
struct ChangeSet;

/// File ▸ Import…: a CSV file, its encoding and delimiter with a live preview, its columns mapped to the
/// kind's, a full check of every row (a sortable report that can be saved), then the import itself with
/// a progress bar and Cancel. Nothing is written until the last page, and a cancelled import writes nothing.
/// One class per page: importfilepage, importformatpage, importmappingpage, importreportpage,
/// importcommitpage.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        FormatPage,
        MappingPage,
        ReportPage,
        CommitPage
    };

    ImportWizard(Session &session, const QString &file = QString(), QWidget *parent = nullptr);
    ~ImportWizard() override;

    Session &session() { return m_session; }
    QString file() const;
    ImportKind kind() const;
    /// What the import will run with, from the choices on the pages.
    ImportOptions options() const;
    const ImportReport &report() const { return m_report; }
    bool isRunning() const { return m_running; }

    /// Runs the importer (checking only, or for real) on a worker thread with progress on `bar`; Cancel
    /// stops it, to the last phase. A real import is one step on the undo stack (Session), or fences it.
    ImportReport run(bool dryRun, QProgressBar *bar, QLabel *status);
    /// Whether the last import can be undone step by step (false: it fenced the undo stack).
    bool wasUndoable() const { return m_undoable; }

    void reject() override;

private:
    friend class ImportFilePage;
    friend class ImportFormatPage;
    friend class ImportMappingPage;
    friend class ImportReportPage;
    friend class ImportCommitPage;

    struct Progress;
    ImportReport runOnWorker(ImportOptions options, QProgressBar *bar, QLabel *status, ChangeSet *changes);

    Session &m_session;
    ImportReport m_report;
    QHash<QString, QString> m_mapping; // header → key, as chosen on the mapping page
    bool m_running = false;
    bool m_undoable = true;
    std::shared_ptr<Progress> m_progress;
};

} // namespace attain
