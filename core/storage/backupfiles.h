// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of Backups share (backups.cpp, backupscopy.cpp, backupsrestore.cpp): how a backup's file is
// named and described, and verified copies under a temporary name. Internal to core/storage.
#pragma once

#include "core/storage/backups.h"

class QFileInfo;

namespace attain {
namespace backupfiles {

// In backups.cpp.

/// The time stamp in a backup's name.
QString stampFormat();
/// The name backups of a file are known by: `team` for team.attain, the whole name otherwise.
QString stemOf(const QString &workspacePath);
/// A backup as its file describes it.
BackupInfo infoOf(const QFileInfo &file, const QDateTime &takenAt, const QString &trigger);

// In backupscopy.cpp.

/// A verified copy of `source` under a temporary name beside `target`; returns that name.
Result<QString> verifiedCopyBeside(const QString &source, const QString &target);
/// Removes a temporary copy, with its journal and log.
void removeTemporary(const QString &temp);

} // namespace backupfiles
} // namespace attain
