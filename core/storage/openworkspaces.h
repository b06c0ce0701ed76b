// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <mutex>

namespace attain {

/// The workspace files this process has connections to, counted per file. It is process-wide on purpose:
/// a POSIX lock belongs to the process, so whether a file may be read outside SQLite (a header, a check
/// of its own bytes) or written (an export named like it) depends on every connection of the process,
/// whichever object owns it.
class OpenWorkspaces
{
public:
    /// The name a file is known by: its absolute path with symbolic links resolved.
    static QString key(const QString &path);
    /// Held while a workspace is opened, so that two threads opening the same file agree on which is first.
    static std::unique_lock<std::recursive_mutex> opening();

    static void add(const QString &key);
    static void remove(const QString &key);
    /// How many connections of this process have the file open.
    static int count(const QString &key);
    static QStringList keys();
};

} // namespace attain
