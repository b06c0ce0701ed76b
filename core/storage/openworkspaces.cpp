// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/openworkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace attain {

namespace {
struct Registry
{
    std::mutex mutex;
    std::recursive_mutex opening;
    QHash<QString, int> counts;
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

QString OpenWorkspaces::key(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there (yet): the folder resolved, the name as given.
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(dir.isEmpty() ? info.absolutePath() : dir).filePath(info.fileName());
}

std::unique_lock<std::recursive_mutex> OpenWorkspaces::opening()
{
    return std::unique_lock<std::recursive_mutex>(registry().opening);
}

void OpenWorkspaces::add(const QString &key)
{
    std::lock_guard lock(registry().mutex);
    ++registry().counts[key];
}

void OpenWorkspaces::remove(const QString &key)
{
    std::lock_guard lock(registry().mutex);
    auto it = registry().counts.find(key);
    if (it != registry().counts.end() && --it.value() <= 0)
        registry().counts.erase(it);
}

int OpenWorkspaces::count(const QString &key)
{
    std::lock_guard lock(registry().mutex);
    return registry().counts.value(key);
}

QStringList OpenWorkspaces::keys()
{
    std::lock_guard lock(registry().mutex);
    return registry().counts.keys();
}

} // namespace attain
