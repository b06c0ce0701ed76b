// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/importwizard.h"

#include "core/storage/workspace.h"
#include "ui/common/changecommand.h"
#include "ui/common/session.h"
#include "ui/interchange/importcommitpage.h"
#include "ui/interchange/importfilepage.h"
#include "ui/interchange/importformatpage.h"
#include "ui/interchange/importmappingpage.h"
#include "ui/interchange/importreportpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QTimer>

namespace attain {

/// What the worker and the window share while an import runs.
struct ImportWizard::Progress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

ImportWizard::ImportWizard(Session &session, const QString &file, QWidget *parent)
    : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    auto *filePage = new ImportFilePage(this);
    setPage(FilePage, filePage);
    setPage(FormatPage, new ImportFormatPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(ReportPage, new ImportReportPage(this));
    setPage(CommitPage, new ImportCommitPage(this));
    if (!file.isEmpty())
        filePage->setFile(file);
    resize(900, 620);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::file() const
{
    return static_cast<ImportFilePage *>(page(FilePage))->file();
}

ImportKind ImportWizard::kind() const
{
    return static_cast<ImportFilePage *>(page(FilePage))->kind();
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.kind = kind();
    o.csv = static_cast<ImportFormatPage *>(page(FormatPage))->csvOptions();
    o.mapping = m_mapping;
    return o;
}

ImportReport ImportWizard::run(bool dryRun, QProgressBar *bar, QLabel *status)
{
    ImportOptions o = options();
    o.dryRun = dryRun;
    m_running = true;
    button(QWizard::BackButton)->setEnabled(false);
    status->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    bar->setRange(0, 1000);
    bar->setValue(0);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    ChangeSet changes;
    m_report = runOnWorker(o, bar, status, &changes);
    QApplication::restoreOverrideCursor();
    if (!dryRun && m_report.committed) {
        // One step on the undo stack, or a fence when it is too large to undo row by row.
        //: %1 is the file's name
        const QString text = tr("Import %1").arg(QFileInfo(file()).fileName());
        ChangeCommand::perform(m_session, text, [&changes](ChangeSet &made) {
            made = changes;
            return success();
        });
        m_undoable = changes.complete;
        m_session.workspace().announce(changes.kinds());
    }
    bar->setValue(1000);
    m_running = false;
    button(QWizard::BackButton)->setEnabled(true);
    return m_report;
}

ImportReport ImportWizard::runOnWorker(ImportOptions options, QProgressBar *bar, QLabel *status,
                                       ChangeSet *changes)
{
    // The import has a connection of its own on a worker thread, acting for the window's user; the window
    // waits in an event loop of its own, so it repaints, shows progress and hears Cancel.
    auto progress = std::make_shared<Progress>();
    m_progress = progress;
    options.progress = [progress](qint64 done, qint64 total) {
        progress->done.store(done);
        progress->total.store(total);
        return !progress->cancel.load();
    };
    const Workspace &ws = m_session.workspace();
    const QString path = ws.path();
    const Clock *clock = &ws.clock();
    const Actor actor = ws.actor();
    const QString source = file();
    ImportReport report;
    ChangeSet made;
    QThread *worker = QThread::create([&] {
        Workspace::Options wo;
        wo.clock = clock;
        wo.integrity = Workspace::Options::Integrity::Skip; // the open workspace was checked
        auto opened = Workspace::open(path, wo);
        if (!opened) {
            report.kind = options.kind;
            report.addProblem(Problem(QString(), opened.message()));
            return;
        }
        (*opened)->actAs(actor);
        report = Importer::run(**opened, source, options);
        if (report.committed)
            made = (*opened)->lastChanges();
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    tick.setInterval(50);
    bool finishing = false;
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 total = progress->total.load();
        const qint64 done = progress->done.load();
        bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
        if (!finishing && total > 0 && done >= total && !progress->cancel.load()) {
            finishing = true;
            status->setText(options.dryRun ? tr("Finishing the check…")
                                           : tr("Finishing: writing the history and the indexes…"));
        }
    });
    tick.start();
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    m_progress.reset();
    *changes = made;
    return report;
}

void ImportWizard::reject()
{
    if (m_running) {
        // The importer stops at its next progress report and writes nothing; the wizard stays open to say so.
        if (m_progress)
            m_progress->cancel.store(true);
        return;
    }
    QWizard::reject();
}

} // namespace attain
