// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspacefiles.h"

#include "core/demo/demogenerator.h"

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

Result<std::unique_ptr<Workspace>> WorkspaceFiles::open(const QString &path)
{
    Workspace::Options o = options();
    const bool large = QFileInfo(path).size() >= backgroundCheckSize;
    if (large)
        o.integrity = Workspace::Options::Integrity::Skip;
    auto result = Workspace::open(path, o);
    if (result && large) {
        QPointer<WorkspaceFiles> self(this);
        QThread *thread = QThread::create([self, path] {
            const QString verdict = Workspace::checkFile(path, false);
            if (!verdict.isEmpty())
                QMetaObject::invokeMethod(qApp, [self, path, verdict] {
                    if (self)
                        Q_EMIT self->damaged(path, verdict);
                });
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start(QThread::LowPriority);
    }
    return result;
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
