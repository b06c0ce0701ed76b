// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspacefiles.h"

#include "core/demo/demogenerator.h"
#include "core/storage/backups.h"
#include "core/storage/storageerrors.h"
#include "ui/common/windowactivation.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace attain {

WorkspaceFiles::WorkspaceFiles(QWidget *window) : QObject(window), m_window(window) {}

Workspace::Options WorkspaceFiles::options()
{
    // This installation's device id: stable across runs, distinct from other laptops' copies.
    QSettings settings;
    QString device = settings.value(QStringLiteral("deviceId")).toString();
    if (device.isEmpty()) {
        device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(QStringLiteral("deviceId"), device);
    }
    Workspace::Options o;
    o.deviceId = device;
    return o;
}

void WorkspaceFiles::inBackground(const QString &path, std::function<QString()> work,
                                  void (WorkspaceFiles::*report)(const QString &, const QString &))
{
    QPointer<WorkspaceFiles> self(this);
    QThread *thread = QThread::create([self, path, work, report] {
        const QString message = work();
        if (!message.isEmpty())
            QMetaObject::invokeMethod(qApp, [self, path, message, report] {
                if (self)
                    Q_EMIT(self->*report)(path, message);
            });
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeAll(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

WorkspaceFiles::~WorkspaceFiles()
{
    // A backup still being written is stopped (it leaves nothing behind); a check ends on its own.
    if (!m_threads.isEmpty())
        Backups::cancelAll();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

Result<WorkspaceFiles::Opened> WorkspaceFiles::open(const QString &path)
{
    using R = Result<Opened>;
    Workspace::Options o = options();
    auto lock = std::make_unique<WorkspaceLock>(path);
    switch (lock->acquire()) {
    case WorkspaceLock::State::Acquired: break;
    case WorkspaceLock::State::HeldHere: {
        Problem p{QString(), {}};
        if (WindowActivation::request(path)) {
            p.code = forwardedCode;
            p.message = tr("%1 is open in another window, which was brought to the front.")
                            .arg(QFileInfo(path).fileName());
        } else {
            p.code = StorageErrors::busyCode;
            p.message =
                tr("%1 is open in another Attain window on this computer (process %2). Switch to that "
                   "window, or close it there first.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(lock->holder().pid);
        }
        return R(p);
    }
    case WorkspaceLock::State::HeldElsewhere:
        o.readOnlyReason = tr("it is open in Attain on %1").arg(lock->holder().host);
        lock.reset();
        break;
    case WorkspaceLock::State::Unavailable:
        // Usually a read-only folder (read-only anyway); else this window could not claim the file, and a
        // second window could then write it too.
        o.readOnlyReason = tr("no lock file can be made beside it");
        if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            o.readOnlyReason.clear();
        lock.reset();
        break;
    }
    const bool large = QFileInfo(path).size() >= backgroundCheckSize;
    if (large)
        o.integrity = Workspace::Options::Integrity::Skip;
    auto result = Workspace::open(path, o);
    if (!result)
        return R(result.problems());
    Opened opened{std::move(result).value(), std::move(lock)};
    if (large)
        inBackground(
            path, [path] { return Workspace::checkFile(path, false); }, &WorkspaceFiles::damaged);
    if (!opened.workspace->isReadOnly()) {
        // Before the first change of the day rather than during it: a large file takes a few seconds.
        const QDateTime now = opened.workspace->clock().now();
        inBackground(
            path,
            [path, now] {
                const auto taken = Backups::ensureDaily(path, now);
                return taken ? QString() : taken.message();
            },
            &WorkspaceFiles::backupFailed);
    }
    return opened;
}

Result<WorkspaceFiles::Opened> WorkspaceFiles::create(const QString &path)
{
    auto lock = std::make_unique<WorkspaceLock>(path);
    lock->acquire(); // nobody can have a file that does not exist yet; a read-only folder fails below anyway
    auto created = Workspace::create(path, options());
    if (!created)
        return Result<Opened>(created.problems());
    return Opened{std::move(created).value(), lock->isHeld() ? std::move(lock) : nullptr};
}

QString WorkspaceFiles::demoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.attain"));
}

bool WorkspaceFiles::ensureDemo(QString *error)
{
    const QString path = demoPath();
    if (QFileInfo::exists(path))
        return true;
    QProgressDialog progress(tr("Generating the demo workspace…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<int> percent{0};
    std::atomic<bool> cancelled{false};
    Status outcome = success();
    QThread *thread = QThread::create([&] {
        auto made = Workspace::createFilled(path, options(), [&](Workspace &ws) {
            return DemoGenerator(ws, {}).run([&](int p) {
                percent = p;
                return !cancelled.load();
            });
        });
        if (!made)
            outcome = Status(made.problems());
    });
    thread->start();
    while (!thread->wait(30)) {
        progress.setValue(percent);
        QApplication::processEvents();
        if (progress.wasCanceled())
            cancelled = true;
    }
    delete thread;
    progress.setValue(100);
    if (!outcome) {
        if (error)
            *error = outcome.message();
        return false;
    }
    return true;
}

} // namespace attain
