// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace attain {

QStringList RecentFiles::list()
{
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    files.removeIf([](const QString &f) { return !QFileInfo::exists(f); });
    return files;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

} // namespace attain
