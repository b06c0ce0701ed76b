// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

class QImage;

namespace attain {

/// Pictures the app exports (charts, boards), written like every other file Attain writes: through
/// OutputFile, under a temporary name, never over a workspace.
class ImageFile
{
    Q_DECLARE_TR_FUNCTIONS(ImageFile)

public:
    static Status savePng(const QImage &image, const QString &path);
};

} // namespace attain
