// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a workspace file that arrives from outside (by email, on a stick), as bytes. Opening it
// with the full check, checking it as `attain-cli check` does, and verifying it as a backup must refuse what
// is not sound and never crash. Starts from the schema fixtures of every version.
#include "core/storage/backups.h"
#include "core/storage/fileheader.h"
#include "core/storage/workspace.h"
#include "core/storage/workspacecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace attain;

namespace {
QCoreApplication *app = nullptr;
QTemporaryDir *dir = nullptr;
int run = 0;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    dir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = dir->filePath(QStringLiteral("in-%1.attain").arg(++run % 4));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the input file");
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    FileHeader::read(path);
    Backups::verify(path, true);
    Workspace::Options options;
    options.integrity = Workspace::Options::Integrity::Full;
    if (auto ws = Workspace::open(path, options)) {
        const auto items = WorkspaceCheck(*ws.value()).run();
        (void)items;
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QDir(Backups::folderOf(path)).removeRecursively();
    return 0;
}
