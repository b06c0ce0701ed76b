// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace attain {

/// The workspaces opened lately, newest first, kept in QSettings.
class RecentFiles
{
public:
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static QString last() { return list().value(0); }
    static constexpr int maximum = 8;
};

} // namespace attain
