// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace attain {

/// Installs Attain's and Qt's translations for a language ("zh_CN", "en"); the system's when empty.
/// Returns the language actually in use.
QString installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace attain
